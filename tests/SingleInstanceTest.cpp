#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

#include "DesktopDatabase.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "SingleInstance.h"

using namespace Qt::StringLiterals;

// One program, one window, tested on the real program (KIW_BINARY) on the
// offscreen platform: a first instance is started with --report-events and
// says on standard output what its window did ("listening", "raised",
// "record-window ID" with the entry selected in the record window). Second
// starts, links through xdg-open, crashed, hung and hostile peers must reach
// it, or leave it untouched, and never hang.
namespace {
QProcessEnvironment programEnvironment()
{
    // ctest gives QT_QPA_PLATFORM=offscreen; IsolatedHome the folders, which
    // decide the instance's socket name.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    return environment;
}

// A running ki-widerspruch whose reports are read line by line.
class Program
{
public:
    explicit Program(const QStringList& arguments)
    {
        m_process.setProcessEnvironment(programEnvironment());
        m_process.start(QStringLiteral(KIW_BINARY),
                        QStringList{u"--report-events"_s, u"--lang"_s, u"en"_s} + arguments);
        m_process.waitForStarted();
    }
    ~Program() { stop(); }
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    // Waits for a report not seen by an earlier wait.
    bool waitFor(const QString& report, int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            read();
            const qsizetype at = m_reports.indexOf(report, m_seen);
            if (at >= 0) {
                m_seen = at + 1;
                return true;
            }
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }
    // Listening for later starts, and the first page painted.
    bool ready() { return waitFor(u"listening"_s) && waitFor(u"window"_s); }
    // Reports after the last one waited for.
    QStringList unseen()
    {
        read();
        return m_reports.mid(m_seen);
    }
    QString errors()
    {
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        return m_errors;
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    bool finished(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }
    int exitCode() const { return m_process.exitCode(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: ends in order, lock and socket go
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_reports << QString::fromUtf8(m_buffer.left(end));
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_reports;
    qsizetype m_seen = 0;
    QString m_errors;
};

struct Run
{
    int exitCode = -1; // -1: crashed or still running after the time given
    QString out;
    QString err;
    qint64 milliseconds = 0;
};

Run run(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& environment = programEnvironment(), int timeoutMs = 20000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.milliseconds = clock.elapsed();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run start(const QStringList& arguments)
{
    return run(QStringLiteral(KIW_BINARY), arguments);
}

// What a peer hears back after sending `bytes` (empty: dropped without an
// answer).
QByteArray answerTo(const QByteArray& bytes)
{
    QLocalSocket socket;
    socket.connectToServer(SingleInstance::serverName());
    if (!socket.waitForConnected(5000))
        return "not connected";
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer + socket.readAll();
}
} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The program's names: the same data folder, record and socket name.
        QCoreApplication::setOrganizationName(u"KI-Widerspruch"_s);
        QCoreApplication::setApplicationName(u"ki-widerspruch"_s);
#ifdef SIGPIPE
        std::signal(SIGPIPE, SIG_IGN); // a peer that writes on after being dropped
#endif
        RecordStore records;
        QVERIFY(records.open().isEmpty());
        ObjectionRecord record = sampleRecord();
        m_id = record.id;
        QVERIFY(records.add(record).isEmpty());
        ObjectionRecord other = sampleRecord();
        other.id = u"b7e0c4d2-1a2b-4c3d-8e9f-0a1b2c3d4e5f"_s;
        other.organisation = u"Kirchengemeinde St. Petri"_s;
        m_otherId = other.id;
        QVERIFY(records.add(other).isEmpty());
    }

    // A start with an entry ends at once with success; the open window shows
    // the record with that entry selected.
    void entryReachesTheOpenWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--record-entry") << QStringList{u"--record-entry"_s, m_id};
        QTest::newRow("link, as the desktop file starts it")
            << QStringList{u"--"_s, u"ki-widerspruch://record/"_s + m_id};
        QTest::newRow("link in capitals, with a slash")
            << QStringList{u"KI-WIDERSPRUCH://Record/"_s + m_id + u'/'};
    }

    void entryReachesTheOpenWindow()
    {
        QFETCH(QStringList, arguments);
        Program first({});
        QVERIFY2(first.waitFor(u"listening"_s), qPrintable(first.errors()));
        const Run second = start(arguments);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.isEmpty() && second.err.isEmpty(), qPrintable(second.out + second.err));
        QVERIFY2(first.waitFor(u"record-window "_s + m_id), qPrintable(first.unseen().join(u'|')));
        // Another entry while the record window is open: it moves there.
        QCOMPARE(start({u"--record-entry"_s, m_otherId}).exitCode, 0);
        QVERIFY2(first.waitFor(u"record-window "_s + m_otherId),
                 qPrintable(first.unseen().join(u'|')));
        QVERIFY(first.running());
    }

