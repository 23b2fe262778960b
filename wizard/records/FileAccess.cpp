#include "FileAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
bool closedStandardOutput = false;
} // namespace

FileAccess::Target FileAccess::inspect(const QString& path)
{
#ifdef Q_OS_UNIX
    const QString cleaned = QDir::cleanPath(path);
    if (cleaned == "/dev/stdout"_L1)
        return {Kind::Stream, STDOUT_FILENO};
    if (cleaned == "/dev/stderr"_L1)
        return {Kind::Stream, STDERR_FILENO};
    static const QRegularExpression descriptorPath(u"^/(?:dev|proc/self)/fd/(\\d{1,6})$"_s);
    if (const auto match = descriptorPath.match(cleaned); match.hasMatch())
        return {Kind::Stream, match.captured(1).toInt()};

    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {};
    if (::lstat(native.constData(), &info) != 0) {
        const int error = errno;
        // ENOTDIR: a part of the path is a file, so nothing can be at the path.
        return error == ENOENT || error == ENOTDIR ? Target{Kind::Missing}
                                                   : Target{Kind::Unknown, -1, error};
    }
    if (S_ISLNK(info.st_mode)) {
        // The system's own links (/dev/stdin, /dev/log, …) name the stream
        // they lead to; any other link is a link.
        const bool system = cleaned.startsWith("/dev/"_L1) || cleaned.startsWith("/proc/"_L1);
        if (system && ::stat(native.constData(), &info) == 0 &&
            (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)))
            return {Kind::Stream};
        return {Kind::SymbolicLink};
    }
    if (S_ISREG(info.st_mode))
        return {Kind::RegularFile};
    if (S_ISDIR(info.st_mode))
        return {Kind::Folder};
    if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))
        return {Kind::Stream};
    return {Kind::Other};
#else
    const QFileInfo info(path);
    if (info.isSymLink())
        return {Kind::SymbolicLink};
    if (!info.exists())
        return {Kind::Missing};
    if (info.isDir())
        return {Kind::Folder};
    return {info.isFile() ? Kind::RegularFile : Kind::Other};
#endif
}

FileAccess::ReadResult FileAccess::readRegularFile(const QString& path, qint64 maxSize)
{
    QFile file;
#ifdef Q_OS_UNIX
    // Opened without waiting: a FIFO would otherwise block until some other
    // program writes to it. What it is, is asked of the open file itself.
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return {{}, reason(errno)};
    struct stat info
    {};
    if (::fstat(descriptor, &info) != 0 || !S_ISREG(info.st_mode)) {
        const bool folder = S_ISDIR(info.st_mode);
        ::close(descriptor);
        return {{},
                folder ? reason(EISDIR)
                       : tr("it is not a file on a drive but a device, a pipe or a socket")};
    }
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return {{}, reason(EIO)};
    }
#else
    file.setFileName(path);
    if (QFileInfo(path).isDir())
        return {{}, reason(EISDIR)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
#endif
    // One byte more than allowed: a file that grows while it is read is caught too.
    ReadResult result{file.read(maxSize + 1), {}, false};
    if (result.data.size() > maxSize) {
        result.data.clear();
        result.tooLarge = true;
    } else if (file.error() != QFileDevice::NoError) {
        result.data.clear();
        result.error = reason(EIO);
    }
    return result;
}

bool FileAccess::sameFile(const QString& a, const QString& b)
{
#ifdef Q_OS_UNIX
    // Through links: /dev/stdout is the file standard output was redirected to.
    struct stat infoA
    {};
    struct stat infoB
    {};
    if (::stat(QFile::encodeName(a).constData(), &infoA) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &infoB) == 0)
        return infoA.st_dev == infoB.st_dev && infoA.st_ino == infoB.st_ino;
#endif
    // Not there yet: the same folder (links resolved) and the same name.
    const auto where = [](const QString& path) -> QString {
        const QFileInfo info(path);
        const QString folder = info.absoluteDir().canonicalPath();
        return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    };
    return where(a) == where(b);
}

QString FileAccess::reason(int error)
{
    switch (error) {
    case ENOENT:
        return tr("it does not exist");
    case EACCES:
    case EPERM:
        return tr("access was denied");
    case EISDIR:
        return tr("it is a folder");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case ELOOP:
        return tr("its symbolic links lead in a circle");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case ENOSPC:
        return tr("the disk is full");
#ifdef EDQUOT
    case EDQUOT:
        // The disk may have room, but not for this user: asking for more
        // space is a matter for whoever runs the computer.
        return tr("your storage quota on the drive is used up");
#endif
    case EROFS:
        return tr("the drive or folder is read-only");
    case EIO:
        return tr("the drive reported a read or write error");
    case EMFILE:
    case ENFILE:
        return tr("too many files are open");
    case EPIPE:
        return tr("the program reading the output has stopped");
    case EBADF:
        return tr("it is closed");
    case ENXIO:
        return tr("no program reads from it and no device is connected to it");
    default:
        return tr("system error %1").arg(error);
    }
}

int FileAccess::driveError(const QString& path)
{
    // The file need not exist yet, nor its folder: the nearest folder that does
    // is on the same drive.
    QFileInfo existing(QFileInfo(path).absoluteFilePath());
    while (!existing.exists() && !existing.isRoot() && existing.filePath() != existing.path())
        existing.setFile(existing.path());
    const QStorageInfo storage(existing.absoluteFilePath());
    if (!storage.isValid() || !storage.isReady())
        return 0;
    if (storage.isReadOnly())
        return EROFS;
    // Less than a block left: nothing more fits (a write that failed on a
    // full disk may have used the last bytes).
    if (storage.bytesAvailable() < qMax(storage.blockSize(), 512))
        return ENOSPC;
    return 0;
}

QString FileAccess::writeReason(int error, const QString& path)
{
    if (error == 0 || error == EIO || error == EACCES || error == EPERM) {
        if (const int drive = driveError(path); drive != 0)
            return reason(drive);
    }
    return reason(error != 0 ? error : EIO);
}

void FileAccess::guardStandardOutput()
{
#ifdef Q_OS_UNIX
    // open() takes the lowest free descriptor, so the order fills 0, 1, 2.
    for (int descriptor : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(descriptor, F_GETFD) != -1 || errno != EBADF)
            continue;
        const int null = ::open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != descriptor) {
            ::dup2(null, descriptor);
            ::close(null);
        }
        if (descriptor == STDOUT_FILENO)
            closedStandardOutput = true;
    }
#endif
}

bool FileAccess::standardOutputClosed()
{
    return closedStandardOutput;
}
