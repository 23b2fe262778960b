#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "CancelFlag.h"

// What stands at a path before the program reads or writes it, and messages
// for what can go wrong, in the user's language (a system message would come
// in the system's language, inside a sentence in the program's).
//
// The rules (README, "Sicherheit und Verlässlichkeit"): only regular files are
// read, so a FIFO or a device never blocks the program; regular files are
// replaced atomically; a symbolic link is never written through; standard
// output and devices (/dev/stdout, /dev/null, a FIFO) are written as streams,
// never replaced. On Windows a symbolic link or a junction counts as a link;
// a shortcut (.lnk) is an ordinary file, never followed; a name Windows keeps
// for a device (CON, NUL, COM1, … also "nul.txt") is refused, never opened.
// Per platform: FileAccess_posix.cpp, FileAccess_win.cpp.
class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)

public:
    enum class Kind
    {
        Missing,
        RegularFile,
        Folder,
        SymbolicLink, // a link to anything but a stream (Windows: also a junction)
        Stream,       // standard output or error, a character device, a FIFO
        Other,        // a block device or a socket (Windows: a pipe or a device)
        DeviceName,   // Windows: CON, NUL, COM1, … (any folder, any extension)
        Unknown,      // could not be looked at (see error)
    };

    struct Target
    {
        Kind kind = Kind::Unknown;
        int descriptor = -1; // /dev/stdout, /dev/fd/N: the program's own descriptor
        int error = 0;       // errno when kind is Unknown (on Windows: the nearest errno)
    };

    // Looks at the path itself, not through a link at its end; only links into
    // /dev and /proc (/dev/stdout and the like) count as the stream they name.
    // Windows has no such paths: standard output is only "-" (see
    // AtomicFileWriter::writeStandardOutput), every device is refused.
    static Target inspect(const QString& path);

    struct ReadResult
    {
        QByteArray data;
        QString error;          // why it could not be read: "it does not exist", …
        bool tooLarge = false;  // more than maxSize bytes (error stays empty)
        bool cancelled = false; // the flag was set; data and error stay empty
    };
    // Reads a regular file of at most maxSize bytes (following links). Anything
    // else is refused at once, without waiting for a writer or a device, and
    // so are the files the system makes up as they are read (/proc, /sys),
    // which no drive holds. Stops early when cancel is set.
    static ReadResult readRegularFile(const QString& path, qint64 maxSize,
                                      const CancelFlag* cancel = nullptr);

    // Whether two paths name the same file (or the same stream): the same
    // file through a link or another spelling of the path counts as the same
    // (on Windows: in any case, "Brief.PDF" and "brief.pdf").
    static bool sameFile(const QString& a, const QString& b);
    // Whether standard output was sent into the file at path
    // ("--text - > brief.pdf"), so that writing both would lose one.
    static bool standardOutputGoesTo(const QString& path);

    // Deletes a folder and all in it. A link inside goes itself, never what
    // it leads to (on Windows a junction too, which QDir would follow).
    static bool removeFolder(const QString& path);

    // A short reason for an errno value, e.g. "the disk is full".
    static QString reason(int error);
    // The reason a write at path failed. Qt does not always keep the system's
    // error (a short write, a failed commit, QSettings' AccessError), so an
    // error that says little (0, EIO, EACCES, EPERM) is checked against the
    // drive: a read-only drive or one without a free block is named as such.
    static QString writeReason(int error, const QString& path);
    // EROFS or ENOSPC when the drive path is (or would be) on is read-only or
    // has no free block left; 0 otherwise.
    static int driveError(const QString& path);
    // The reason for a file in /proc or /sys, which no drive holds.
    static QString notOrdinaryFile();
    // The reason for a name Windows keeps for a device (Kind::DeviceName).
    static QString deviceNameReason();
#ifdef Q_OS_WIN
    // A short reason for a Windows error code (GetLastError()): the words of
    // reason() where errno has the same meaning, else Windows' own text.
    static QString windowsReason(unsigned long error);
    // The nearest errno for a Windows error code (EIO when there is none).
    static int errnoFor(unsigned long error);
#endif

    // For main(): when the program is started with standard output closed,
    // the descriptor is taken by /dev/null, so that no file opened later gets
    // it and receives what was meant for standard output. (Windows: files get
    // handles, never descriptor 1; only noted whether there is an output.)
    static void guardStandardOutput();
    static bool standardOutputClosed();
};
