#include "AtomicFileWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

#include "FileAccess.h"
#include "WindowsFiles.h"

// AtomicFileWriter on Windows. A file is written under a temporary name in
// its folder (CREATE_NEW: never a file that is there), flushed to the drive
// (FlushFileBuffers) and then renamed over the old one with MoveFileExW
// (MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH): one rename, so the
// old file is there whole until the new one is, and the rename is on the
// drive before the call returns. ReplaceFileW would keep the old file's
// attributes and permissions, but is several steps: when one fails, the old
// file may be left under a backup name. A new file that must not replace
// anything is renamed without MOVEFILE_REPLACE_EXISTING, which fails if the
// name is taken. Errors are Windows' own codes (GetLastError()).

using namespace Qt::StringLiterals;
using WindowsFiles::Handle;

namespace {
// Passes every write on to WriteFile and keeps the code of the first that fails.
class HandleWrites : public QIODevice
{
public:
    explicit HandleWrites(HANDLE handle) : m_handle(handle) { open(QIODevice::WriteOnly); }
    DWORD error() const { return m_error; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        qint64 done = 0;
        while (done < length) {
            const DWORD piece = DWORD(std::min<qint64>(length - done, 1 << 30));
            DWORD written = 0;
            if (!WriteFile(m_handle, data + done, piece, &written, nullptr)) {
                if (m_error == 0)
                    m_error = GetLastError();
                return -1;
            }
            done += written;
        }
        return done;
    }

private:
    HANDLE m_handle;
    DWORD m_error = 0;
};

// A drive that is read-only or full explains "access denied" and a write
// fault better than the code does.
QString why(DWORD error, const QString& path)
{
    const bool saysLittle = error == ERROR_ACCESS_DENIED || error == ERROR_WRITE_FAULT ||
                            error == ERROR_GEN_FAILURE || error == ERROR_IO_DEVICE;
    if (saysLittle && !path.isEmpty()) {
        if (const int drive = FileAccess::driveError(path); drive != 0)
            return FileAccess::reason(drive);
    }
    return FileAccess::windowsReason(error);
}

// Lets the producer write into the handle; the reason of a failure, or nothing.
QString produceInto(HANDLE handle, const AtomicFileWriter::Producer& produce, const QString& path)
{
    HandleWrites device(handle);
    const bool produced = produce(&device);
    if (device.error() != 0)
        return why(device.error(), path);
    if (!produced)
        return AtomicFileWriter::tr("the content could not be made");
    return {};
}

// A new, empty file of a name no one else uses, in the folder of path: the
// names AttachmentStore::removeLeftovers() knows (".kiw-", base 36, ".tmp").
// Nobody else may open it while it is written.
std::pair<QString, DWORD> createTemporary(const QString& path, Handle& file)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    for (;;) {
        const QString name =
            folder.filePath(u".kiw-%1.tmp"_s.arg(QRandomGenerator::global()->generate64(), 0, 36));
        file = Handle(CreateFileW(WindowsFiles::nativePath(name).c_str(), GENERIC_WRITE | DELETE, 0,
                                  nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr));
        if (file.isValid())
            return {name, 0};
        const DWORD error = GetLastError();
        if (error != ERROR_FILE_EXISTS && error != ERROR_ALREADY_EXISTS)
            return {{}, error};
    }
}

// Written whole and on the drive, or the reason why not.
QString writeAndFlush(Handle& file, const AtomicFileWriter::Producer& produce, const QString& path)
{
    QString problem = produceInto(file.get(), produce, path);
    if (problem.isEmpty() && !FlushFileBuffers(file.get()))
        problem = why(GetLastError(), path);
    file.close();
    return problem;
}

// Whether another program has the file open without letting others delete
// or rename it (Adobe Reader, Word): then Windows refuses the rename with
// "access denied" or "sharing violation", which a user reads as a matter of
// permissions.
bool openElsewhere(const QString& path, DWORD error)
{
    if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION ||
        error == ERROR_USER_MAPPED_FILE)
        return true;
    if (error != ERROR_ACCESS_DENIED)
        return false;
    const Handle probe(CreateFileW(WindowsFiles::nativePath(path).c_str(), DELETE,
                                   FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                   OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    return !probe.isValid() && GetLastError() == ERROR_SHARING_VIOLATION;
}

HANDLE standardHandle(int descriptor)
{
    if (descriptor == 1)
        return GetStdHandle(STD_OUTPUT_HANDLE);
    if (descriptor == 2)
        return GetStdHandle(STD_ERROR_HANDLE);
    return nullptr;
}
} // namespace

