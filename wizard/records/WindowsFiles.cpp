#include "WindowsFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace WindowsFiles {

std::wstring nativePath(const QString& path)
{
    const QString native =
        QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (native.size() < MAX_PATH - 12 || native.startsWith(u"\\\\?\\"_s) ||
        native.startsWith(u"\\\\.\\"_s))
        return native.toStdWString();
    if (native.startsWith(u"\\\\"_s)) // \\server\share\…
        return QString(u"\\\\?\\UNC\\"_s + native.mid(2)).toStdWString();
    return QString(u"\\\\?\\"_s + native).toStdWString();
}

bool isDeviceName(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    // \\.\ is the device namespace; \\?\ is too, unless a drive or UNC follows.
    static const QRegularExpression deviceNamespace(
        u"^\\\\\\\\(?:\\.\\\\|\\?\\\\(?![A-Za-z]:|UNC\\\\))"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (deviceNamespace.match(native).hasMatch())
        return true;
    QString name = native.section(u'\\', -1);
    if (name.size() >= 2 && name.at(1) == u':')
        name = name.mid(2); // "C:nul": the drive is no part of the name
    // Windows ignores trailing dots and spaces, and everything from the first
    // dot on ("nul.txt", "nul.tar.gz"); the rest may end in spaces or a colon.
    name = name.section(u'.', 0, 0);
    while (name.endsWith(u' ') || name.endsWith(u':'))
        name.chop(1);
    static const QRegularExpression device(
        u"^(?:CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]|CONIN\\$|CONOUT\\$)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch();
}

Identity identityOf(HANDLE handle)
{
    Identity identity;
    // 128-bit ids (ReFS), where the system has them; else the 64-bit index.
    FILE_ID_INFO id{};
    if (GetFileInformationByHandleEx(handle, FileIdInfo, &id, sizeof id)) {
        quint64 parts[2] = {};
        std::copy_n(id.FileId.Identifier, sizeof parts, reinterpret_cast<unsigned char*>(parts));
        identity = {id.VolumeSerialNumber, parts[1], parts[0], true};
        return identity;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileInformationByHandle(handle, &info)) {
        identity = {info.dwVolumeSerialNumber, 0,
                    (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow, true};
    }
    return identity;
}

Identity identityOf(const QString& path)
{
    if (isDeviceName(path))
        return {};
    // No access asked: only the file's identity is read, whoever has it open.
    const Handle file(CreateFileW(nativePath(path).c_str(), 0,
                                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                  OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    return file.isValid() ? identityOf(file.get()) : Identity{};
}

bool isConsole(HANDLE handle)
{
    DWORD mode = 0;
    return GetFileType(handle) == FILE_TYPE_CHAR && GetConsoleMode(handle, &mode);
}

DWORD writeToConsole(HANDLE console, const QString& text)
{
    const auto* data = reinterpret_cast<const wchar_t*>(text.utf16());
    qsizetype done = 0;
    while (done < text.size()) {
        // Consoles take a limited amount per call.
        const DWORD piece = DWORD(std::min<qsizetype>(text.size() - done, 8192));
        DWORD written = 0;
        if (!WriteConsoleW(console, data + done, piece, &written, nullptr))
            return GetLastError();
        if (written == 0)
            return ERROR_WRITE_FAULT;
        done += written;
    }
    return 0;
}

} // namespace WindowsFiles
