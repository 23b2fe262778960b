#include "Terminal.h"

#include <cstdio>
#include <utility>

#include "WindowsFiles.h"

#include <shellapi.h>

// Terminal on Windows: arguments from the wide command line; text onto a
// console as characters (WriteConsoleW), into a file or a pipe as UTF-8 bytes
// (WriteFile, no C library text mode: "\n" stays "\n").

namespace {
// The GUI program's console, borrowed from the command prompt, and the
// standard handles it set to it.
bool borrowedConsole = false;
QList<DWORD> borrowedHandles;

bool usable(HANDLE handle)
{
    return handle != nullptr && handle != INVALID_HANDLE_VALUE &&
           GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

DWORD handleId(Terminal::Stream stream)
{
    return stream == Terminal::Stream::Output ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE;
}
} // namespace

namespace Terminal {

void setUp()
{
    const auto missing = [](DWORD id) { return !usable(GetStdHandle(id)); };
    // A console program has its console; output sent to a file or a pipe
    // stays there.
    if (!missing(STD_OUTPUT_HANDLE) && !missing(STD_ERROR_HANDLE))
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or a shortcut: no console anywhere
    borrowedConsole = true;
    for (const auto& [id, stream] :
         {std::pair{STD_OUTPUT_HANDLE, stdout}, std::pair{STD_ERROR_HANDLE, stderr}}) {
        if (!missing(id))
            continue;
        const HANDLE console =
            CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
                        FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
        if (console == INVALID_HANDLE_VALUE)
            continue;
        SetStdHandle(id, console);
        borrowedHandles << id;
        // For the C library too: Qt's own messages go through it.
        [[maybe_unused]] const std::FILE* reopened = std::freopen("CONOUT$", "w", stream);
    }
}

QStringList arguments(int argc, char* argv[])
{
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    QStringList arguments;
    if (wide == nullptr) {
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        return arguments;
    }
    for (int i = 0; i < count; ++i)
        arguments << QString::fromWCharArray(wide[i]);
    LocalFree(wide);
    return arguments;
}

void print(Stream stream, const QString& text)
{
    const HANDLE handle = GetStdHandle(handleId(stream));
    if (!usable(handle))
        return;
    std::fflush(stream == Stream::Output ? stdout : stderr);
    if (WindowsFiles::isConsole(handle)) {
        WindowsFiles::writeToConsole(handle, text);
        return;
    }
    const QByteArray bytes = text.toUtf8();
    qsizetype done = 0;
    while (done < bytes.size()) {
        DWORD written = 0;
        if (!WriteFile(handle, bytes.constData() + done, DWORD(bytes.size() - done), &written,
                       nullptr) ||
            written == 0)
            return;
        done += written;
    }
}

void answer(Stream stream, const QString& text)
{
    if (usable(GetStdHandle(handleId(stream)))) {
        print(stream, text);
        return;
    }
    // As QCommandLineParser does for a GUI program: nobody reads a console.
    MessageBoxW(nullptr, reinterpret_cast<const wchar_t*>(text.trimmed().utf16()),
                L"KI-Widerspruch",
                MB_OK | (stream == Stream::Error ? MB_ICONWARNING : MB_ICONINFORMATION));
}

void releaseConsole()
{
    if (!borrowedConsole)
        return;
    for (const DWORD id : std::as_const(borrowedHandles)) {
        CloseHandle(GetStdHandle(id));
        SetStdHandle(id, nullptr);
    }
    borrowedHandles.clear();
    FreeConsole();
    borrowedConsole = false;
}

} // namespace Terminal
