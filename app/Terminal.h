#pragma once

#include <QString>
#include <QStringList>

// What the program gets from and gives to the command line that started it:
// its arguments, its standard output and error. Per platform:
// Terminal_posix.cpp, Terminal_win.cpp.
//
// On Windows there are two programs: ki-widerspruch.exe, which Windows starts
// without a console (no window flashes up when the wizard opens), and
// ki-widerspruch-cli.exe, a console program for scripts and the command
// prompt, which waits for it and shows what it prints.
namespace Terminal {

// First thing in main(). Windows: the GUI program, started from a command
// prompt without its output sent elsewhere, writes into that prompt's
// console (which does not wait for it; ki-widerspruch-cli.exe does).
void setUp();

// The arguments as typed. Windows: from the wide command line, so that a path
// in any script reaches the program whole (argv holds them in the ANSI code
// page, which has no "ł" or "Я").
QStringList arguments(int argc, char* argv[]);

enum class Stream
{
    Output,
    Error,
};

// Text and its line breaks: UTF-8 into a file or a pipe, as on Linux; on a
// Windows console as characters, whatever code page the console has.
void print(Stream stream, const QString& text);

// The same for --help, --version and wrong usage; where nobody would see it
// (the Windows GUI program started by a double-click or a shortcut, with no
// console and no output) in a message box instead.
void answer(Stream stream, const QString& text);

// The wizard opens: the GUI program lets go of the console it borrowed from
// the command prompt, so that Ctrl+C typed there later does not end it.
void releaseConsole();

} // namespace Terminal
