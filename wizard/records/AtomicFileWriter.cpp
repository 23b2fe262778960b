#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>

#include "FileAccess.h"

// What is written where, and the messages when it cannot be; how a file is
// replaced or created on the drive is in AtomicFileWriter_posix.cpp and
// AtomicFileWriter_win.cpp.

using namespace Qt::StringLiterals;

QString AtomicFileWriter::nameForUser(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}

QString AtomicFileWriter::write(const QString& path, const QByteArray& bytes, Naming naming)
{
    return write(
        path, [&bytes](QIODevice* device) { return device->write(bytes) == bytes.size(); }, naming);
}

QString AtomicFileWriter::write(const QString& path, const Producer& produce, Naming naming)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    const QString name = nameForUser(path);
    if (path.isEmpty())
        return tr("Please choose a file name.");
    const FileAccess::Target kind = FileAccess::inspect(path);
    switch (kind.kind) {
    case FileAccess::Kind::Stream: // named in full: "null" would say little
        return writeStream(QDir::toNativeSeparators(path), kind.descriptor, produce, path);
    case FileAccess::Kind::SymbolicLink:
        if (naming == Naming::ByProgram) {
            return tr("%1 is a symbolic link. KI-Widerspruch does not write through links, so "
                      "that no other file is changed. Please replace the link by the file "
                      "itself, or remove it. Nothing was written.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
        }
        return tr("%1 is a symbolic link. KI-Widerspruch does not write through links, so that "
                  "no other file is changed; please choose the file itself or another name. "
                  "Nothing was written.")
            .arg(name);
    case FileAccess::Kind::Folder:
        return tr("%1 is a folder. Please choose a file name.").arg(name);
    case FileAccess::Kind::DeviceName:
        return tr("%1 could not be saved: %2. Please choose another name. Nothing was written.")
            .arg(name, FileAccess::deviceNameReason());
    case FileAccess::Kind::Other:
        return tr("%1 is not a file but a device or a socket. Please choose a file name. "
                  "Nothing was written.")
            .arg(name);
    case FileAccess::Kind::Unknown:
        return tr("%1 could not be saved: %2. Nothing was changed.")
            .arg(name, FileAccess::writeReason(kind.error, path));
    case FileAccess::Kind::Missing:
    case FileAccess::Kind::RegularFile:
        break;
    }
    if (target.fileName().isEmpty())
        return tr("Please choose a file name.");
    if (!target.absoluteDir().exists())
        return tr("The folder %1 does not exist. Please choose another folder.").arg(folder);

    // On a read-only drive every file is unwritable: the drive is to blame, not
    // the file's protection.
    const bool unwritable =
        kind.kind == FileAccess::Kind::RegularFile && !QFileInfo(path).isWritable();
    if (unwritable && FileAccess::driveError(path) == EROFS) {
        return tr("%1 could not be saved: %2. Nothing was changed.")
            .arg(QDir::toNativeSeparators(target.absoluteFilePath()), FileAccess::reason(EROFS));
    }
    // QSaveFile would replace the file through its folder, but refuses one the
    // user may not change; the folder is not to blame then.
    if (unwritable && naming == Naming::ByProgram) {
        return tr("%1 is write-protected, so KI-Widerspruch does not replace it. Please remove "
                  "the write protection first. Nothing was changed.")
            .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
    }
    if (unwritable)
        return tr("%1 is write-protected, so KI-Widerspruch does not replace it. Please choose "
                  "another name, or remove the write protection first. Nothing was changed.")
            .arg(name);
    return replaceWhole(path, produce, naming);
}

QString AtomicFileWriter::writeStandardOutput(const Producer& produce)
{
    return writeStream(tr("The standard output"), 1, produce, {});
}
