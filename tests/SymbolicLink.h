#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#ifdef Q_OS_WIN
// Only in the tests that include this header: <windows.h> turns MessageBox
// into MessageBoxW, the name of the dialog seam the GUI tests use.
#include <windows.h>
#endif

namespace TestFiles {

// A symbolic link at link to target, as the system makes one. QFile::link
// makes a .lnk shortcut on Windows, an ordinary file the program never
// follows; a symbolic link there is made by CreateSymbolicLink, which
// Windows allows only administrators and, in developer mode, everyone: false
// where it was not made, or not as a link Windows programs see (Wine 8).
inline bool symbolicLink(const QString& target, const QString& link)
{
#ifdef Q_OS_WIN
    DWORD flags = SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE;
    if (QFileInfo(target).isDir())
        flags |= SYMBOLIC_LINK_FLAG_DIRECTORY;
    const QString nativeLink = QDir::toNativeSeparators(link);
    const QString nativeTarget = QDir::toNativeSeparators(target);
    // Wine 8 makes one as a Linux link, which Windows programs (Qt's
    // QFileInfo too) see as the file or folder it leads to: no link then.
    return CreateSymbolicLinkW(reinterpret_cast<const wchar_t*>(nativeLink.utf16()),
                               reinterpret_cast<const wchar_t*>(nativeTarget.utf16()), flags) &&
           QFileInfo(link).isSymbolicLink();
#else
    return QFile::link(target, link);
#endif
}

} // namespace TestFiles

// Makes the link or, where the system does not let this user make one
// (Windows without the right to, Wine), skips the test: there is nothing to
// test then.
#ifdef Q_OS_WIN
#define KIW_SYMBOLIC_LINK(target, link)                                                            \
    do {                                                                                           \
        if (!TestFiles::symbolicLink(target, link))                                                \
            QSKIP("no symbolic link Windows programs see could be made (administrators or "        \
                  "developer mode only; Wine 8 makes Linux links)");                               \
    } while (false)
#else
#define KIW_SYMBOLIC_LINK(target, link) QVERIFY(TestFiles::symbolicLink(target, link))
#endif
