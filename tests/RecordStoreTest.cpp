#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

#include "AttachmentStore.h"
#include "RawSql.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "SymbolicLink.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {
using TestFiles::readAll;

ObjectionRecord entry(const QString& organisation, int n)
{
    ObjectionRecord record = sampleRecord();
    record.id.clear();
    record.organisation = organisation;
    record.sentText += QString::number(n);
    return record;
}
} // namespace

class RecordStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsInTheLocalAppDataFolder()
    {
        QVERIFY(RecordStore::defaultPath().endsWith(u"/records.sqlite"_s));
        QCOMPARE(QFileInfo(RecordStore::legacyJsonPath(RecordStore::defaultPath())).fileName(),
                 u"records.json"_s);
        // In this run's own home (IsolatedHome.cpp), not the ~/.qttest every
        // run on the machine shares.
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath() + u"/kiw-test-home-"_s), qPrintable(home));
#ifdef Q_OS_WIN
        // Qt's test mode on Windows is a "qttest" folder in the local
        // application data, which IsolatedHome puts into this run's home.
        QVERIFY2(RecordStore::defaultPath().startsWith(home + u"/AppData/Local/qttest/"_s),
                 qPrintable(RecordStore::defaultPath()));
#else
        QVERIFY(RecordStore::defaultPath().startsWith(home + u"/.qttest/"_s)); // test mode
        QCOMPARE(qEnvironmentVariable("XDG_CONFIG_HOME"), home + u"/config"_s);
