#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <unistd.h>
#endif

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {
using TestFiles::readAll;

bool writeText(QIODevice* device, const QByteArray& text)
{
    return device->write(text) == text.size();
}

#ifdef Q_OS_UNIX
// Root may write anywhere, so the write is tried by the user "nobody" in a
// folder it may read but not write (as on a managed PC).
void readOnlyFolderAsAnotherUser()
{
    const QString folder = u"/tmp/kiw-readonly-%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadOther | QFile::ExeOther);
    QProcess probe;
    probe.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                               QStringLiteral(KIW_WRITE_PROBE), folder + u"/brief.pdf"_s});
    const bool finished = probe.waitForFinished(30000);
    const QString message = QString::fromUtf8(probe.readAllStandardError());
    const bool written = QFile::exists(folder + u"/brief.pdf"_s);
    QDir(folder).removeRecursively();
    if (!finished || probe.exitCode() == 126 || probe.exitCode() == 127)
        QSKIP("cannot run a process as the user nobody here");
    QCOMPARE(probe.exitCode(), 0);
    QVERIFY2(message.contains(u"brief.pdf"_s), qPrintable(message));
    QVERIFY(!written);
}

// A write-protected file in a folder everyone may write to, as the user
// "nobody": the message names the file's protection, not the folder, and the
// file stays as it was.
void writeProtectedFileAsAnotherUser()
{
    const QString folder = u"/tmp/kiw-protected-%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
    const QString path = folder + u"/brief.pdf"_s;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("alt") == 3);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QProcess probe;
    probe.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                               QStringLiteral(KIW_WRITE_PROBE), path});
    const bool finished = probe.waitForFinished(30000);
    const QString message = QString::fromUtf8(probe.readAllStandardError());
    QFile file(path);
    const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();
    QDir(folder).removeRecursively();
    if (!finished || probe.exitCode() == 126 || probe.exitCode() == 127)
        QSKIP("cannot run a process as the user nobody here");
    QCOMPARE(probe.exitCode(), 0);
    QVERIFY2(message.contains(u"write-protected"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"folder"_s), qPrintable(message));
    QCOMPARE(content, QByteArray("alt"));
}

// The probe in a shell, for what only a shell does: redirect or close its
// standard output. Returns the probe's exit code (0: refused, 1: written).
int probeInShell(const QString& command, QString* message = nullptr)
{
    QProcess shell;
    shell.start(u"bash"_s, {u"-c"_s, u"exec \"$0\" "_s + command, QStringLiteral(KIW_WRITE_PROBE)});
    if (!shell.waitForFinished(30000))
        return -1;
    if (message)
        *message = QString::fromUtf8(shell.readAllStandardError());
    return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
}
#endif

#ifdef Q_OS_WIN
// A junction (a link to a folder that needs no privilege), made as a user
// makes one: mklink /J in the command prompt.
bool makeJunction(const QString& junction, const QString& target)
{
    return QProcess::execute(u"cmd"_s,
                             {u"/c"_s, u"mklink"_s, u"/J"_s, QDir::toNativeSeparators(junction),
                              QDir::toNativeSeparators(target)}) == 0 &&
           QFileInfo(junction).isDir();
}
#endif
} // namespace

class AtomicFileWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void writesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"brief.pdf"_s);
        const QString error =
            AtomicFileWriter::write(path, [](QIODevice* d) { return writeText(d, "neu"); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("neu"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"brief.pdf"_s});
    }

    void failedWriteLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"brief.pdf"_s);
        const QString error = AtomicFileWriter::write(path, [](QIODevice* d) {
            writeText(d, "halb");
            return false; // the renderer gave up half-way, as on a full disk
        });
        QVERIFY(error.contains(u"brief.pdf"_s));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"brief.pdf"_s);
        QVERIFY(AtomicFileWriter::write(path, [](QIODevice* d) {
                    return writeText(d, "alt");
                }).isEmpty());
        const QString error = AtomicFileWriter::write(path, [](QIODevice* d) {
            writeText(d, "neu und halb");
            return false;
        });
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(path), QByteArray("alt"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"brief.pdf"_s});
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gibt-es-nicht/brief.pdf"_s);
        const QString error =
            AtomicFileWriter::write(path, [](QIODevice* d) { return writeText(d, "x"); });
        QVERIFY(error.contains(u"does not exist"_s) || error.contains(u"gibt es nicht"_s));
        QVERIFY(error.contains(u"gibt-es-nicht"_s));
        QVERIFY(!QFile::exists(path));
    }

    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"brief.pdf"_s));
        const QString error = AtomicFileWriter::write(
            dir.filePath(u"brief.pdf"_s), [](QIODevice* d) { return writeText(d, "x"); });
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(dir.filePath(u"brief.pdf"_s)).isDir());
    }

    void readOnlyFolder()
    {
#ifdef Q_OS_WIN
        QSKIP("a folder's read-only attribute does not keep files out on Windows");
#else
        if (geteuid() == 0) {
            readOnlyFolderAsAnotherUser();
            return;
        }
#endif
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QString path = dir.filePath(u"brief.pdf"_s);
        const QString error =
            AtomicFileWriter::write(path, [](QIODevice* d) { return writeText(d, "x"); });
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void writeProtectedFile()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0) {
            writeProtectedFileAsAnotherUser();
            return;
        }
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(u"brief.pdf"_s);
        QVERIFY(AtomicFileWriter::write(path, QByteArray("alt")).isEmpty());
        QFile::setPermissions(path, QFile::ReadOwner);
        const QString error = AtomicFileWriter::write(path, QByteArray("neu"));
        QVERIFY2(error.contains(u"write-protected"_s), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("alt"));
    }

    void fullDisk()
    {
        // A real full disk: a 64 KiB tmpfs, which needs root (as in CI).
        QTemporaryDir dir;
        const int mounted = QProcess::execute(
            u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, dir.path()});
        if (mounted != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString path = dir.filePath(u"brief.pdf"_s);
        const bool oldWritten = AtomicFileWriter::write(path, [](QIODevice* d) {
                                    return writeText(d, "alt");
                                }).isEmpty();
        const QString error = AtomicFileWriter::write(
            path, [](QIODevice* d) { return writeText(d, QByteArray(1024 * 1024, 'x')); });
        const QByteArray kept = readAll(path);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute(u"umount"_s, {dir.path()});
        QVERIFY(oldWritten);
        QVERIFY2(error.contains(u"disk is full"_s), qPrintable(error));
        QCOMPARE(kept, QByteArray("alt"));
        QCOMPARE(files, QStringList{u"brief.pdf"_s});
    }

    // A text of a few bytes stays in Qt's buffer until the final flush, whose
    // failure Qt 6.4 ignored: the old file was replaced by an empty one.
    void fullDiskSmallFileKeepsTheOldOne()
    {
        TestFiles::FullDisk disk;
        if (!disk.mounted)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        QVERIFY(TestFiles::writeFile(disk.path(u"brief.txt"_s), "alter Inhalt"));
        disk.fill();
        const QString error = AtomicFileWriter::write(disk.path(u"brief.txt"_s), QByteArray("neu"));
        QVERIFY2(error.contains(u"disk is full"_s) || error.contains(u"voll"_s), qPrintable(error));
        QCOMPARE(readAll(disk.path(u"brief.txt"_s)), QByteArray("alter Inhalt"));
        QCOMPARE(disk.files(), (QStringList{u"brief.txt"_s, u"filler"_s}));

        const AtomicFileWriter::NewFile created = AtomicFileWriter::createNew(
            disk.path(u"neu.txt"_s), [](QIODevice* d) { return writeText(d, "neu"); });
        QVERIFY2(created.error.contains(u"disk is full"_s), qPrintable(created.error));
        QCOMPARE(disk.files(), (QStringList{u"brief.txt"_s, u"filler"_s}));
    }

    // A read-only drive (a write-protected USB stick, a read-only network
    // share) is named as such, not as denied access or a protected file.
    void readOnlyDrive()
    {
        TestFiles::FullDisk disk; // a small tmpfs, made read-only here
        if (!disk.mounted)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        QVERIFY(TestFiles::writeFile(disk.path(u"brief.txt"_s), "alt"));
        if (QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, disk.dir.path()}) != 0)
            QSKIP("cannot remount the tmpfs read-only here");
        const auto neu = [](QIODevice* d) { return writeText(d, "neu"); };
        const QStringList errors{
            AtomicFileWriter::write(disk.path(u"neu.txt"_s), neu),
            AtomicFileWriter::write(disk.path(u"brief.txt"_s), neu),
            AtomicFileWriter::write(disk.path(u"brief.txt"_s), neu,
                                    AtomicFileWriter::Naming::ByUser),
            AtomicFileWriter::createNew(disk.path(u"neu.txt"_s), neu).error,
            FileAccess::writeReason(EACCES, disk.path(u"neu.txt"_s)),
        };
        for (const QString& error : errors) {
            QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
            QVERIFY2(!error.contains(u"access was denied"_s), qPrintable(error));
            QVERIFY2(!error.contains(u"write-protected"_s), qPrintable(error));
        }
        QCOMPARE(readAll(disk.path(u"brief.txt"_s)), QByteArray("alt"));
        QCOMPARE(disk.files(), QStringList{u"brief.txt"_s});
    }

    // Qt does not always keep the system's reason (a failed commit or flush,
    // QSettings' AccessError): an error that says little is checked against
    // the drive, so a full disk is still called full.
    void genericErrorOnAFullDisk()
    {
        TestFiles::FullDisk disk;
        if (!disk.mounted)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString path = disk.path(u"brief.txt"_s);
        QVERIFY2(FileAccess::writeReason(EIO, path).contains(u"read or write error"_s),
                 qPrintable(FileAccess::writeReason(EIO, path)));
        disk.fill();
        for (const int error : {0, EIO, EACCES})
            QVERIFY2(FileAccess::writeReason(error, path).contains(u"the disk is full"_s),
                     qPrintable(FileAccess::writeReason(error, path)));
        // A folder that does not exist yet is on the same full drive.
        QVERIFY(FileAccess::writeReason(0, disk.path(u"neu/neu/brief.txt"_s))
                    .contains(u"the disk is full"_s));
        QVERIFY(FileAccess::writeReason(ENAMETOOLONG, path).contains(u"name is too long"_s));
    }

    void quotaIsNotAFullDisk()
    {
#ifdef EDQUOT
        QVERIFY2(FileAccess::reason(EDQUOT).contains(u"quota"_s),
                 qPrintable(FileAccess::reason(EDQUOT)));
        QVERIFY(!FileAccess::reason(EDQUOT).contains(u"disk is full"_s));
#else
        QSKIP("this system has no disk quotas (EDQUOT)");
#endif
    }

    // Writing to a link would change a file the user never named (a link
    // planted under a name the program writes).
    void neverWritesThroughALink()
    {
#ifdef Q_OS_WIN
        QSKIP("QFile::link() makes a shortcut on Windows: see windowsLinksAndShortcuts");
#endif
        QTemporaryDir dir;
        const QString other = dir.filePath(u"andere-datei.txt"_s);
        QVERIFY(AtomicFileWriter::write(other, QByteArray("nicht anfassen")).isEmpty());
        const QString link = dir.filePath(u"brief.pdf"_s);
        QVERIFY(QFile::link(other, link));
        const QString dangling = dir.filePath(u"ins-leere.pdf"_s);
        QVERIFY(QFile::link(dir.filePath(u"fehlt.pdf"_s), dangling));

        for (const QString& path : {link, dangling}) {
            // A name the user chose in a dialog: another name will do.
            const QString chosen =
                AtomicFileWriter::write(path, QByteArray("neu"), AtomicFileWriter::Naming::ByUser);
            QVERIFY2(chosen.contains(u"symbolic link"_s), qPrintable(chosen));
            QVERIFY2(chosen.contains(u"another name"_s), qPrintable(chosen));
            // A name the program chose (the record file): the user cannot
            // choose another, so the message says where the link is and what
            // to do with it.
            const QString error = AtomicFileWriter::write(path, QByteArray("neu"));
            QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
            QVERIFY2(error.contains(u"does not write through links"_s), qPrintable(error));
            QVERIFY2(error.contains(u"replace the link by the file itself, or remove it"_s),
                     qPrintable(error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY2(!error.contains(u"another name"_s), qPrintable(error));
            QVERIFY(QFileInfo(path).isSymLink());
            const AtomicFileWriter::NewFile created =
                AtomicFileWriter::createNew(path, [](QIODevice* d) { return writeText(d, "neu"); });
            QVERIFY(created.nameTaken);
        }
        QCOMPARE(readAll(other), QByteArray("nicht anfassen"));
        QVERIFY(!QFile::exists(dir.filePath(u"fehlt.pdf"_s)));
    }

    void createNewNeverReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"brief.pdf"_s);
        const auto produce = [](QIODevice* d) { return writeText(d, "neu"); };
        AtomicFileWriter::NewFile created = AtomicFileWriter::createNew(path, produce);
        QVERIFY2(!created.nameTaken && created.error.isEmpty(), qPrintable(created.error));
        QCOMPARE(readAll(path), QByteArray("neu"));
        QVERIFY(AtomicFileWriter::write(path, QByteArray("von einem anderen Lauf")).isEmpty());
        created = AtomicFileWriter::createNew(path, produce);
        QVERIFY(created.nameTaken);
        QVERIFY(created.error.isEmpty());
        QCOMPARE(readAll(path), QByteArray("von einem anderen Lauf"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"brief.pdf"_s}); // no temporary file left
    }

    // A device is written as the stream it is, never replaced by a file
    // (root could replace a device node).
    void devicesAndFifosAreStreams()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows has no device nodes and FIFOs in folders: see windowsDeviceNames");