    // A plain second start brings the window forward and opens nothing.
    void plainSecondStartOnlyRaisesTheWindow()
    {
        Program first({});
        QVERIFY2(first.waitFor(u"listening"_s), qPrintable(first.errors()));
        const Run second = start({});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(first.waitFor(u"raised"_s));
        QVERIFY(first.waitFor(u"record-window closed"_s));
    }

    // Without a running program a link opens the program at the entry.
    void firstStartWithALinkOpensTheEntry()
    {
        Program first({u"--"_s, u"ki-widerspruch://record/"_s + m_id});
        QVERIFY2(first.waitFor(u"listening"_s), qPrintable(first.errors()));
        QVERIFY2(first.waitFor(u"record-window "_s + m_id), qPrintable(first.unseen().join(u'|')));
    }

    // Refused before anything is done with it: wrong usage (2), a message
    // that says what a link looks like, and the open window hears nothing.
    void malformedLinksAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString notALink = u"is not a link to an entry of the record"_s;
        const QString notAnId = u"is not the id of an entry of the record"_s;
        QTest::newRow("other host, up")
            << QStringList{u"--"_s, u"ki-widerspruch://evil/.."_s} << notALink;
        QTest::newRow("percent-encoded dots")
            << QStringList{u"--"_s, u"ki-widerspruch://record/%2e%2e"_s} << notALink;
        QTest::newRow("query") << QStringList{u"--"_s, u"ki-widerspruch://record/abc?x=1"_s}
                               << notALink;
        QTest::newRow("without --") << QStringList{u"ki-widerspruch://record/a/b"_s} << notALink;
        QTest::newRow("very long")
            << QStringList{u"--"_s, u"ki-widerspruch://record/"_s + QString(100000, u'a')}
            << notALink;
        QTest::newRow("escape sequence")
            << QStringList{u"--"_s, u"ki-widerspruch://record/\u001b[2J"_s} << notALink;
        QTest::newRow("two links")
            << QStringList{u"--"_s, u"ki-widerspruch://record/a"_s, u"ki-widerspruch://record/b"_s}
            << u"Only one link"_s;
        QTest::newRow("link and --record-entry")
            << QStringList{u"--record-entry"_s, u"a"_s, u"--"_s, u"ki-widerspruch://record/b"_s}
            << u"Give one record entry"_s;
        QTest::newRow("--record-entry ..") << QStringList{u"--record-entry"_s, u".."_s} << notAnId;
        QTest::newRow("--record-entry with a path")
            << QStringList{u"--record-entry"_s, u"../../etc/passwd"_s} << notAnId;
        QTest::newRow("--record-entry with a line break")
            << QStringList{u"--record-entry"_s, u"abc\n"_s} << notAnId;
        QTest::newRow("--record-entry twice")
            << QStringList{u"--record-entry"_s, u"a"_s, u"--record-entry"_s, u"b"_s}
            << u"Give one record entry"_s;
        QTest::newRow("--record-entry empty")
            << QStringList{u"--record-entry="_s} << u"--record-entry was given an empty value"_s;
    }

    void malformedLinksAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        if (!m_open) {
            m_open = std::make_unique<Program>(QStringList{});
            QVERIFY2(m_open->ready(), qPrintable(m_open->errors()));
        }
        const Run refused = start(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QVERIFY2(refused.err.size() < 1000, qPrintable(refused.err.left(1000)));
        QVERIFY2(!refused.err.contains(u'\u001b'), qPrintable(refused.err)); // shown as \e
        QVERIFY(refused.out.isEmpty());
    }

    // The window that was open heard none of them, and still answers.
    void refusedLinksLeaveTheOpenWindowAlone()
    {
        QVERIFY(m_open);
        QCOMPARE(m_open->unseen(), QStringList());
        QCOMPARE(start({}).exitCode, 0);
        QVERIFY(m_open->waitFor(u"raised"_s));
        m_open.reset();
    }

    // A killed instance leaves its socket (and its lock): the next start
    // neither sends its request into the dead socket nor waits for it, but
    // takes over the name.
    void staleSocketIsTakenOver_data()
    {
        QTest::addColumn<bool>("removeLock");
        QTest::newRow("socket and lock left") << false;
        QTest::newRow("socket alone left") << true;
    }

    void staleSocketIsTakenOver()
    {
        QFETCH(bool, removeLock);
        {
            Program crashed({});
            QVERIFY(crashed.waitFor(u"listening"_s));
            ::kill(pid_t(crashed.pid()), SIGKILL);
            QVERIFY(crashed.finished(10000));
        }
        QVERIFY(QFile::exists(SingleInstance::serverName()));
        QVERIFY(QFile::exists(SingleInstance::lockFilePath()));
        if (removeLock)
            QVERIFY(QFile::remove(SingleInstance::lockFilePath()));
        Program next({});
        QVERIFY2(next.waitFor(u"listening"_s), qPrintable(next.errors()));
        QVERIFY2(!next.errors().contains(u"does not answer"_s), qPrintable(next.errors()));
        const Run second = start({u"--record-entry"_s, m_id});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(next.waitFor(u"record-window "_s + m_id));
    }

    // A hung instance (stopped) takes the connection but never answers: the
    // next start waits a few seconds at most, says so, and opens a window of
    // its own at the entry.
    void hungInstanceNeverBlocksAStart()
    {
        Program hung({});
        QVERIFY(hung.waitFor(u"listening"_s));
        ::kill(pid_t(hung.pid()), SIGSTOP);
        QElapsedTimer clock;
        clock.start();
        Program second({u"--record-entry"_s, m_id});
        const bool shown = second.waitFor(u"window"_s);
        ::kill(pid_t(hung.pid()), SIGCONT);
        QVERIFY2(shown, qPrintable(second.errors()));
        QVERIFY2(clock.elapsed() >= SingleInstance::defaultTimeoutMs, "it did not wait at all");
        QVERIFY2(second.errors().contains(u"does not answer"_s), qPrintable(second.errors()));
        QVERIFY2(second.waitFor(u"record-window "_s + m_id), qPrintable(second.errors()));
        QCOMPARE(second.unseen(), QStringList()); // not listening: the name is the first's
    }

    // Any program of the user may connect: what is not exactly a request
    // with a valid id gets "NO" or is dropped, nothing reaches the window,
    // and it answers right requests afterwards.
    void hostilePeersAreDropped()
    {
        Program first({});
        QVERIFY(first.ready());
        QCOMPARE(answerTo("KIW-OPEN 1 ../x\n"), QByteArray("NO\n"));
        QCOMPARE(answerTo("KIW-OPEN 1 a/b\n"), QByteArray("NO\n"));
        QCOMPARE(answerTo("KIW-OPEN 1 " + QByteArray(65, 'a') + '\n'), QByteArray("NO\n"));
        QCOMPARE(answerTo("KIW-OPEN 2 abc\n"), QByteArray("NO\n"));
        QCOMPARE(answerTo("GET / HTTP/1.1\r\n\r\n"), QByteArray("NO\n"));
        QCOMPARE(answerTo("KIW-OPEN 1 abc\r\n"), QByteArray("NO\n"));
        QCOMPARE(answerTo(QByteArray("KIW-OPEN 1 \xc3\xa4\n")), QByteArray("NO\n"));
        // Too much without a line end: dropped after a request's length.
        QCOMPARE(answerTo(QByteArray(1 << 20, 'A')), QByteArray());
        // Nothing at all, from more peers than are served at once: dropped.
        std::vector<std::unique_ptr<QLocalSocket>> silent;
        for (int i = 0; i < 20; ++i) {
            silent.push_back(std::make_unique<QLocalSocket>());
            silent.back()->connectToServer(SingleInstance::serverName());
            QVERIFY(silent.back()->waitForConnected(5000));
        }
        for (const auto& socket : silent) {
            QVERIFY(socket->state() == QLocalSocket::UnconnectedState ||
                    socket->waitForDisconnected(10000));
        }
        QCOMPARE(first.unseen(), QStringList());
        QCOMPARE(answerTo(SingleInstance::request(m_id)), QByteArray("OK\n"));
        QVERIFY(first.waitFor(u"record-window "_s + m_id));
    }

    // What the server takes, checked on its side too.
    void requestsAreReadStrictly()
    {
        QCOMPARE(SingleInstance::entryFromRequest(SingleInstance::request(m_id)).value_or(u"-"_s),
                 m_id);
        QCOMPARE(SingleInstance::entryFromRequest(SingleInstance::request({})).value_or(u"-"_s),
                 QString());
        QCOMPARE(SingleInstance::request(u"../x"_s), SingleInstance::request({}));
        for (const QByteArray& line :
             {QByteArray("KIW-OPEN 1 abc"), QByteArray("KIW-OPEN 1 ..\n"),
              QByteArray("KIW-OPEN 1  abc\n"), QByteArray("KIW-OPEN 1 abc def\n"),
              QByteArray("KIW-OPEN 1 abc\n\n"), QByteArray("kiw-open 1 abc\n"),
              QByteArray("KIW-OPEN 1 abc\0\n", 16), QByteArray("\n"), QByteArray(),
              QByteArray(QByteArray("KIW-OPEN 1 ") + QByteArray(200, 'a') + '\n')})
            QVERIFY2(!SingleInstance::entryFromRequest(line), line.toHex().constData());
    }

    // Two starts at the same moment: one window; the other start reaches it.
    void twoStartsAtOnceMakeOneWindow()
    {
        Program one({});
        Program two({});
        QTRY_VERIFY_WITH_TIMEOUT(!one.running() || !two.running(), 20000);
        Program& open = one.running() ? one : two;
        Program& ended = one.running() ? two : one;
        QCOMPARE(ended.exitCode(), 0);
        QCOMPARE(ended.unseen(), QStringList());
        QVERIFY2(open.waitFor(u"listening"_s), qPrintable(open.errors()));
        QVERIFY(open.waitFor(u"raised"_s));
        QVERIFY(open.running());
    }

    // The calendar's link as the desktop opens it: xdg-open (no desktop
    // environment set, so its generic way: the default handler of
    // x-scheme-handler/ki-widerspruch from mimeapps.list) starts the desktop
    // file's Exec, the program with "-- %u", which reaches the open window.
    void linkThroughXdgOpen_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("reaches");
        QTest::newRow("link to the entry") << u"ki-widerspruch://record/"_s + m_id << true;
        QTest::newRow("hostile link") << u"ki-widerspruch://evil/../record/x?y#z"_s << false;
    }

    void linkThroughXdgOpen()
    {
        QFETCH(QString, link);
        QFETCH(bool, reaches);
        const QString xdgOpen = QStandardPaths::findExecutable(u"xdg-open"_s);
        const QString xdgMime = QStandardPaths::findExecutable(u"xdg-mime"_s);
        if (xdgOpen.isEmpty() || xdgMime.isEmpty())
            QSKIP("xdg-utils is not installed (scripts/install-dependencies.sh installs it)");
        if (QStringLiteral(KIW_BINARY).contains(u' '))
            QSKIP("xdg-open splits Exec at spaces; the build folder has one");

        QVERIFY(DesktopDatabase::installLinkHandler(u"kiw-link-test.desktop"_s, KIW_BINARY));
        const QString applications = qEnvironmentVariable("XDG_DATA_HOME") + u"/applications"_s;
        const QString update = QStandardPaths::findExecutable(u"update-desktop-database"_s);
        if (!update.isEmpty())
            QCOMPARE(run(update, {applications}).exitCode, 0);
        QTemporaryDir system;
        const QProcessEnvironment environment =
            DesktopDatabase::withoutDesktop(programEnvironment(), system.path());

        const Run query = run(
            xdgMime, {u"query"_s, u"default"_s, u"x-scheme-handler/ki-widerspruch"_s}, environment);
        QCOMPARE(query.out.trimmed(), u"kiw-link-test.desktop"_s);

        Program first({});
        QVERIFY2(first.ready(), qPrintable(first.errors()));
        const Run opened = run(xdgOpen, {link}, environment);
        if (reaches) {
            QVERIFY2(opened.exitCode == 0, qPrintable(opened.out + opened.err));
            QVERIFY2(first.waitFor(u"record-window "_s + m_id),
                     qPrintable(first.unseen().join(u'|')));
        } else {
            // The program refused it (wrong usage). xdg-open passes that on
            // in xdg-utils 1.1 (Debian 12), not in 1.2 (Debian 13): the
            // program's message is what counts.
            QVERIFY2(opened.err.contains(u"is not a link to an entry of the record"_s),
                     qPrintable(opened.err));
            QCOMPARE(first.unseen(), QStringList());
            QVERIFY(first.running());
        }
    }

private:
    QString m_id;
    QString m_otherId;
    std::unique_ptr<Program> m_open; // the window refused links must leave alone
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