QString AtomicFileWriter::writeStream(const QString& name, int descriptor, const Producer& produce,
                                      const QString&)
{
    // Only "-" comes here: FileAccess::inspect() names no stream on Windows.
    const HANDLE stream = standardHandle(descriptor);
    if ((descriptor == 1 && FileAccess::standardOutputClosed()) || stream == nullptr ||
        stream == INVALID_HANDLE_VALUE)
        return tr("Nothing could be written to the standard output: it is closed.");
    // Whatever the C library still holds goes first.
    std::fflush(descriptor == 1 ? stdout : stderr);
    if (WindowsFiles::isConsole(stream)) {
        // A console shows characters, not bytes: the text (UTF-8) goes in as
        // characters, whatever code page the console has.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!produce(&buffer))
            return tr("%1 could not be written completely: %2.")
                .arg(name, tr("the content could not be made"));
        if (const DWORD error = WindowsFiles::writeToConsole(stream, QString::fromUtf8(bytes)))
            return tr("%1 could not be written completely: %2.")
                .arg(name, FileAccess::windowsReason(error));
        return {};
    }
    // A file or a pipe gets the bytes as they are: UTF-8, lines ending in \n,
    // as on Linux (no C library text mode in between).
    const QString problem = produceInto(stream, produce, {});
    if (!problem.isEmpty())
        return tr("%1 could not be written completely: %2.").arg(name, problem);
    return {};
}

QString AtomicFileWriter::replaceWhole(const QString& path, const Producer& produce, Naming naming)
{
    const QString name = nameForUser(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    Handle file;
    const auto [temporary, createError] = createTemporary(path, file);
    if (!file.isValid()) {
        return tr("%1 could not be saved in %2: %3. Please choose a folder you may write to.")
            .arg(name, folder, why(createError, path));
    }
    const std::wstring temporaryName = WindowsFiles::nativePath(temporary);
    const QString problem = writeAndFlush(file, produce, path);
    if (!problem.isEmpty()) {
        DeleteFileW(temporaryName.c_str());
        return tr("%1 could not be written completely: %2. Nothing was changed.")
            .arg(name, problem);
    }
    if (MoveFileExW(temporaryName.c_str(), WindowsFiles::nativePath(path).c_str(),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    const DWORD error = GetLastError();
    DeleteFileW(temporaryName.c_str());
    if (openElsewhere(path, error) && naming == Naming::ByUser) {
        return tr("%1 is open in another program (a PDF viewer, for example), so Windows does "
                  "not let KI-Widerspruch replace it. Please close it there and save again, or "
                  "choose another name. Nothing was changed.")
            .arg(name);
    }
    if (openElsewhere(path, error)) {
        return tr("%1 is open in another program, so Windows does not let KI-Widerspruch "
                  "replace it. Please close it there and try again. Nothing was changed.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    }
    return tr("%1 could not be saved: %2. Nothing was changed.").arg(name, why(error, path));
}

AtomicFileWriter::NewFile AtomicFileWriter::createNew(const QString& path, const Producer& produce)
{
    const QString name = nameForUser(path);
    if (WindowsFiles::isDeviceName(path)) {
        return {false, tr("%1 could not be saved: %2. Nothing was changed.")
                           .arg(name, FileAccess::deviceNameReason())};
    }
    Handle file;
    const auto [temporary, createError] = createTemporary(path, file);
    if (!file.isValid()) {
        return {false, tr("%1 could not be saved in %2: %3. Please choose a folder you may "
                          "write to.")
                           .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                why(createError, path))};
    }
    const std::wstring temporaryName = WindowsFiles::nativePath(temporary);
    const QString problem = writeAndFlush(file, produce, path);
    if (!problem.isEmpty()) {
        DeleteFileW(temporaryName.c_str());
        return {
            false,
            tr("%1 could not be written completely: %2. Nothing was changed.").arg(name, problem)};
    }
    // Without MOVEFILE_REPLACE_EXISTING: fails if anything of that name is
    // there, a link or a file another program wrote in the meantime.
    if (MoveFileExW(temporaryName.c_str(), WindowsFiles::nativePath(path).c_str(),
                    MOVEFILE_WRITE_THROUGH))
        return {};
    const DWORD error = GetLastError();
    DeleteFileW(temporaryName.c_str());
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
        return {true, {}};
    return {false, tr("%1 could not be written completely: %2. Nothing was changed.")
                       .arg(name, why(error, path))};
}
