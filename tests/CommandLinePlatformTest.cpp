#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ProfileFile.h"
#include "ProgramRunner.h"
#include "SampleRequests.h"
#include "TestFiles.h"

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

// The command line where Windows and Linux differ: standard output ("--text
// -" gives the same bytes as a file, on Windows too), arguments beyond the
// ANSI code page, and Windows' device names, case-insensitive names and files
// held open. Needs neither qpdf nor Poppler, so it runs on Windows as well.
class CommandLinePlatformTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profile;

    using Result = ProgramRunner::Result;
    static Result run(const QStringList& arguments) { return ProgramRunner::run(arguments); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(u"profil.json"_s);
        QVERIFY(ProfileFile::write(m_profile, sampleRequest()).isEmpty());
    }

    // "--text -" writes the bytes "--text FILE" writes: UTF-8, lines ending
    // in "\n" (no "\r\n" on Windows).
    void standardOutputGetsTheFilesBytes()
    {
        const QString file = m_dir.filePath(u"form.txt"_s);
        const QStringList common{u"--profile"_s, m_profile, u"--date"_s, u"2026-11-29"_s};
        QCOMPARE(run(common + QStringList{u"--text"_s, file}).exitCode, 0);
        const Result result = run(common + QStringList{u"--text"_s, u"-"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.isEmpty());
        QVERIFY(!result.out.contains('\r'));
        QVERIFY(result.out.contains("Widerspruch")); // German, as the profile
        QCOMPARE(result.out, TestFiles::readAll(file));
    }

    // Standard output sent into the file --pdf names: one would be lost.
    void standardOutputIntoThePdf()
    {
        const QString pdf = m_dir.filePath(u"same.pdf"_s);
        QVERIFY(TestFiles::writeFile(pdf, "alt"));
        QProcess process;
        process.setProcessEnvironment(ProgramRunner::environment());
        process.setStandardOutputFile(pdf, QIODevice::Append);
        process.start(QStringLiteral(KIW_BINARY),
                      {u"--profile"_s, m_profile, u"--pdf"_s, pdf, u"--text"_s, u"-"_s});
        const Result result = ProgramRunner::finish(process, 120000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"same file"_s), qPrintable(result.err));
        QCOMPARE(TestFiles::readAll(pdf), QByteArray("alt"));
    }

    // Paths reach the program whole, also with characters no ANSI code page
    // of Windows has together.
    void pathsInAnyScript()
    {
        const QString folder = m_dir.filePath(u"Łódź Ящик 東京"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString profile = folder + u"/Profil ł.json"_s;
        QVERIFY(QFile::copy(m_profile, profile));
        const QString text = folder + u"/Text ж.txt"_s;
        const Result result = run({u"--profile"_s, profile, u"--text"_s, text});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(TestFiles::readAll(text).contains("Widerspruch"));
    }

    // Windows opens the device for CON, NUL, COM1, … in every folder and with
    // any extension: refused with a message, never opened (CON would wait
    // for the keyboard), nothing written.
    void windowsDeviceNames_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("--pdf NUL") << QStringList{u"--pdf"_s, u"NUL"_s} << 4;
        QTest::newRow("--pdf CON") << QStringList{u"--pdf"_s, u"CON"_s} << 4;
        QTest::newRow("--text in a folder, any case")
            << QStringList{u"--text"_s, u"%1/Nul.txt"_s} << 4;
        QTest::newRow("--pdf COM1 with extension")
            << QStringList{u"--pdf"_s, u"%1/com1.pdf"_s} << 4;
        QTest::newRow("--profile CON")
            << QStringList{u"--profile"_s, u"con"_s, u"--text"_s, u"-"_s} << 3;
    }

    void windowsDeviceNames()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        for (QString& argument : arguments)
            argument.replace(u"%1"_s, m_dir.path());
        if (!arguments.contains(u"--profile"_s))
            arguments << u"--profile"_s << m_profile;
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        const Result result = run(arguments + QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(u"keeps for a device"_s), qPrintable(result.err));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
#endif
    }

    // "profil.JSON" is the profile on Windows' drives.
    void windowsNamesInAnyCase()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        const QByteArray before = TestFiles::readAll(m_profile);
        const Result result = run({u"--profile"_s, m_profile, u"--pdf"_s,
                                   m_dir.filePath(u"PROFIL.json"_s), u"--lang"_s, u"en"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"would write over the profile"_s), qPrintable(result.err));
        QCOMPARE(TestFiles::readAll(m_profile), before);
#endif
    }

    // A letter open in a PDF viewer that does not let others delete it.
    void windowsFileHeldOpen()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        const QString pdf = m_dir.filePath(u"offen.pdf"_s);
        QVERIFY(TestFiles::writeFile(pdf, "alt"));
        const HANDLE viewer = CreateFileW(
            reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(pdf).utf16()), GENERIC_READ,
            FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        QVERIFY(viewer != INVALID_HANDLE_VALUE);
        const Result result =
            run({u"--profile"_s, m_profile, u"--pdf"_s, pdf, u"--lang"_s, u"en"_s});
        CloseHandle(viewer);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(u"open in another program"_s), qPrintable(result.err));
        QCOMPARE(TestFiles::readAll(pdf), QByteArray("alt"));
#endif
    }
};

QTEST_GUILESS_MAIN(CommandLinePlatformTest)
#include "CommandLinePlatformTest.moc"
