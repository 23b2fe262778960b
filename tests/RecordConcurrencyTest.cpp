#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "RawSql.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "TestFiles.h"

// Two programs on one record: a second process (tests/tools/RecordActor)
// acts on the database while this one holds it open, as two windows or the
// wizard and the command line would. Each case here lost entries with the
// JSON record file (issue 26).

using namespace Qt::StringLiterals;

namespace {
using TestFiles::readAll;

QByteArray actor(const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(KIW_ACTOR), arguments);
    if (!process.waitForFinished(120000))
        return "timeout";
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

ObjectionRecord newEntry(const QString& organisation)
{
    ObjectionRecord record = sampleRecord();
    record.id.clear();
    record.organisation = organisation;
    return record;
}
} // namespace

class RecordConcurrencyTest : public QObject
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

    void twoProgramsAddingAtOnceLoseNothing()
    {
        const QString path = m_dir.filePath(u"shared/records.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        // The window first: what it saw before the others wrote is its baseline.
        RecordStore window(path);
        QCOMPARE(window.open(), QString());
        QVERIFY(!window.changedElsewhere());
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(KIW_ACTOR), {u"add"_s, path, u"Erste"_s, u"150"_s});
        second.start(QStringLiteral(KIW_ACTOR), {u"add"_s, path, u"Zweite"_s, u"150"_s});
        for (int i = 0; i < 20; ++i) // and a window, too
            QVERIFY(window.add(newEntry(u"Fenster"_s)).isEmpty());
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(window.count(), 320);
        QVERIFY(window.changedElsewhere());
        QVERIFY(!window.changedElsewhere());
    }

    // Loss 1: a newer version took the database over while a window had it
    // open; the window's next entry is refused, nothing of the newer one lost.
    void newerVersionMeanwhileIsNeverWrittenOver()
    {
        const QString path = m_dir.filePath(u"newer/records.sqlite"_s);
        RecordStore window(path);
        QVERIFY(window.add(newEntry(u"Verein"_s)).isEmpty());
        int exitCode = -1;
        actor({u"newer"_s, path}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QString error = window.add(newEntry(u"Verein"_s));
        QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
        QCOMPARE(window.count(), 1);
        RecordStore later(path);
        later.open();
        QVERIFY(later.readOnly());
        QVERIFY(later.add(newEntry(u"Verein"_s)).contains(u"newer version"_s));
    }

    // Loss 1, the other way: the file was broken from outside while a window
    // had it open. The window's entry is refused, the file stays as it is
    // and a copy is set aside.
    void fileBrokenMeanwhileIsNeverWrittenOver()
    {
        const QString folder = m_dir.filePath(u"broken"_s);
        const QString path = folder + u"/records.sqlite"_s;
        RecordStore window(path);
        QVERIFY(window.add(newEntry(u"Verein"_s)).isEmpty());
        {
            RecordStore checkpoint(path); // closes with the WAL folded in
            checkpoint.open();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '#')); // the header, as an editor would save it
        file.close();
        const QByteArray broken = readAll(path);
        const QString error = window.add(newEntry(u"Verein"_s));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QCOMPARE(readAll(path), broken);
        QVERIFY(window.unreadable());
        QCOMPARE(readAll(window.damagedCopy()), broken);
    }

    // Loss 2: two windows find the record damaged. A starts a new one and
    // records; B (opened on the damaged file before) then records into A's
    // new record, and never sets A's good file aside.
    void twoWindowsWithADamagedRecordKeepBothEntries_data()
    {
        QTest::addColumn<QString>("second");
        QTest::newRow("B adds") << u"wait-add"_s;
        QTest::newRow("B starts a new record too") << u"wait-new"_s;
    }

    void twoWindowsWithADamagedRecordKeepBothEntries()
    {
        QFETCH(QString, second);
        const QString folder = m_dir.filePath(u"damaged-"_s + second);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/records.sqlite"_s;
        const QByteArray garbage(16384, 'x');
        QVERIFY(TestFiles::writeFile(path, garbage));
        QProcess b;
        b.start(QStringLiteral(KIW_ACTOR), {second, path, u"Fenster B"_s});
        QVERIFY(b.waitForReadyRead(30000));
        QCOMPARE(b.readLine().trimmed(), QByteArray("opened damaged"));
        RecordStore a(path);
        QVERIFY(a.open().contains(u"damaged"_s));
        QCOMPARE(a.startNew(), QString());
        ObjectionRecord entryA = newEntry(u"Fenster A"_s);
        QVERIFY(a.add(entryA).isEmpty());
        b.write("go\n");
        QVERIFY(b.waitForFinished(30000));
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const QString idB = QString::fromUtf8(b.readAllStandardOutput().trimmed());
        QVERIFY(a.entry(entryA.id).has_value());
        QVERIFY(a.entry(idB).has_value());
        QCOMPARE(a.count(), 2);
        // Every copy set aside is the damaged file, none is A's good one.
        const QStringList copies = QDir(folder).entryList({u"records-damaged-*.sqlite"_s});
        QVERIFY(!copies.isEmpty());
        for (const QString& copy : copies)
            QCOMPARE(readAll(folder + u'/' + copy), garbage);
    }

    // Loss 3: two windows change one entry. Another program attaches Meta's
    // mail while this window (with the entry as it was) records a
    // confirmation, and the other way round: both changes stay.
    void twoWindowsChangingOneEntryKeepBothChanges()
    {
        const QString path = m_dir.filePath(u"one-entry/records.sqlite"_s);
        RecordStore window(path);
        ObjectionRecord record = newEntry(u"Verein"_s);
        QVERIFY(window.add(record).isEmpty());
        const ObjectionRecord shown = *window.entry(record.id); // the window's copy
        int exitCode = -1;
        const QString sha(64, u'a');
        actor({u"attach"_s, path, record.id, sha}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QString first = ObjectionRecord::accountKey(shown.accounts.at(0));
        QVERIFY(window.confirm(shown.id, {first}, MetaConfirmation{QDate(2026, 12, 9), u"A"_s, {}})
                    .isEmpty());
        const QString second = ObjectionRecord::accountKey(shown.accounts.at(1));
        actor({u"confirm"_s, path, record.id, second}, &exitCode);
        QCOMPARE(exitCode, 0);
        Attachment picture;
        picture.originalName = u"Formular.png"_s;
        picture.storedName = record.id + u"/form.png"_s;
        picture.sha256 = QString(64, u'b');
        picture.size = 5;
        picture.addedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(window.addAttachment(shown.id, picture).isEmpty());
        const ObjectionRecord now = *window.entry(record.id);
        QCOMPARE(now.attachments.size(), 2);
        QCOMPARE(now.attachments.at(0).sha256, sha);
        QVERIFY(now.allConfirmed());
        QCOMPARE(now.confirmationFor(shown.accounts.at(0))->reference, u"A"_s);
        QCOMPARE(now.confirmationFor(shown.accounts.at(1))->reference, u"FB-9"_s);
        // Deleted in the other program: this window's change is refused, not
        // written into nothing.
        actor({u"remove"_s, path, record.id}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(window.setClosed(record.id, QDate(2027, 1, 1)).contains(u"no longer exists"_s));
    }

    // kill -9 while writing, hundreds of times: the database is sound and
    // holds every entry that was reported committed.
    void killedWhileWritingLosesNoCommittedEntry()
    {
        const QString path = m_dir.filePath(u"killed/records.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const int runs = qEnvironmentVariableIsSet("KIW_SHORT_TESTS") ? 25 : 200;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        QSet<QString> committed;
        // How long a writer takes here to start and commit its first entry:
        // milliseconds on Linux, a few hundred under Wine. The kills fall
        // before it as well as well into the writing.
        QElapsedTimer startup;
        startup.start();
        {
            QProcess first;
            first.start(QStringLiteral(KIW_ACTOR), {u"loop"_s, path, u"Anlauf"_s});
            QVERIFY(first.waitForReadyRead(30000));
            first.kill();
            QVERIFY(first.waitForFinished());
            for (const QByteArray& line : first.readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty())
                    committed.insert(QString::fromUtf8(line.trimmed()));
            }
        }
        const int firstCommit = int(startup.elapsed());
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(KIW_ACTOR), {u"loop"_s, path, u"Lauf %1"_s.arg(run)});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(int(random.bounded(10, 120 + firstCommit)));
            writer.kill(); // SIGKILL: no cleanup, as in a crash or power cut
            QVERIFY(writer.waitForFinished());
            for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty())
                    committed.insert(QString::fromUtf8(line.trimmed()));
            }
            if (run % 20 == 19 || run == runs - 1) {
                QCOMPARE(rawSql(path, u"PRAGMA integrity_check"_s, true).toString(), u"ok"_s);
                RecordStore store(path, RecordStore::Access::ReadOnly);
                store.open();
                QSet<QString> present;
                for (const ObjectionRecord& record : store.all())
                    present.insert(record.id);
                for (const QString& id : std::as_const(committed))
                    QVERIFY2(present.contains(id),
                             qPrintable(u"run %1 lost %2 (seed %3)"_s.arg(run).arg(id).arg(seed)));
            }
        }
        QVERIFY2(committed.size() > runs, "the writer committed hardly anything");
    }
};

QTEST_GUILESS_MAIN(RecordConcurrencyTest)
#include "RecordConcurrencyTest.moc"
