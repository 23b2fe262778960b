#include "FileAccess.h"

#include <QFileInfo>
#include <QStorageInfo>
#include <cerrno>

// What every platform shares: the reasons in the user's words, and the look
// at the drive. The rest is in FileAccess_posix.cpp and FileAccess_win.cpp.

QString FileAccess::notOrdinaryFile()
{
    return tr("it is not an ordinary file that can be copied, but one the system makes up "
              "as it is read");
}

QString FileAccess::deviceNameReason()
{
    return tr("the name is one Windows keeps for a device (such as CON, NUL, COM1 or LPT1, "
              "also with an extension, like nul.txt)");
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
