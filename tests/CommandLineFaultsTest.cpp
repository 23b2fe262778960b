#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "PopplerTools.h"
#include "ProfileFile.h"
#include "ProgramRunner.h"
#include "SampleRequests.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;
using ProgramRunner::Result;

namespace {
using TestFiles::readAll;
using TestFiles::writeFile;

// The name the batch gives the sample request's letter with --date 2026-11-29.
const QString sampleStem = u"Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29"_s;

} // namespace

// What a tester found by hand on the command line: full disks, links and
// special files, empty values, one file named twice, raw control characters
// on the terminal, messages that did not say what was wrong. Each row failed
// before its fix.
class CommandLineFaultsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profile;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(u"profil.kiw.json"_s);
        QVERIFY(ProfileFile::write(m_profile, sampleRequest()).isEmpty());
    }

    void fullDiskKeepsTheOldFileAndSaysSo()
    {
        TestFiles::FullDisk disk;
        if (!disk.mounted)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString text = disk.dir.filePath(u"brief.txt"_s);
        QVERIFY(writeFile(text, "der alte Text"));
        disk.fill();
        const Result result = ProgramRunner::run({u"--profile"_s, m_profile, u"--text"_s, text});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(u"disk is full"_s), qPrintable(result.err));
        QCOMPARE(readAll(text), QByteArray("der alte Text"));

        // A batch leaves no empty or half files behind, and says so.
        const QString folder = disk.dir.filePath(u"serie"_s);
        QVERIFY(QDir().mkpath(folder) || QFileInfo(folder).isDir());
        const Result batch = ProgramRunner::run(
            {u"--profile"_s, m_profile, u"--profile"_s, m_profile, u"--out-dir"_s, folder});
        QCOMPARE(batch.exitCode, 4);
        QVERIFY2(batch.err.contains(u"disk is full"_s), qPrintable(batch.err));
        QVERIFY2(batch.err.contains(u"0 of 2 letter(s) written to"_s), qPrintable(batch.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void fullOrClosedStandardOutputIsAnError()
    {
        Result result =
            ProgramRunner::runInShell(u"--profile '%1' --text - > /dev/full"_s.arg(m_profile));
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(u"disk is full"_s), qPrintable(result.err));
        result = ProgramRunner::runInShell(u"--profile '%1' --text - >&-"_s.arg(m_profile));
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(u"closed"_s), qPrintable(result.err));
        result =
            ProgramRunner::runInShell(u"--profile '%1' --pdf /dev/stdout >&-"_s.arg(m_profile));
        QCOMPARE(result.exitCode, 4);
    }

    // /dev/stdout is a link to whatever standard output is; appended to a
    // log, the log goes on instead of being replaced.
    void standardOutputAppendedToAFile()
    {
        const QString log = m_dir.filePath(u"protokoll.txt"_s);
        QVERIFY(writeFile(log, "Zeile davor\n"));
        const Result result = ProgramRunner::runInShell(
            u"--profile '%1' --text /dev/stdout >> '%2'"_s.arg(m_profile, log));
        QCOMPARE(result.exitCode, 0);
        const QByteArray written = readAll(log);
        QVERIFY(written.startsWith("Zeile davor\nWiderspruch gegen"));
        QVERIFY(QFileInfo(log).isFile() && !QFileInfo(log).isSymLink());
    }

    // As root a device node was replaced by a file.
    void aDeviceIsWrittenNotReplaced()
    {
        const QString node = m_dir.filePath(u"null"_s);
        if (QProcess::execute(u"mknod"_s, {node, u"c"_s, u"1"_s, u"3"_s}) != 0)
            QSKIP("cannot make a device node here (needs root)");
        const Result result = ProgramRunner::run({u"--profile"_s, m_profile, u"--pdf"_s, node});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo::exists(node) && !QFileInfo(node).isFile());
    }

    // A link planted under the name a batch will write must not lead the
    // letter into a file the user never named.
    void linkPlantedInTheBatchFolder()
    {
        const QString folder = m_dir.filePath(u"serie-link"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString victim = m_dir.filePath(u"wichtig.txt"_s);
        QVERIFY(writeFile(victim, "nicht überschreiben"));
        QVERIFY(QFile::link(victim, QDir(folder).filePath(sampleStem + u".pdf"_s)));
        const Result result = ProgramRunner::run(
            {u"--profile"_s, m_profile, u"--out-dir"_s, folder, u"--date"_s, u"2026-11-29"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(u"symbolic link"_s), qPrintable(result.err));
        QCOMPARE(readAll(victim), QByteArray("nicht überschreiben"));
        QVERIFY(PopplerTools::rawText(QDir(folder).filePath(sampleStem + u"-2.pdf"_s))
                    .contains(u"Musterstadt"_s));
        QVERIFY(QFile::exists(QDir(folder).filePath(sampleStem + u"-2.txt"_s)));

        // A folder reached through a link (Documents on another drive) is fine:
        // only what stands under a file's own name is never written through.
        const QString linkedFolder = m_dir.filePath(u"serie-verweis"_s);
        QVERIFY(QFile::link(folder, linkedFolder));
        const Result intoLink = ProgramRunner::run({u"--profile"_s, m_profile, u"--out-dir"_s,
                                                    linkedFolder, u"--date"_s, u"2026-11-29"_s});
        QCOMPARE(intoLink.exitCode, 0);
        QVERIFY(QFile::exists(QDir(folder).filePath(sampleStem + u"-3.pdf"_s)));
        QCOMPARE(readAll(victim), QByteArray("nicht überschreiben"));
    }

    // A later run, or one running at the same time, never replaces what
    // another wrote: every letter of every run is there afterwards.
    void batchesNeverReplaceEachOthersLetters()
    {
        const QString folder = m_dir.filePath(u"serie-zwei"_s);
        QStringList arguments;
        for (int i = 0; i < 40; ++i)
            arguments << u"--profile"_s << m_profile;
        arguments << u"--out-dir"_s << folder << u"--date"_s << u"2026-11-29"_s;
        QProcess first;
        QProcess second;
        for (QProcess* process : {&first, &second}) {
            process->setProcessEnvironment(ProgramRunner::environment());
            process->start(QStringLiteral(KIW_BINARY), arguments);
        }
        QCOMPARE(ProgramRunner::finish(first, 120000).exitCode, 0);
        QCOMPARE(ProgramRunner::finish(second, 120000).exitCode, 0);
        QCOMPARE(ProgramRunner::run(arguments).exitCode, 0);
        const QDir dir(folder);
        QCOMPARE(dir.entryList({u"*.pdf"_s}, QDir::Files).size(), 120);
        QCOMPARE(dir.entryList({u"*.txt"_s}, QDir::Files).size(), 120);
        QVERIFY(dir.entryList({u".kiw-*"_s}, QDir::Files | QDir::Hidden).isEmpty());
        for (const QString& pdf : dir.entryList({u"*.pdf"_s}, QDir::Files))
            QVERIFY2(readAll(dir.filePath(pdf)).startsWith("%PDF"), qPrintable(pdf));
    }

    void emptyValuesAreWrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const QString& option : {u"--pdf"_s, u"--text"_s, u"--out-dir"_s}) {
            QTest::addRow("%s alone", qPrintable(option)) << QStringList{option, QString()};
            QTest::addRow("%s= alone", qPrintable(option)) << QStringList{option + u'='};
            QTest::addRow("%s with profile", qPrintable(option))
                << QStringList{u"--profile"_s, u"PROFILE"_s, option, QString()};
        }
        QTest::newRow("empty profile") << QStringList{u"--profile"_s, QString()};
    }

    void emptyValuesAreWrongUsage()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"PROFILE"_s, m_profile);
        const Result result = ProgramRunner::run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"empty value"_s), qPrintable(result.err));
    }

    void oneFileNamedTwice()
    {
        const QByteArray profileBefore = readAll(m_profile);
        Result result = ProgramRunner::run({u"--profile"_s, m_profile, u"--pdf"_s, m_profile});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"profile"_s), qPrintable(result.err));
        const QString alias = m_dir.filePath(u"alias.json"_s);
        QVERIFY(QFile::link(m_profile, alias));
        result = ProgramRunner::run({u"--profile"_s, m_profile, u"--text"_s, alias});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(readAll(m_profile), profileBefore);

        const QString both = m_dir.filePath(u"beides"_s);
        result = ProgramRunner::run({u"--profile"_s, m_profile, u"--pdf"_s, both, u"--text"_s,
                                     m_dir.filePath(u"./unter/../beides"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"same file"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(both));
    }

    // A FIFO that no program reads would make the program wait forever.
    void fifoWithoutReaderIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(u"ausgabe.fifo"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        const Result result =
            ProgramRunner::run({u"--profile"_s, m_profile, u"--pdf"_s, fifo}, 20000);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(u"no program reads from it"_s), qPrintable(result.err));
    }

    void fifoAsProfileIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(u"fifo.json"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        const Result result = ProgramRunner::run(
            {u"--profile"_s, fifo, u"--pdf"_s, m_dir.filePath(u"x.pdf"_s)}, 20000);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"not a file on a drive"_s), qPrintable(result.err));
    }

    // Values from a profile reach the terminal escaped: no colour codes, no
    // cursor moves, no fake second line.
    void terminalOutputIsEscaped()
    {
        QByteArray json = ProfileFile::toJson(sampleRequest());
        json.replace("\"publicAuthority\"", "\"\\u001b[31mrot\\nFEHLER: gefälscht\\u202e\"");
        const QString path = m_dir.filePath(u"bunt\nzeile.json"_s);
        QVERIFY(writeFile(path, json));
        const Result result =
            ProgramRunner::run({u"--profile"_s, path, u"--pdf"_s, m_dir.filePath(u"bunt.pdf"_s)});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(!result.err.contains(u'\x1b'), qPrintable(result.err));
        QVERIFY(!result.err.contains(QChar(0x202e)));
        QVERIFY2(result.err.contains(u"\\e[31mrot\\nFEHLER"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"bunt\\nzeile.json"_s), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1); // one line, one message
    }

    void messagesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english"); // none of it may appear in the German message
        QTest::newRow("UTF-16") << u"utf16"_s << u"UTF-16"_s << u"looks like"_s;
        QTest::newRow("link loop") << u"loop"_s << u"im Kreis"_s << u"symbolic links"_s;
        QTest::newRow("folder") << u"ordner"_s << u"ein Ordner"_s << u"folder"_s;
    }

    void messagesSayWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(QString, german);
        QFETCH(QString, english);
        const QString path = m_dir.filePath(file + u".json"_s);
        if (file == "utf16"_L1) {
            const QString text = QString::fromUtf8(ProfileFile::toJson(sampleRequest()));
            QByteArray bytes("\xff\xfe");
            bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            QVERIFY(writeFile(path, bytes));
        } else if (file == "loop"_L1) {
            QVERIFY(QFile::link(path + u".b"_s, path));
            QVERIFY(QFile::link(path, path + u".b"_s));
        } else {
            QVERIFY(QDir().mkpath(path));
        }
        const Result result = ProgramRunner::run(
            {u"--lang"_s, u"de"_s, u"--profile"_s, path, u"--pdf"_s, m_dir.filePath(u"m.pdf"_s)});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(german), qPrintable(result.err));
        QVERIFY2(!result.err.contains(english), qPrintable(result.err));
    }

    void noDisplayIsSaidInTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("display");
        QTest::newRow("no DISPLAY") << QStringList{u"--lang"_s, u"de"_s} << QString();
        QTest::newRow("-platform xcb")
            << QStringList{u"--lang"_s, u"de"_s, u"-platform"_s, u"xcb"_s} << QString();
        QTest::newRow("DISPLAY that is not there") << QStringList{u"--lang"_s, u"de"_s} << u":87"_s;
        QTest::newRow("no such platform")
            << QStringList{u"--lang"_s, u"de"_s, u"-platform"_s, u"gibtsnicht"_s} << u":87"_s;
    }

    void endedFromOutsideTheEntriesAreKept_data()
    {
        QTest::addColumn<bool>("remember");
        QTest::newRow("remembering turned on") << true;
        QTest::newRow("default: nothing kept") << false;
    }

    // Logging out or Ctrl+C ends the wizard without a question (no one may be
    // there to answer): the entries are remembered for the next start if the
    // user turned that on, and nothing is written if not (the default).
    void endedFromOutsideTheEntriesAreKept()
    {
        QFETCH(bool, remember);
        QTemporaryDir home;
        const QString conf = home.filePath(u"config/KI-Widerspruch/ki-widerspruch.conf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(conf).absolutePath()));
        if (remember)
            QVERIFY(writeFile(conf, "[privacy]\nrememberEntries=true\n"));
        QProcessEnvironment environment = ProgramRunner::environment();
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // a wizard without a screen
        QProcess wizard;
        wizard.setProcessEnvironment(environment);
        wizard.start(QStringLiteral(KIW_BINARY), {u"--profile"_s, m_profile});
        QVERIFY(wizard.waitForStarted());
        // Ready once it catches SIGTERM (bit 15 of SigCgt in /proc/PID/status).
        const auto catchesTerm = [&wizard] {
            const QByteArray status =
                TestFiles::readAll(u"/proc/%1/status"_s.arg(wizard.processId()));
            const qsizetype at = status.indexOf("SigCgt:");
            return at >= 0 && (status.mid(at + 7, 17).trimmed().toULongLong(nullptr, 16) &
                               (1ULL << (SIGTERM - 1)));
        };
        QTRY_VERIFY_WITH_TIMEOUT(catchesTerm(), 30000);
        ::kill(pid_t(wizard.processId()), SIGTERM);
        QVERIFY(wizard.waitForFinished(30000));
        QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
        QCOMPARE(wizard.exitCode(), 0);
        const QByteArray settings = TestFiles::readAll(conf);
        QVERIFY2(settings.contains("Stadt Musterstadt") == remember, settings.constData());
    }

    void noDisplayIsSaidInTheUsersLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, display);
        QProcessEnvironment environment = ProgramRunner::environment();
        if (!display.isEmpty())
            environment.insert(u"DISPLAY"_s, display);
        const Result result = ProgramRunner::run(arguments, 60000, environment);
        if (arguments.contains(u"gibtsnicht"_s)) { // not a missing display: Qt's own words
            QVERIFY2(result.err.contains(u"gibtsnicht"_s) && !result.err.contains(u"Bildschirm"_s),
                     qPrintable(result.err));
            return;
        }
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"Bildschirm"_s) && result.err.contains(u"--pdf"_s),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"platform plugin"_s), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(CommandLineFaultsTest)
#include "CommandLineFaultsTest.moc"
