#pragma once

// Windows only: what the *_win.cpp files share. <windows.h> is included here
// and in .cpp files only, never in a header the wizard's widgets see: it
// turns MessageBox into MessageBoxW, the name of the dialog seam.

#include <QString>
#include <string>
#include <utility>
#include <windows.h>

namespace WindowsFiles {

// A handle that closes itself.
class Handle
{
public:
    explicit Handle(HANDLE handle = INVALID_HANDLE_VALUE) : m_handle(handle) {}
    ~Handle() { close(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept : m_handle(std::exchange(other.m_handle, INVALID_HANDLE_VALUE))
    {}
    Handle& operator=(Handle&& other) noexcept
    {
        if (this != &other) {
            close();
            m_handle = std::exchange(other.m_handle, INVALID_HANDLE_VALUE);
        }
        return *this;
    }

    HANDLE get() const { return m_handle; }
    bool isValid() const { return m_handle != INVALID_HANDLE_VALUE && m_handle != nullptr; }
    void close()
    {
        if (isValid())
            CloseHandle(m_handle);
        m_handle = INVALID_HANDLE_VALUE;
    }

private:
    HANDLE m_handle;
};

// The path as Win32 wants it: absolute, with backslashes, and \\?\ in front
// when it is longer than MAX_PATH allows.
std::wstring nativePath(const QString& path);

// Whether the path's last part is a name Windows keeps for a device – CON,
// PRN, AUX, NUL, COM0–COM9, LPT0–LPT9 (also ¹²³), CONIN$, CONOUT$, in any
// case, with any extension and trailing dots or spaces ("nul.txt",
// "Com1.tar.gz") – or the path leads into the device namespace (\\.\pipe\…,
// \\?\GLOBALROOT\…). Opening such a name opens the device, in any folder.
bool isDeviceName(const QString& path);

// Volume and file id of an open file: the same for every name of one file.
struct Identity
{
    quint64 volume = 0;
    quint64 high = 0;
    quint64 low = 0;
    bool valid = false;
    bool operator==(const Identity& other) const
    {
        return valid && other.valid && volume == other.volume && high == other.high &&
               low == other.low;
    }
};
Identity identityOf(HANDLE handle);
// The identity of the file a path names, through links (as stat() does).
Identity identityOf(const QString& path);

// Whether the handle is a console (not a file or a pipe it was redirected to).
bool isConsole(HANDLE handle);
// Text onto a console as characters (UTF-16), whatever its code page; 0 or
// the error code.
DWORD writeToConsole(HANDLE console, const QString& text);

} // namespace WindowsFiles