#endif
        QTemporaryDir dir;
        const QString null = dir.filePath(u"null"_s);
        if (QProcess::execute(u"mknod"_s, {null, u"c"_s, u"1"_s, u"3"_s}) != 0)
            QSKIP("cannot make a device node here (needs root)");
        QVERIFY(AtomicFileWriter::write(null, QByteArray("weg damit")).isEmpty());
        QVERIFY(!QFileInfo(null).isFile());
        QVERIFY(QFileInfo::exists(null));

        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        const QString unread = AtomicFileWriter::write(fifo, QByteArray("niemand liest"));
        QVERIFY2(unread.contains(u"no program reads from it"_s), qPrintable(unread));
        QProcess reader;
        reader.start(u"cat"_s, {fifo});
        QVERIFY(reader.waitForStarted());
        // Refused at once while no program reads (it would wait forever), written
        // as soon as cat has opened the FIFO.
        bool written = false;
        for (int tries = 0; tries < 500 && !written; ++tries) {
            written = AtomicFileWriter::write(fifo, QByteArray("durch die Leitung")).isEmpty();
            if (!written)
                QTest::qWait(20);
        }
        QVERIFY(written);
        QVERIFY(reader.waitForFinished());
        QCOMPARE(reader.readAllStandardOutput(), QByteArray("durch die Leitung"));
        QVERIFY(!QFileInfo(fifo).isFile());
    }

    // /dev/stdout is a link to what standard output is; a log it is appended
    // to goes on, and closed or full standard output is an error.
    void standardOutputIsAStream()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows has no /dev/stdout");
