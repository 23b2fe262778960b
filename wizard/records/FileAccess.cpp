#include "FileAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <cerrno>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

using namespace Qt::StringLiterals;

namespace {
bool closedStandardOutput = false;

// Read in pieces, so that a cancel is seen within one of them.
constexpr qint64 chunkSize = 1024 * 1024;

// One byte more than allowed is read: a file that grows while it is read is
// caught too. readChunk gives the bytes read (0 at the end) or -1 and why.
template <typename ReadChunk>
FileAccess::ReadResult readInChunks(ReadChunk readChunk, qint64 maxSize, const CancelFlag* cancel)
{
    FileAccess::ReadResult result;
    while (result.data.size() <= maxSize) {
        if (isCancelled(cancel))
            return {{}, {}, false, true};
        const qsizetype before = result.data.size();
        result.data.resize(before + std::min(chunkSize, maxSize + 1 - before));
        const auto [got, error] =
            readChunk(result.data.data() + before, result.data.size() - before);
        if (got < 0)
            return {{}, error};
        result.data.resize(before + got);
        if (got == 0)
            break;
    }
    if (result.data.size() > maxSize)
        return {{}, {}, true};
    return result;
}

#ifdef Q_OS_LINUX
// File systems whose files the kernel makes up as they are read: their size
// says nothing (/proc/self/status has 0 bytes and yet text) and reading may
// fail with EIO (/proc/self/mem) though no drive is involved.
bool madeUpBySystem(int descriptor)
{
    struct statfs info
    {};
    if (::fstatfs(descriptor, &info) != 0)
        return false;
    switch (info.f_type) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case EFIVARFS_MAGIC:
    case BPF_FS_MAGIC:
        return true;
    default:
        return false;
    }
}
#elif defined(Q_OS_UNIX)
bool madeUpBySystem(int)
{
    return false; // /proc elsewhere is caught by its size or its read error
}
#endif
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

FileAccess::ReadResult FileAccess::readRegularFile(const QString& path, qint64 maxSize,
                                                   const CancelFlag* cancel)
{
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
    if (madeUpBySystem(descriptor)) {
        ::close(descriptor);
        return {{}, notOrdinaryFile()};
    }
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
    ReadResult result = readInChunks(
        [descriptor](char* into, qint64 size) -> std::pair<qint64, QString> {
            qint64 got = 0;
            do {
                got = ::read(descriptor, into, size_t(size));
            } while (got < 0 && errno == EINTR);
            if (got >= 0)
                return {got, {}};
            // EINVAL is no drive's error: the file cannot be read like one.
            return {got, errno == EINVAL ? notOrdinaryFile() : reason(errno)};
        },
        maxSize, cancel);
    ::close(descriptor);
    // Size 0 on the drive, yet there is something to read: made as it is read.
    if (result.error.isEmpty() && info.st_size == 0 && !result.data.isEmpty())
        return {{}, notOrdinaryFile()};
    return result;
#else
    QFile file(path);
    if (QFileInfo(path).isDir())
        return {{}, reason(EISDIR)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    return readInChunks(
        [&file](char* into, qint64 size) -> std::pair<qint64, QString> {
            const qint64 got = file.read(into, size);
            return {got, got < 0 ? file.errorString() : QString()};
        },
        maxSize, cancel);
#endif
}

QString FileAccess::notOrdinaryFile()
{
    return tr("it is not an ordinary file that can be copied, but one the system makes up "
              "as it is read");
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
