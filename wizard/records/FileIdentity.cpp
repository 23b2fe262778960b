#include "FileIdentity.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/stat.h>
#endif

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity identity;
#ifdef Q_OS_WIN
    const HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t*>(path.utf16()), 0,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                      nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return identity;
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileInformationByHandle(handle, &info)) {
        identity.device = info.dwVolumeSerialNumber;
        identity.file = (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        identity.valid = true;
    }
    CloseHandle(handle);
#else
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.device = quint64(status.st_dev);
        identity.file = quint64(status.st_ino);
        identity.valid = true;
    }
#endif
    return identity;
}
