#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

#include "AtomicFileWriter.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(QIODevice* device, const QByteArray& text)
{
    return device->write(text) == text.size();
}
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
    const QString message = QString::fromUtf8(probe.readAllStandardOutput());
    const bool written = QFile::exists(folder + u"/brief.pdf"_s);
    QDir(folder).removeRecursively();
    if (!finished || probe.exitCode() == 126 || probe.exitCode() == 127)
        QSKIP("cannot run a process as the user nobody here");
    QCOMPARE(probe.exitCode(), 0);
    QVERIFY2(message.contains(u"brief.pdf"_s), qPrintable(message));
    QVERIFY(!written);
}

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
        if (geteuid() == 0) {
            readOnlyFolderAsAnotherUser();
            return;
        }
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QString path = dir.filePath(u"brief.pdf"_s);
        const QString error =
            AtomicFileWriter::write(path, [](QIODevice* d) { return writeText(d, "x"); });
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
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
        QVERIFY2(error.contains(u"disk full"_s) || error.contains(u"voll"_s), qPrintable(error));
        QCOMPARE(kept, QByteArray("alt"));
        QCOMPARE(files, QStringList{u"brief.pdf"_s});
    }
};

QTEST_GUILESS_MAIN(AtomicFileWriterTest)
#include "AtomicFileWriterTest.moc"
