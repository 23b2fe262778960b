#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>

#include "RecordStore.h"

using namespace Qt::StringLiterals;

// A second KI-Widerspruch acting on the record database, for the tests of
// two processes at once (RecordConcurrencyTest):
//   add DB ORG N         adds N entries, prints each id once committed
//   loop DB ORG          adds entries until killed, printing each id
//   attach DB ID SHA     attaches a file row to entry ID
//   confirm DB ID KEY    records Meta's confirmation for one account
//   remove DB ID         deletes entry ID
//   wait-add DB ORG      opens, says "opened", waits for a line, adds one entry
//   wait-new DB ORG      the same, but first starts a new record (the user
//                        confirmed it in a window that found the file damaged)
//   newer DB             what a newer version does: a higher user_version and
//                        a table this version does not know
// Exit code 0 when every change was saved; messages go to standard error.
namespace {
ObjectionRecord entryFor(const QString& organisation, int n)
{
    ObjectionRecord record;
    record.organisation = organisation;
    record.accounts = {Account{Platform::Facebook,
                               organisation + u" Seite"_s,
                               u"https://www.facebook.com/verein"_s + QString::number(n),
                               {}}};
    record.sentOn = QDate(2026, 11, 29);
    record.sentBy = u"Max Mustermann"_s;
    record.sentText = u"Widerspruch Nr. "_s + QString::number(n);
    return record;
}

int failed(const QString& error)
{
    std::fputs(qPrintable(error + u'\n'), stderr);
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString command = args.at(1);
    RecordStore store(args.at(2));
    if (command == u"newer"_s) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(args.at(2));
        if (!db.open())
            return 1;
        QSqlQuery query(db);
        return query.exec(u"CREATE TABLE IF NOT EXISTS newer_things (x)"_s) &&
                       query.exec(u"PRAGMA user_version = %1"_s.arg(RecordStore::schemaVersion + 1))
                   ? 0
                   : 1;
    }
    if (command.startsWith(u"wait-"_s)) {
        const QString opened = store.open();
        std::printf("opened %s\n", store.unreadable() ? "damaged" : "sound");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 2;
        if (command == u"wait-new"_s) {
            if (const QString error = store.startNew(); !error.isEmpty())
                return failed(error);
        }
        ObjectionRecord record = entryFor(args.at(3), 0);
        if (const QString error = store.add(record); !error.isEmpty())
            return failed(error);
        std::printf("%s\n", qPrintable(record.id));
        return 0;
    }
    if (const QString error = store.open(); !store.isOpen())
        return failed(error);
    if (command == u"add"_s || command == u"loop"_s) {
        const int count = command == u"loop"_s ? INT_MAX : args.value(4).toInt();
        for (int i = 0; i < count; ++i) {
            ObjectionRecord record = entryFor(args.at(3), i);
            if (const QString error = store.add(record); !error.isEmpty())
                return failed(error);
            std::printf("%s\n", qPrintable(record.id));
            std::fflush(stdout);
        }
        return 0;
    }
    if (command == u"attach"_s) {
        Attachment attachment;
        attachment.originalName = u"Bestätigung.eml"_s;
        attachment.storedName = args.at(3) + u"/mail.eml"_s;
        attachment.sha256 = args.at(4);
        attachment.size = 100;
        attachment.addedAt = QDateTime::currentDateTimeUtc();
        const QString error = store.addAttachment(args.at(3), attachment);
        return error.isEmpty() ? 0 : failed(error);
    }
    if (command == u"confirm"_s) {
        const QString error = store.confirm(args.at(3), {args.at(4)},
                                            MetaConfirmation{QDate(2026, 12, 10), u"FB-9"_s, {}});
        return error.isEmpty() ? 0 : failed(error);
    }
    if (command == u"remove"_s) {
        const QString error = store.remove(args.at(3));
        return error.isEmpty() ? 0 : failed(error);
    }
    return 2;
}
