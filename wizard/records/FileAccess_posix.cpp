#include "FileAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

#include "ChunkedRead.h"

// FileAccess on Linux and other Unix systems (see FileAccess.h).

using namespace Qt::StringLiterals;

namespace {
bool closedStandardOutput = false;

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
#else
bool madeUpBySystem(int)
{
    return false; // /proc elsewhere is caught by its size or its read error
}
#endif
} // namespace

FileAccess::Target FileAccess::inspect(const QString& path)
{
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
}

FileAccess::ReadResult FileAccess::readRegularFile(const QString& path, qint64 maxSize,
                                                   const CancelFlag* cancel)
{
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
    ReadResult result = ChunkedRead::readInChunks(
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
}

bool FileAccess::sameFile(const QString& a, const QString& b)
{
    // Through links: /dev/stdout is the file standard output was redirected to.
    struct stat infoA
    {};
    struct stat infoB
    {};
    if (::stat(QFile::encodeName(a).constData(), &infoA) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &infoB) == 0)
        return infoA.st_dev == infoB.st_dev && infoA.st_ino == infoB.st_ino;
    // Not there yet: the same folder (links resolved) and the same name.
    const auto where = [](const QString& path) -> QString {
        const QFileInfo info(path);
        const QString folder = info.absoluteDir().canonicalPath();
        return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    };
    return where(a) == where(b);
}

bool FileAccess::standardOutputGoesTo(const QString& path)
{
    return sameFile(u"/dev/stdout"_s, path);
}

bool FileAccess::removeFolder(const QString& path)
{
    // QDir removes a link inside the folder, never what it leads to.
    return QDir(path).removeRecursively();
}

void FileAccess::guardStandardOutput()
{
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
}

bool FileAccess::standardOutputClosed()
{
    return closedStandardOutput;
}
