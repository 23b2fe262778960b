#include "FileAccess.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <cerrno>
#include <utility>

#include "ChunkedRead.h"
#include "WindowsFiles.h"

// FileAccess on Windows (see FileAccess.h). What the POSIX code does with
// lstat(), Windows answers for an open handle: a handle opened on the path
// itself (FILE_FLAG_OPEN_REPARSE_POINT, as lstat() does not follow a link)
// tells its attributes, its reparse tag and its type (disk, character
// device, pipe).

using namespace Qt::StringLiterals;
using WindowsFiles::Handle;

namespace {
bool noStandardOutput = false;

constexpr DWORD shareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
// Codes MinGW's headers do not name.
constexpr DWORD virusInfected = 225;      // ERROR_VIRUS_INFECTED
constexpr DWORD virusDeleted = 226;       // ERROR_VIRUS_DELETED
constexpr DWORD diskQuotaExceeded = 1295; // ERROR_DISK_QUOTA_EXCEEDED

// A symbolic link or a junction names another place (a "name surrogate");
// other reparse points – OneDrive's files on demand, deduplicated files – are
// the file or folder itself.
bool isLink(DWORD attributes, DWORD reparseTag)
{
    return (attributes & FILE_ATTRIBUTE_REPARSE_POINT) && IsReparseTagNameSurrogate(reparseTag);
}

bool isMissing(DWORD error)
{
    // A name with characters Windows does not allow cannot be there either;
    // writing it fails with its own reason.
    return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND ||
           error == ERROR_INVALID_NAME || error == ERROR_BAD_PATHNAME ||
           error == ERROR_INVALID_DRIVE || error == ERROR_DIRECTORY;
}

bool removeEntry(const QString& path, bool folder)
{
    const std::wstring native = WindowsFiles::nativePath(path);
    // Deleting needs only the folder to be writable; a read-only attribute
    // (evidence is kept read-only) would still stop it.
    const DWORD attributes = GetFileAttributesW(native.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY))
        SetFileAttributesW(native.c_str(), attributes & ~DWORD(FILE_ATTRIBUTE_READONLY));
    return folder ? RemoveDirectoryW(native.c_str()) : DeleteFileW(native.c_str());
}
} // namespace