#endif
    }

    void recordsSurviveARestart()
    {
        const QString path = m_dir.filePath(u"restart/records.sqlite"_s);
        ObjectionRecord first = sampleRecord();
        first.id.clear(); // the store assigns one
        ObjectionRecord second = sampleRecord();
        second.route = Route::OnlineForm;
        second.sentRequest = sampleRequest();
        second.formReference = u"FORM-1"_s;
        {
            RecordStore store(path);
            QCOMPARE(store.open(), QString());
            QVERIFY(store.add(first).isEmpty());
            QVERIFY(!first.id.isEmpty());
            QVERIFY(store.add(second).isEmpty());
            QVERIFY(store
                        .confirm(first.id, {ObjectionRecord::accountKey(first.accounts.at(0))},
                                 MetaConfirmation{QDate(2026, 12, 10), u"REF-123"_s,
                                                  u"E-Mail von Meta, abgelegt unter DS-7"_s})
                        .isEmpty());
        }
        RecordStore reloaded(path);
        QCOMPARE(reloaded.open(), QString());
        QCOMPARE(reloaded.count(), 2);
        const ObjectionRecord read = *reloaded.entry(first.id);
        QVERIFY(read.recordedAt.isValid());
        QCOMPARE(read.accounts, first.accounts);
        QCOMPARE(read.sentText, first.sentText);
        QCOMPARE(read.confirmationFor(read.accounts.at(0))->reference, u"REF-123"_s);
        QVERIFY(!read.confirmationFor(read.accounts.at(1)).has_value());
        QCOMPARE(*reloaded.entry(second.id), second); // what was sent, whole
        QCOMPARE(reloaded.all().size(), 2);
        QCOMPARE(reloaded.entriesOf(u"  " + sampleRecord().organisation.toUpper()).size(), 2);
        QCOMPARE(reloaded.findId(caseNumber(second.id)), std::optional<QString>(second.id));
        QCOMPARE(reloaded.search(u"ref-123"_s).value(0).id, first.id);
        QVERIFY(reloaded.remove(first.id).isEmpty());
        QCOMPARE(reloaded.confirm(first.id, {}, {}),
                 u"This entry no longer exists (it was deleted in another window)."_s);
        RecordStore afterRemove(path);
        QCOMPARE(afterRemove.open(), QString());
        QCOMPARE(afterRemove.all(), QList<ObjectionRecord>{second});
        // WAL, foreign keys, a checkpoint that leaves one file on close.
        QCOMPARE(rawSql(path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), RecordStore::schemaVersion);
    }

    // Loss 5: an id is unique by constraint; a second entry with it is refused.
    void duplicateIdsAreRefused()
    {
        const QString path = m_dir.filePath(u"duplicates/records.sqlite"_s);
        RecordStore store(path);
        ObjectionRecord record = sampleRecord();
        QVERIFY(store.add(record).isEmpty());
        ObjectionRecord again = sampleRecord();
        again.organisation = u"Andere Organisation"_s;
        const QString error = store.add(again);
        QVERIFY2(error.contains(u"exists already"_s), qPrintable(error));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.entry(record.id)->organisation, record.organisation);
    }

    // The record of earlier versions (JSON, format 2, with evidence) is
    // imported once, checked, kept unchanged beside the database, and a
    // stub stops older versions from starting an empty record.
    void formatTwoFileIsImportedOnce()
    {
        const QString folder = m_dir.filePath(u"migration"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString sample =
            QStringLiteral(KIW_SOURCE_DIR "/tests/data/records/format-2/records.json");
        const QByteArray original = readAll(sample);
        QVERIFY(TestFiles::writeFile(folder + u"/records.json"_s, original));
        const QString path = folder + u"/records.sqlite"_s;
        {
            RecordStore store(path);
            QCOMPARE(store.open(), QString());
            QVERIFY2(store.notice().contains(u"3 entries were imported"_s),
                     qPrintable(store.notice()));
            QCOMPARE(store.count(), 3);
            const auto [expected, error] = RecordStore::fromJson(original);
            QVERIFY(error.isEmpty());
            for (const ObjectionRecord& record : expected)
                QCOMPARE(*store.entry(record.id), record);
        }
        const QStringList kept = QDir(folder).entryList({u"records-imported-*.json"_s});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readAll(folder + u'/' + kept.constFirst()), original);
        const auto [none, refusal] = RecordStore::fromJson(readAll(folder + u"/records.json"_s));
        QVERIFY(none.isEmpty());
        QVERIFY2(refusal.contains(u"moved into the database"_s), qPrintable(refusal));
        RecordStore again(path);
        QCOMPARE(again.open(), QString());
        QCOMPARE(again.notice(), QString());
        QCOMPARE(again.count(), 3);
        // An earlier version still running writes its old view over the stub,
        // one entry changed: imported once more, nothing twice, the changed
        // one left in the file.
        QByteArray changed = original;
        changed.replace("\"sentBy\": \"Max Mustermann\"", "\"sentBy\": \"Max Muster\"");
        QVERIFY(changed != original);
        QVERIFY(TestFiles::writeFile(folder + u"/records.json"_s, changed));
        RecordStore third(path);
        QCOMPARE(third.open(), QString());
        QVERIFY2(third.notice().contains(u"were not imported and stay in that file"_s),
                 qPrintable(third.notice()));
        QCOMPARE(third.count(), 3);
        QCOMPARE(QDir(folder).entryList({u"records-imported-*.json"_s}).size(), 2);
    }

    // An import that fails changes nothing, says why and is tried again.
    void brokenOldFileIsLeftAndImportedOnceRepaired()
    {
        const QString folder = m_dir.filePath(u"broken-migration"_s);
        QVERIFY(QDir().mkpath(folder));
        QByteArray json =
            readAll(QStringLiteral(KIW_SOURCE_DIR "/tests/data/records/format-1.json"));
        const QByteArray broken = json.left(json.size() / 2);
        QVERIFY(TestFiles::writeFile(folder + u"/records.json"_s, broken));
        const QString path = folder + u"/records.sqlite"_s;
        {
            RecordStore store(path);
            QCOMPARE(store.open(), QString());
            QVERIFY2(store.notice().contains(u"could not be imported"_s),
                     qPrintable(store.notice()));
            QVERIFY2(store.notice().contains(u"line"_s), qPrintable(store.notice()));
            QCOMPARE(store.count(), 0);
            QVERIFY(store.add(entry(u"Neu"_s, 1)).isEmpty()); // the record works meanwhile
        }
        QCOMPARE(readAll(folder + u"/records.json"_s), broken);
        QVERIFY(TestFiles::writeFile(folder + u"/records.json"_s, json));
        RecordStore repaired(path);
        QCOMPARE(repaired.open(), QString());
        QCOMPARE(repaired.count(), 2);
        QVERIFY(repaired.entry(u"a1"_s)->allConfirmed());
    }

    // Older files accepted one id twice; both entries are kept, the second
    // under a new id that the old one still finds.
    void duplicateIdsInAnOldFileAreBothKept()
    {
        const QString folder = m_dir.filePath(u"old-duplicates"_s);
        QVERIFY(QDir().mkpath(folder));
        ObjectionRecord one = sampleRecord();
        ObjectionRecord two = sampleRecord();
        two.organisation = u"Zweiter Verein"_s;
        QVERIFY(TestFiles::writeFile(folder + u"/records.json"_s, RecordStore::toJson({one, two})));
        RecordStore store(folder + u"/records.sqlite"_s);
        QCOMPARE(store.open(), QString());
        QCOMPARE(store.count(), 2);
        QCOMPARE(*store.entry(one.id), one);
        const QList<RecordStore::SearchHit> hits = store.search(one.id);
        QCOMPARE(hits.size(), 2);
        QString otherId;
        for (const RecordStore::SearchHit& hit : hits) {
            if (hit.id != one.id)
                otherId = hit.id;
        }
        QCOMPARE(store.entry(otherId)->organisation, two.organisation);
        // Deleting one leaves the other.
        QVERIFY(store.remove(one.id).isEmpty());
        QCOMPARE(store.findId(one.id), std::optional<QString>(otherId));
        QCOMPARE(store.count(), 1);
    }

    void newerDatabaseIsOpenedReadOnly()
    {
        const QString path = m_dir.filePath(u"newer/records.sqlite"_s);
        {
            RecordStore store(path);
            QVERIFY(store.add(entry(u"Verein"_s, 1)).isEmpty());
        }
        rawSql(path, u"PRAGMA user_version = 99"_s);
        const QByteArray before = readAll(path);
        RecordStore store(path);
        const QString message = store.open();
        QVERIFY2(message.contains(u"newer version"_s), qPrintable(message));
        QVERIFY(store.readOnly());
        QCOMPARE(store.count(), 1); // shown
        QVERIFY(store.add(entry(u"Verein"_s, 2)).contains(u"newer version"_s));
        QCOMPARE(readAll(path), before);
    }

    // A file that is no database (broken in an editor, half copied) is
    // copied aside and never written; a new record only when confirmed.
    void damagedDatabaseIsCopiedAsideNeverOverwritten()
    {
        const QString folder = m_dir.filePath(u"damaged"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/records.sqlite"_s;
        const QByteArray garbage = QByteArray(8192, 'x');
        QVERIFY(TestFiles::writeFile(path, garbage));
        RecordStore store(path);
        const QString message = store.open();
        QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
        QVERIFY(store.unreadable());
        QVERIFY(!store.damagedCopy().isEmpty());
        QCOMPARE(readAll(store.damagedCopy()), garbage);
        QVERIFY(store.all().isEmpty());
        QVERIFY(store.add(entry(u"Verein"_s, 1)).contains(u"damaged"_s));
        QCOMPARE(readAll(path), garbage);
        const QString copy = store.damagedCopy();
        // Opened again (the next start, another window): the same copy.
        RecordStore again(path);
        again.open();
        QCOMPARE(again.damagedCopy(), copy);
        QCOMPARE(QDir(folder).entryList({u"records-damaged-*"_s}).size(), 1);
        QCOMPARE(store.startNew(), QString());
        QVERIFY(!store.unreadable());
        // The entry refused above was kept; it goes into the new record first.
        QVERIFY(store.hasUnsaved());
        QVERIFY(store.add(entry(u"Verein"_s, 2)).isEmpty());
        QCOMPARE(store.count(), 2);
        QCOMPARE(readAll(copy), garbage);
    }

    // Damage inside a database that opens: quick_check finds it.
    void damagedPagesAreFoundByTheCheck()
    {
        const QString path = m_dir.filePath(u"pages/records.sqlite"_s);
        {
            RecordStore store(path);
            for (int i = 0; i < 200; ++i) {
                ObjectionRecord record = entry(u"Verein"_s, i);
                record.sentText = QString(2000, QChar(u'a' + i % 26));
                QVERIFY(store.add(record).isEmpty());
            }
        }
        QCOMPARE(RecordStore(path).check(), QString());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 40 * 4096);
            // The headers of pages past the schema: b-tree and overflow pages
            // alike point nowhere then.
            for (qint64 page = 3; page * 4096 < file.size(); page += 2) {
                file.seek(page * 4096);
                file.write(QByteArray(16, '\xff'));
            }
        }
        RecordStore store(path);
        QVERIFY(!store.check().isEmpty());
        store.setDamagedAside();
        QVERIFY(store.readOnly());
        QVERIFY(QFileInfo::exists(store.damagedCopy()));
    }

    // A lock held too long by another program: the entry is kept, said so,
    // and written with the next change.
    void entryThatCouldNotBeWrittenIsKeptAndWrittenLater()
    {
        const QString path = m_dir.filePath(u"held/records.sqlite"_s);
        RecordStore store(path);
        QVERIFY(store.add(entry(u"Erster"_s, 1)).isEmpty());
        ObjectionRecord held = entry(u"Zweiter"_s, 2);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
            const QString error = store.add(held); // waits five seconds
            QVERIFY2(error.contains(u"kept until KI-Widerspruch is closed"_s), qPrintable(error));
            QVERIFY(store.hasUnsaved());
            lock.exec(u"ROLLBACK"_s);
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QVERIFY(store.add(entry(u"Dritter"_s, 3)).isEmpty());
        QVERIFY(!store.hasUnsaved());
        QStringList names;
        for (const ObjectionRecord& record : store.all())
            names << record.organisation;
        QCOMPARE(names, QStringList({u"Erster"_s, u"Zweiter"_s, u"Dritter"_s}));
    }

    // Loss 4: the JSON file refused itself at 64 MiB; the database has no
    // such ceiling. 100,000 entries and one more, then read again.
    void hundredThousandEntriesAndOneMore()
    {
        const QString path = m_dir.filePath(u"large/records.sqlite"_s);
        const int count = qEnvironmentVariableIsSet("KIW_SHORT_TESTS") ? 10000 : 100000;
        {
            RecordStore store(path);
            QCOMPARE(store.open(), QString());
            RecordStore::ImportPlan plan;
            ObjectionRecord record = sampleRecord();
            for (int i = 0; i < count; ++i) {
                record.id = u"e-%1"_s.arg(i);
                record.organisation = u"Organisation %1"_s.arg(i % 1000);
                plan.fresh << record;
            }
            QVERIFY(store.importRecords(plan, false, m_dir.path(), m_dir.path()).isEmpty());
        }
        RecordStore store(path);
        QCOMPARE(store.open(), QString());
        ObjectionRecord more = entry(u"Organisation 7"_s, 1);
        QVERIFY(store.add(more).isEmpty());
        RecordStore reopened(path);
        QCOMPARE(reopened.open(), QString());
        QCOMPARE(reopened.count(), count + 1);
        QCOMPARE(reopened.entriesOf(u"organisation 7"_s).size(), count / 1000 + 1);
        QCOMPARE(reopened.organisations().size(), 1000);
    }

    void folderThatCannotBeMadeGivesAMessage()
    {
        // A file where the data folder should be: no folder can be made, even as root.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QVERIFY(TestFiles::writeFile(blocker, "x"));
        RecordStore store(blocker + u"/records.sqlite"_s);
        const QString error = store.add(entry(u"Verein"_s, 1));
        QVERIFY2(error.contains(u"could not be created"_s), qPrintable(error));
    }

    void notARegularFileIsNotUsed()
    {
        const QString path = m_dir.filePath(u"folder-instead/records.sqlite"_s);
        QVERIFY(QDir().mkpath(path));
        RecordStore store(path);
        QVERIFY(store.open().contains(u"not an ordinary file"_s));
        QVERIFY(store.add(entry(u"Verein"_s, 1)).contains(u"not an ordinary file"_s));
        QVERIFY(QFileInfo(path).isDir());
    }

    void states()
    {
        ObjectionRecord record = sampleRecord();
        QCOMPARE(record.state(QDate(2026, 12, 29)), RecordState::Sent);
        QCOMPARE(record.state(QDate(2026, 12, 30)), RecordState::NoAnswer);
        // One account confirmed: that one is done, the entry still needs action.
        record.confirmations.insert(ObjectionRecord::accountKey(record.accounts.at(0)),
                                    MetaConfirmation{QDate(2026, 12, 1), {}, {}});
        QCOMPARE(record.state(record.accounts.at(0), QDate(2027, 6, 1)), RecordState::Confirmed);
        QCOMPARE(record.state(record.accounts.at(1), QDate(2027, 6, 1)), RecordState::NoAnswer);
        QCOMPARE(record.state(QDate(2027, 6, 1)), RecordState::NoAnswer);
        // Written again: a new month of waiting, then no answer again.
        record.followUpSentOn = QDate(2027, 1, 4);
        QCOMPARE(record.state(QDate(2027, 2, 4)), RecordState::FollowUpSent);
        QCOMPARE(record.state(QDate(2027, 2, 5)), RecordState::NoAnswer);
        record.closedOn = QDate(2027, 3, 1);
        QCOMPARE(record.state(QDate(2027, 3, 1)), RecordState::Closed);
        QCOMPARE(record.state(record.accounts.at(0), QDate(2027, 3, 1)), RecordState::Confirmed);
        for (const Account& account : record.accounts)
            record.confirmations.insert(ObjectionRecord::accountKey(account), {});
        QCOMPARE(record.state(QDate(2027, 6, 1)), RecordState::Confirmed);
        // The same page written another way is the same account.
        Account same = record.accounts.at(0);
        same.address = u"HTTPS://www.Facebook.com/"_s + same.address.section(u'/', -1) + u"/"_s;
        QCOMPARE(ObjectionRecord::accountKey(same),
                 ObjectionRecord::accountKey(record.accounts.at(0)));
    }

    // A file of version 1 (one confirmation for the whole entry, "both"
    // routes in one entry) reads as every account confirmed.
    void versionOneFilesAreRead()
    {
        const QByteArray v1 =
            "{\"format\": \"ki-widerspruch-records\", \"version\": 1, \"records\": ["
            "{\"id\": \"a1\", \"recordedAt\": \"2025-06-02T08:00:00.000Z\", \"organisation\": "
            "\"Stadt Musterstadt\","
            "\"accounts\": [{\"platform\": \"facebook\", \"name\": \"Stadt\", \"address\": "
            "\"https://www.facebook.com/stadt\"},"
            "{\"platform\": \"instagram\", \"name\": \"Stadt IG\", \"address\": \"@stadt\"}],"
            "\"route\": \"both\", \"sentOn\": \"2025-06-02\", \"sentBy\": \"Max Muster\", "
            "\"letterLanguage\": \"de\","
            "\"sentText\": \"Text\", \"confirmation\": {\"received\": \"2025-06-20\", "
            "\"reference\": \"R-1\", \"note\": \"\"}}]}";
        const auto [records, error] = RecordStore::fromJson(v1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).route, Route::Both);
        QVERIFY(records.at(0).allConfirmed());
        QCOMPARE(records.at(0).confirmationFor(records.at(0).accounts.at(1))->reference, u"R-1"_s);
        // Written back as version 3, read again unchanged.
        const QByteArray v2 = RecordStore::toJson(records);
        QVERIFY(v2.contains("\"version\": 3"));
        QCOMPARE(RecordStore::fromJson(v2).first, records);
    }

    void versionTwoKeepsEvidenceAndFollowUps()
    {
        ObjectionRecord record = sampleRecord();
        record.route = Route::OnlineForm;
        record.adminLogin = u"m.muster@example.org"_s;
        record.followUpSentOn = QDate(2027, 1, 4);
        record.authorityInformedOn = QDate(2027, 2, 8);
        Attachment mail;
        mail.originalName = u"Bestätigung Meta.eml"_s;
        mail.storedName = record.id + u"/0123456789ab-Bestaetigung.eml"_s;
        mail.sha256 = QString(64, u'a');
        mail.size = 4711;
        mail.addedAt = QDateTime(QDate(2026, 12, 10), QTime(9, 30), QTimeZone::utc());
        mail.mailDate = QDateTime(QDate(2026, 12, 9), QTime(17, 2), QTimeZone::utc());
        mail.mailFrom = u"Facebook <noreply@facebookmail.com>"_s;
        mail.mailSubject = u"Dein Widerspruch"_s;
        mail.mailText = u"Hallo,\nwir haben deinen Widerspruch erhalten."_s;
        Attachment picture;
        picture.originalName = u"Formular.png"_s;
        picture.storedName = record.id + u"/ba9876543210-Formular.png"_s;
        picture.sha256 = QString(64, u'0');
        picture.size = 120000;
        picture.addedAt = mail.addedAt;
        record.attachments = {mail, picture};
        record.confirmations.insert(ObjectionRecord::accountKey(record.accounts.at(0)),
                                    MetaConfirmation{QDate(2026, 12, 9), u"FB-1"_s, {}});
        const auto [read, error] = RecordStore::fromJson(RecordStore::toJson({record}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.value(0), record);
        QVERIFY(!read.value(0).attachments.at(1).isMail());
    }

    // Fields the program relies on are checked and named, nothing is guessed.
    void damagedFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("named");
        QTest::newRow("stored name out of the folder")
            << u"\"stored\": \"x/a.png\""_s << u"\"stored\": \"../../.bashrc\""_s
            << u"records[0].attachments[0].stored"_s;
        QTest::newRow("hash") << u"\"sha256\": \""_s + QString(64, u'0') + u'"'
                              << u"\"sha256\": \"xyz\""_s << u"records[0].attachments[0].sha256"_s;
        QTest::newRow("size") << u"\"size\": 10"_s << u"\"size\": -1"_s
                              << u"records[0].attachments[0].size"_s;
        QTest::newRow("follow-up date")
            << u"\"followUpSentOn\": \"\""_s << u"\"followUpSentOn\": \"4.1.2027\""_s
            << u"records[0].followUpSentOn"_s;
        QTest::newRow("id out of the folder")
            << u"\"id\": \"3f1c2a9e"_s << u"\"id\": \"../3f1c2a9e"_s << u"records[0].id"_s;
        QTest::newRow("id with a line break")
            << u"\"id\": \"3f1c2a9e"_s << u"\"id\": \"\\n3f1c2a9e"_s << u"records[0].id"_s;
        QTest::newRow("account without a name")
            << u"\"name\": \"Stadt Musterstadt\""_s << u"\"name\": \" \""_s
            << u"records[0].accounts[0].name"_s;
        QTest::newRow("confirmation without a date")
            << u"\"accounts\": ["_s
            << u"\"accounts\": [{\"platform\": \"facebook\", \"name\": \"A\", \"address\": "
               u"\"https://www.facebook.com/a\", \"confirmation\": {\"reference\": \"R\"}}, "_s
            << u"records[0].accounts[0].confirmation.received"_s;
        QTest::newRow("no account")
            << u"\"accounts\": ["_s << u"\"accounts\": [], \"x\": ["_s << u"records[0].accounts"_s;
        // Read as version 2 before, which would drop what version 3 keeps.
        const QString version = u"The field “version” must be a whole number from 1 to 3"_s;
        QTest::newRow("version missing") << u"\"version\": 3"_s << u"\"versions\": 3"_s << version;
        QTest::newRow("version as text")
            << u"\"version\": 3"_s << u"\"version\": \"3\""_s << version;
        QTest::newRow("version null") << u"\"version\": 3"_s << u"\"version\": null"_s << version;
        QTest::newRow("version fraction")
            << u"\"version\": 3"_s << u"\"version\": 2.5"_s << version;
        QTest::newRow("version zero") << u"\"version\": 3"_s << u"\"version\": 0"_s << version;
        QTest::newRow("version newer")
            << u"\"version\": 3"_s << u"\"version\": 4"_s << u"newer version"_s;
    }

    void damagedFieldsAreNamed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, named);
        ObjectionRecord record = sampleRecord();
        Attachment picture;
        picture.originalName = u"a.png"_s;
        picture.storedName = u"x/a.png"_s;
        picture.sha256 = QString(64, u'0');
        picture.size = 10;
        picture.addedAt = QDateTime(QDate(2026, 12, 10), QTime(9, 30), QTimeZone::utc());
        record.attachments << picture;
        QString json = QString::fromUtf8(RecordStore::toJson({record}));
        QVERIFY2(json.contains(from), qPrintable(json));
        json.replace(from, to);
        const auto [read, error] = RecordStore::fromJson(json.toUtf8());
        QVERIFY(read.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    // The record file's name is the program's: a link planted there is not
    // written through, and the message cannot ask for another name.
    void linkedRecordFileIsNotWrittenThrough()
    {
        const QString folder = m_dir.filePath(u"linked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString elsewhere = folder + u"/elsewhere.sqlite"_s;
        QVERIFY(TestFiles::writeFile(elsewhere, "kept"));
        const QString path = folder + u"/records.sqlite"_s;
        KIW_SYMBOLIC_LINK(elsewhere, path);
        RecordStore store(path);
        QVERIFY(store.open().contains(u"not an ordinary file"_s));
        const QString error = store.add(sampleRecord());
        QVERIFY2(error.contains(u"move it away"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"another name"_s), qPrintable(error));
        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(readAll(elsewhere), QByteArray("kept"));
    }

    // A record file saved again by an editor as UTF-16 or UTF-32 (Windows
    // editors call it "Unicode") is named as such, not as broken JSON.
    void wideEncodingIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString json = QString::fromUtf8(RecordStore::toJson({sampleRecord()}));
        const auto utf16 = [&json](bool bigEndian) {
            QByteArray bytes;
            for (const QChar c : json) {
                const char high = char(c.unicode() >> 8);
                const char low = char(c.unicode() & 0xff);
                bytes += bigEndian ? high : low;
                bytes += bigEndian ? low : high;
            }
            return bytes;
        };
        const auto utf32 = [&json](bool bigEndian) {
            QByteArray bytes;
            for (const char32_t c : json.toUcs4()) {
                for (int i = 0; i < 4; ++i)
                    bytes += char(c >> (8 * (bigEndian ? 3 - i : i)));
            }
            return bytes;
        };
        QTest::newRow("UTF-16 LE with mark") << "\xff\xfe" + utf16(false) << u"UTF-16"_s;
        QTest::newRow("UTF-16 BE with mark") << "\xfe\xff" + utf16(true) << u"UTF-16"_s;
        QTest::newRow("UTF-16 LE") << utf16(false) << u"UTF-16"_s;
        QTest::newRow("UTF-16 BE") << utf16(true) << u"UTF-16"_s;
        QTest::newRow("UTF-32 LE with mark")
            << QByteArray("\xff\xfe\0\0", 4) + utf32(false) << u"UTF-32"_s;
        QTest::newRow("UTF-32 BE with mark")
            << QByteArray("\0\0\xfe\xff", 4) + utf32(true) << u"UTF-32"_s;
        QTest::newRow("UTF-32 LE") << utf32(false) << u"UTF-32"_s;
        QTest::newRow("UTF-32 BE") << utf32(true) << u"UTF-32"_s;
    }

    void wideEncodingIsNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString hint = u"not UTF-8 text (it looks like %1)"_s.arg(encoding);
        const auto [records, error] = RecordStore::fromJson(bytes);
        QVERIFY(records.isEmpty());
        QVERIFY2(error.contains(hint), qPrintable(error));
        QVERIFY2(error.contains(u"save it as “UTF-8”"_s), qPrintable(error));

        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/records.json"_s;
        QVERIFY(TestFiles::writeFile(path, bytes));
        RecordStore store(folder + u"/records.sqlite"_s);
        QCOMPARE(store.open(), QString());
        const QString loaded = store.notice();
        QVERIFY2(loaded.contains(u"could not be imported: it is "_s + hint), qPrintable(loaded));
        QVERIFY2(!loaded.contains(u"JSON"_s), qPrintable(loaded));
        QCOMPARE(readAll(path), bytes);
    }
};

QTEST_GUILESS_MAIN(RecordStoreTest)
#include "RecordStoreTest.moc"