#else
        QTemporaryDir dir;
        const QString log = dir.filePath(u"log.txt"_s);
        QVERIFY(AtomicFileWriter::write(log, QByteArray("erste Zeile\n")).isEmpty());
        QCOMPARE(probeInShell(u"/dev/stdout zweite >> '%1'"_s.arg(log)), 1);
        QCOMPARE(readAll(log), QByteArray("erste Zeile\nzweite"));
        QVERIFY(QFileInfo(log).isFile());

        QString message;
        QCOMPARE(probeInShell(u"/dev/stdout >&-"_s, &message), 0);
        QVERIFY2(message.contains(u"closed"_s), qPrintable(message));
        QCOMPARE(probeInShell(u"/dev/stdout > /dev/full"_s, &message), 0);
        QVERIFY2(message.contains(u"disk is full"_s), qPrintable(message));
#endif
    }

    // Windows opens the device for CON, NUL, COM1, … in every folder and
    // with any extension: such a name is refused, never opened.
    void windowsDeviceNames()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        QTemporaryDir dir;
        for (const QString& name : {u"CON"_s, u"nul"_s, u"Nul.txt"_s, u"com1.pdf"_s, u"LPT1"_s,
                                    u"aux.tar.gz"_s, u"PRN. "_s, u"conout$"_s}) {
            const QString path = dir.filePath(name);
            QCOMPARE(FileAccess::inspect(path).kind, FileAccess::Kind::DeviceName);
            const QString error =
                AtomicFileWriter::write(path, QByteArray("x"), AtomicFileWriter::Naming::ByUser);
            QVERIFY2(error.contains(u"keeps for a device"_s), qPrintable(error));
            QVERIFY2(error.contains(name), qPrintable(error));
            const AtomicFileWriter::NewFile created =
                AtomicFileWriter::createNew(path, [](QIODevice* d) { return writeText(d, "x"); });
            QVERIFY2(created.error.contains(u"keeps for a device"_s), qPrintable(created.error));
            const FileAccess::ReadResult read = FileAccess::readRegularFile(path, 100);
            QVERIFY2(read.error.contains(u"keeps for a device"_s), qPrintable(read.error));
        }
        QCOMPARE(FileAccess::inspect(u"\\\\.\\pipe\\kiw"_s).kind, FileAccess::Kind::DeviceName);
        // Names that only look like one are files.
        for (const QString& name : {u"console.txt"_s, u"com10.pdf"_s, u"nul-brief.pdf"_s})
            QVERIFY(AtomicFileWriter::write(dir.filePath(name), QByteArray("x")).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(3));
