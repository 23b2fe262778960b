#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

// Writes the files the program makes. A regular file is written all at once
// or not at all (QSaveFile; on Windows a new file renamed over the old one):
// a failed write leaves any older file untouched and no half-written one
// behind. Standard output and devices are written as
// streams; a symbolic link or anything else is refused (see FileAccess).
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    using Producer = std::function<bool(QIODevice*)>;

    // Who named the file. A link or a write-protected file is refused either
    // way, but only a user who chose the name in a dialog can choose another;
    // for a file the program names (the record of objections) the message
    // says what to do with the file itself, and where it is.
    enum class Naming
    {
        ByProgram,
        ByUser
    };

    // Returns an empty string on success, otherwise a message for the user.
    static QString write(const QString& path, const Producer& produce,
                         Naming naming = Naming::ByProgram);
    // The same for bytes already in memory (profiles, records, calendar files).
    static QString write(const QString& path, const QByteArray& bytes,
                         Naming naming = Naming::ByProgram);

    // The same into the program's standard output (a stream, see FileAccess).
    static QString writeStandardOutput(const Producer& produce);

    struct NewFile
    {
        bool nameTaken = false; // something of that name exists: choose another
        QString error;          // for the user; empty when written (or the name taken)
    };
    // Creates a file that does not exist yet, all at once, and never replaces
    // anything: not a file another program wrote in the meantime, not a link.
    static NewFile createNew(const QString& path, const Producer& produce);

private:
    // The file's name for a message, or the whole path if it has none.
    static QString nameForUser(const QString& path);
    // Per platform (AtomicFileWriter_posix.cpp, AtomicFileWriter_win.cpp), as
    // is createNew(). A stream written as it is: standard output (descriptor
    // 1) or a device or FIFO at path.
    static QString writeStream(const QString& name, int descriptor, const Producer& produce,
                               const QString& path);
    // A regular file, or none yet, replaced whole by what produce writes.
    static QString replaceWhole(const QString& path, const Producer& produce, Naming naming);
};
