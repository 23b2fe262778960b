#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <algorithm>

#include "AtomicFileWriter.h"
#include "Figure.h"
#include "LetterComposer.h"
#include "Median.h"
#include "PlainTextLetterWriter.h"
#include "ProfileFile.h"
#include "RecordStore.h"
#include "SampleRequests.h"
#include "dialogs/HistoryDialog.h"

using namespace Qt::StringLiterals;

// The record of objections at the size issue 26 names: 100,000 entries of
// ten accounts each, spread over 1,000 organisations, each with the full
// letter text and what was sent. Measured: the record window's first rows,
// a new entry, a search, --follow-ups for one organisation; and, beside
// them, the JSON record file of earlier versions at 10,000 entries (the most
// it could hold with such texts).
namespace {
constexpr int organisations = 1000;
constexpr int entriesPerOrganisation = 100;

ObjectionRequest requestOf(int organisation)
{
    ObjectionRequest request = sampleRequest();
    request.organisation.name = u"Gemeinde Beispielstadt %1"_s.arg(organisation);
    request.accounts.clear();
    for (int i = 0; i < 10; ++i) {
        const bool instagram = i % 2 == 1;
        request.accounts << Account{instagram ? Platform::Instagram : Platform::Facebook,
                                    u"Beispielstadt %1 Kanal %2"_s.arg(organisation).arg(i),
                                    u"https://www.%1.com/beispielstadt%2kanal%3"_s
                                        .arg(instagram ? u"instagram"_s : u"facebook"_s)
                                        .arg(organisation)
                                        .arg(i),
                                    {}};
    }
    return request;
}

QList<ObjectionRecord> entriesOf(int organisation, int count)
{
    const ObjectionRequest request = requestOf(organisation);
    const QString text = PlainTextLetterWriter::fullText(LetterComposer(u"de"_s).compose(request));
    QList<ObjectionRecord> entries;
    for (int n = 0; n < count; ++n) {
        ObjectionRecord record;
        record.id = u"b%1-%2-%3"_s.arg(organisation).arg(n).arg(QString(20, u'0'));
        record.recordedAt = QDateTime(QDate(2025, 6, 1).addDays(n), QTime(9, 0), Qt::UTC);
        record.organisation = request.organisation.name;
        record.accounts = request.accounts;
        record.sentOn = record.recordedAt.date();
        record.sentBy = request.options.signatoryName;
        record.letterLanguage = u"de"_s;
        record.sentText = text;
        record.sentRequest = request;
        // Written again after a month, but for the two newest: those are due.
        if (n < count - 2)
            record.followUpSentOn = record.sentOn.addDays(35);
        if (n % 3 == 0) {
            record.confirmations.insert(ObjectionRecord::accountKey(record.accounts.at(0)),
                                        MetaConfirmation{record.sentOn.addDays(12),
                                                         u"FB-%1-%2"_s.arg(organisation).arg(n),
                                                         {}});
        }
        entries << record;
    }
    return entries;
}

template <typename F> double milliseconds(F work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char* argv[])
{
    // The program's names: the command line finds the same database.
    QApplication::setApplicationName(u"ki-widerspruch"_s);
    QApplication::setOrganizationName(u"KI-Widerspruch"_s);
    QApplication app(argc, argv);
    QTemporaryDir home;
    // KIW_RECORD_BENCH_HOME keeps the generated record for another run.
    const QString kept = qEnvironmentVariable("KIW_RECORD_BENCH_HOME");
    const QString data = (kept.isEmpty() ? home.path() : kept) + u"/data"_s;
    qputenv("XDG_DATA_HOME", data.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    bool ok = true;
    const QString path = RecordStore::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFileInfo::exists(path)) {
        RecordStore store(path);
        store.open();
        double filling = 0;
        for (int organisation = 0; organisation < organisations; ++organisation) {
            RecordStore::ImportPlan plan;
            plan.fresh = entriesOf(organisation, entriesPerOrganisation);
            filling += milliseconds([&] { store.importRecords(plan, false, data, data); });
        }
        std::printf("filled %d entries in %.1f s\n", store.count(), filling / 1000);
    }
    std::printf("database: %.0f MB\n", double(QFileInfo(path).size()) / 1e6);

    // The record window, opened for the wizard's organisation.
    const ObjectionRequest current = requestOf(417);
    QList<double> window;
    for (int i = 0; i < 5; ++i) {
        RecordStore store(path);
        window << milliseconds([&] {
            HistoryDialog dialog(store, current);
            dialog.show();
            QCoreApplication::processEvents();
            if (dialog.findChild<QTreeWidget*>(u"recordsTree"_s)->topLevelItemCount() < 2)
                std::puts("the window shows no rows");
        });
    }
    ok &= printFigure(u"record window, 100,000 entries: first rows"_s, median(window), 1000, "ms");

    RecordStore store(path);
    store.open();
    QList<double> adding;
    for (int i = 0; i < 20; ++i) {
        ObjectionRecord record = entriesOf(417, 1).constFirst();
        record.id.clear();
        adding << milliseconds([&] { store.add(record); });
    }
    ok &= printFigure(u"record, 100,000 entries: a new entry stored"_s, median(adding), 50, "ms");

    double slowest = 0;
    for (const QString& text : {u"gemeinde beispielstadt 733"_s, u"beispielstadt 12 kanal 7"_s,
                                u"facebook.com/beispielstadt901kanal3"_s, u"b655-42-"_s,
                                u"FB-250-33"_s, u"nirgends zu finden"_s}) {
        QList<double> times;
        for (int i = 0; i < 5; ++i)
            times << milliseconds([&] { store.search(text); });
        slowest = std::max(slowest, median(times));
    }
    ok &= printFigure(u"record, 100,000 entries: search (slowest of six)"_s, slowest, 100, "ms");

    // The command line: --follow-ups for one organisation, as a process.
    const QString profile = home.filePath(u"profile.json"_s);
    ObjectionRequest late = current;
    AtomicFileWriter::write(profile, ProfileFile::toJson(late));
    const QString out = home.filePath(u"out"_s);
    QList<double> followUps;
    for (int i = 0; i < 3; ++i) {
        QDir(out).removeRecursively();
        QProcess cli;
        followUps << milliseconds([&] {
            cli.start(QStringLiteral(KIW_BINARY),
                      {u"--follow-ups"_s, u"--out-dir"_s, out, u"--date"_s, u"2026-12-06"_s,
                       u"--profile"_s, profile});
            cli.waitForFinished(120000);
        });
        if (cli.exitCode() != 0 ||
            QDir(out).entryList(QDir::Files).size() != 2 * (2 + int(adding.size())))
            std::printf("--follow-ups: %d files; %s\n",
                        int(QDir(out).entryList(QDir::Files).size()),
                        cli.readAllStandardError().constData());
    }
    ok &= printFigure(u"--follow-ups, one organisation of 1,000"_s, median(followUps), 1000, "ms");

    // For comparison: the JSON record of earlier versions at 10,000 entries.
    QList<ObjectionRecord> tenThousand;
    for (int organisation = 0; organisation < 100; ++organisation)
        tenThousand << entriesOf(organisation, entriesPerOrganisation);
    const QString json = home.filePath(u"records.json"_s);
    const double write =
        milliseconds([&] { AtomicFileWriter::write(json, RecordStore::toJson(tenThousand)); });
    std::printf("JSON record file, 10,000 entries: %.0f MB\n",
                double(QFileInfo(json).size()) / 1e6);
    QFile file(json);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    const double read = milliseconds([&] { RecordStore::fromJson(bytes); });
    // Each entry read the whole file under the lock and wrote it again.
    printFigure(u"(before) JSON record, 10,000 entries: read"_s, read, 1e9, "ms");
    printFigure(u"(before) JSON record, 10,000 entries: one entry stored"_s, read + write, 1e9,
                "ms");
    return ok ? 0 : 1;
}