#endif
    }

    // Windows' drives do not tell upper from lower case: "Brief.PDF" is the
    // file "brief.pdf", whether it exists yet or not.
    void windowsPathsInAnyCase()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"Brief.pdf"_s);
        QVERIFY(FileAccess::sameFile(path, dir.filePath(u"neu/../BRIEF.PDF"_s)));
        QVERIFY(AtomicFileWriter::write(path, QByteArray("alt")).isEmpty());
        QVERIFY(FileAccess::sameFile(dir.filePath(u"brief.PDF"_s), path));
        QVERIFY(!FileAccess::sameFile(dir.filePath(u"brief2.pdf"_s), path));
        const AtomicFileWriter::NewFile created = AtomicFileWriter::createNew(
            dir.filePath(u"BRIEF.pdf"_s), [](QIODevice* d) { return writeText(d, "neu"); });
        QVERIFY(created.nameTaken);
        QCOMPARE(readAll(path), QByteArray("alt"));
#endif
    }

    // A file another program holds open without letting others delete it
    // (Adobe Reader does) cannot be replaced on Windows: the message says
    // so, and the file stays as it was.
    void windowsFileHeldOpen()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"brief.pdf"_s);
        QVERIFY(AtomicFileWriter::write(path, QByteArray("alt")).isEmpty());
        const HANDLE viewer = CreateFileW(
            reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(path).utf16()), GENERIC_READ,
            FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        QVERIFY(viewer != INVALID_HANDLE_VALUE);
        const QString chosen =
            AtomicFileWriter::write(path, QByteArray("neu"), AtomicFileWriter::Naming::ByUser);
        const QString named = AtomicFileWriter::write(path, QByteArray("neu"));
        CloseHandle(viewer);
        QVERIFY2(chosen.contains(u"open in another program"_s), qPrintable(chosen));
        QVERIFY2(chosen.contains(u"another name"_s), qPrintable(chosen));
        QVERIFY2(named.contains(u"open in another program"_s), qPrintable(named));
        QCOMPARE(readAll(path), QByteArray("alt"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"brief.pdf"_s}); // no temporary file left
        QVERIFY(AtomicFileWriter::write(path, QByteArray("neu")).isEmpty());
        QCOMPARE(readAll(path), QByteArray("neu"));
#endif
    }

    // A junction counts as a link, as a symbolic link does on Linux: never
    // written through, and deleting a folder removes a junction in it, not
    // what it leads to. A shortcut (.lnk) is an ordinary file, never followed.
    void windowsLinksAndShortcuts()
    {
#ifndef Q_OS_WIN
        QSKIP("Windows only");
#else
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(
            AtomicFileWriter::write(elsewhere + u"/keep.txt"_s, QByteArray("bleibt")).isEmpty());
        const QString shortcut = dir.filePath(u"keep.txt.lnk"_s);
        QVERIFY(QFile::link(elsewhere + u"/keep.txt"_s, shortcut));
        QCOMPARE(FileAccess::inspect(shortcut).kind, FileAccess::Kind::RegularFile);
        const FileAccess::ReadResult read = FileAccess::readRegularFile(shortcut, 1 << 20);
        QVERIFY(read.error.isEmpty());
        QVERIFY(read.data != "bleibt"); // the shortcut's own bytes

        const QString folder = dir.filePath(u"record"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(AtomicFileWriter::write(folder + u"/own.txt"_s, QByteArray("x")).isEmpty());
        const QString junction = folder + u"/junction"_s;
        if (!makeJunction(junction, elsewhere))
            QSKIP("cannot make a junction here (mklink /J)");
        QCOMPARE(FileAccess::inspect(junction).kind, FileAccess::Kind::SymbolicLink);
        const QString error = AtomicFileWriter::write(junction, QByteArray("neu"));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QVERIFY(FileAccess::removeFolder(folder));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(readAll(elsewhere + u"/keep.txt"_s), QByteArray("bleibt"));
#endif
    }
};

QTEST_GUILESS_MAIN(AtomicFileWriterTest)
#include "AtomicFileWriterTest.moc"