FileAccess::Target FileAccess::inspect(const QString& path)
{
    if (WindowsFiles::isDeviceName(path))
        return {Kind::DeviceName};
    const Handle file(CreateFileW(
        WindowsFiles::nativePath(path).c_str(), FILE_READ_ATTRIBUTES, shareAll, nullptr,
        OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!file.isValid()) {
        const DWORD error = GetLastError();
        if (isMissing(error))
            return {Kind::Missing};
        // Some system files cannot be opened even for their attributes.
        WIN32_FILE_ATTRIBUTE_DATA data{};
        if (error == ERROR_SHARING_VIOLATION &&
            GetFileAttributesExW(WindowsFiles::nativePath(path).c_str(), GetFileExInfoStandard,
                                 &data) &&
            !(data.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
            return {data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY ? Kind::Folder
                                                                     : Kind::RegularFile};
        return {Kind::Unknown, -1, errnoFor(error)};
    }
    FILE_ATTRIBUTE_TAG_INFO tag{};
    if (!GetFileInformationByHandleEx(file.get(), FileAttributeTagInfo, &tag, sizeof tag))
        return {Kind::Unknown, -1, errnoFor(GetLastError())};
    if (isLink(tag.FileAttributes, tag.ReparseTag))
        return {Kind::SymbolicLink};
    if (GetFileType(file.get()) != FILE_TYPE_DISK)
        return {Kind::Other};
    return {tag.FileAttributes & FILE_ATTRIBUTE_DIRECTORY ? Kind::Folder : Kind::RegularFile};
}

FileAccess::ReadResult FileAccess::readRegularFile(const QString& path, qint64 maxSize,
                                                   const CancelFlag* cancel)
{
    if (WindowsFiles::isDeviceName(path))
        return {{}, deviceNameReason()};
    // Through links, as on POSIX; others may go on reading and writing it.
    // What it is, is asked of the open handle itself.
    const Handle file(CreateFileW(WindowsFiles::nativePath(path).c_str(), GENERIC_READ, shareAll,
                                  nullptr, OPEN_EXISTING,
                                  FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_SEQUENTIAL_SCAN, nullptr));
    if (!file.isValid())
        return {{}, windowsReason(GetLastError())};
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(file.get(), &info))
        return {{}, windowsReason(GetLastError())};
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return {{}, reason(EISDIR)};
    if (GetFileType(file.get()) != FILE_TYPE_DISK)
        return {{}, tr("it is not a file on a drive but a device, a pipe or a socket")};
    return ChunkedRead::readInChunks(
        [&file](char* into, qint64 size) -> std::pair<qint64, QString> {
            DWORD got = 0;
            if (!ReadFile(file.get(), into, DWORD(size), &got, nullptr))
                return {-1, windowsReason(GetLastError())};
            return {qint64(got), {}};
        },
        maxSize, cancel);
}

bool FileAccess::sameFile(const QString& a, const QString& b)
{
    // Through links and junctions, as stat() on POSIX: one volume, one file id.
    const WindowsFiles::Identity identityA = WindowsFiles::identityOf(a);
    const WindowsFiles::Identity identityB = WindowsFiles::identityOf(b);
    if (identityA.valid && identityB.valid)
        return identityA == identityB;
    // Not there yet: the same folder (links resolved) and the same name, in
    // any case – Windows' drives do not tell "Brief.pdf" from "brief.PDF".
    const auto where = [](const QString& path) -> QString {
        const QFileInfo info(path);
        const QString folder = info.absoluteDir().canonicalPath();
        return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    };
    return where(a).compare(where(b), Qt::CaseInsensitive) == 0;
}

bool FileAccess::standardOutputGoesTo(const QString& path)
{
    const HANDLE output = GetStdHandle(STD_OUTPUT_HANDLE);
    if (output == nullptr || output == INVALID_HANDLE_VALUE ||
        GetFileType(output) != FILE_TYPE_DISK)
        return false;
    const WindowsFiles::Identity file = WindowsFiles::identityOf(path);
    return file.valid && file == WindowsFiles::identityOf(output);
}

bool FileAccess::removeFolder(const QString& path)
{
    // QDir::removeRecursively() of Qt 6.4 goes into a junction and deletes
    // what is in the folder it leads to. Here a link or a junction is removed
    // itself: RemoveDirectoryW on a junction removes only the junction.
    bool removed = true;
    QDirIterator entries(path,
                         QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (entries.hasNext()) {
        const QString entry = entries.next();
        switch (inspect(entry).kind) {
        case Kind::Folder:
            removed &= removeFolder(entry);
            break;
        case Kind::SymbolicLink:
            // A link to a folder is a folder entry, a link to a file a file one.
            removed &=
                removeEntry(entry, GetFileAttributesW(WindowsFiles::nativePath(entry).c_str()) &
                                       FILE_ATTRIBUTE_DIRECTORY);
            break;
        default:
            removed &= removeEntry(entry, false);
            break;
        }
    }
    return removed && removeEntry(path, true);
}

void FileAccess::guardStandardOutput()
{
    // Files are opened as handles, never as descriptor 1, so nothing can take
    // standard output's place; only whether there is one is noted (none for
    // the GUI program started from Explorer).
    const HANDLE output = GetStdHandle(STD_OUTPUT_HANDLE);
    noStandardOutput = output == nullptr || output == INVALID_HANDLE_VALUE;
}

bool FileAccess::standardOutputClosed()
{
    return noStandardOutput;
}

int FileAccess::errnoFor(unsigned long error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EACCES;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_WRITE_PROTECT:
        return EROFS;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    case ERROR_TOO_MANY_OPEN_FILES:
        return EMFILE;
    case ERROR_BROKEN_PIPE:
    case ERROR_NO_DATA:
        return EPIPE;
    case ERROR_CANT_RESOLVE_FILENAME:
        return ELOOP;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    default:
        return EIO;
    }
}

QString FileAccess::windowsReason(unsigned long error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD:
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
    case ERROR_WRITE_PROTECT:
    case ERROR_FILENAME_EXCED_RANGE:
    case ERROR_TOO_MANY_OPEN_FILES:
    case ERROR_BROKEN_PIPE:
    case ERROR_NO_DATA:
    case ERROR_CANT_RESOLVE_FILENAME:
    case ERROR_CRC:
    case ERROR_IO_DEVICE:
    case ERROR_READ_FAULT:
    case ERROR_WRITE_FAULT:
    case ERROR_SECTOR_NOT_FOUND:
        return reason(errnoFor(error));
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_USER_MAPPED_FILE:
        return tr("another program has it open and does not let others use it");
    case diskQuotaExceeded:
        return tr("your storage quota on the drive is used up");
    case ERROR_NOT_READY:
        return tr("the drive is not ready (a stick or disc taken out?)");
    case ERROR_INVALID_NAME:
    case ERROR_BAD_PATHNAME:
    case ERROR_DIRECTORY:
        return tr("the name has characters Windows does not allow in file names "
                  "(such as : * ? \" < > |)");
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
    case ERROR_NETNAME_DELETED:
    case ERROR_UNEXP_NET_ERR:
    case ERROR_NETWORK_UNREACHABLE:
        return tr("the network drive cannot be reached");
    case virusInfected:
    case virusDeleted:
        return tr("the virus scanner blocked it");
    default:
        break;
    }
    // Windows' own words, in Windows' language.
    wchar_t* text = nullptr;
    const DWORD length = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, error, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    QString said = length > 0 ? QString::fromWCharArray(text, int(length)).trimmed() : QString();
    LocalFree(text);
    while (said.endsWith(u'.'))
        said.chop(1);
    return said.isEmpty() ? tr("Windows error %1").arg(error)
                          : tr("Windows error %1: %2").arg(QString::number(error), said);
}
