#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cerrno>

#include "FileAccess.h"

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Passes every write on to the file and keeps the reason of the first that
// fails: on a full disk Qt reports a short write without any error.
class CheckedWrites : public QIODevice
{
public:
    explicit CheckedWrites(QFileDevice& file) : m_file(file) { open(QIODevice::WriteOnly); }
    int error() const { return m_error; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        errno = 0;
        const qint64 written = m_file.write(data, length);
        if (written != length && m_error == 0)
            m_error = errno != 0 ? errno : EIO;
        return written;
    }

private:
    QFileDevice& m_file;
    int m_error = 0;
};

// Lets the producer write and makes sure everything reached the file: Qt 6.4's
// QSaveFile::commit() ignores a failed final flush, so a small file on a full
// disk would be committed empty. Returns the reason of a failure, or nothing.
// A file on a drive (path not empty) has its drive asked when the error says
// little; a stream's errno is all there is.
QString produceInto(QFileDevice& file, const AtomicFileWriter::Producer& produce,
                    const QString& path)
{
    const auto why = [&path](int error) {
        return path.isEmpty() ? FileAccess::reason(error != 0 ? error : EIO)
                              : FileAccess::writeReason(error, path);
    };
    CheckedWrites checked(file);
    const bool produced = produce(&checked);
    if (checked.error() != 0)
        return why(checked.error());
    if (!produced)
        return AtomicFileWriter::tr("the content could not be made");
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return why(errno);
    return {};
}

QString writeStream(const QString& name, int descriptor, const AtomicFileWriter::Producer& produce,
                    const QString& path)
{
    if (descriptor == 1 && FileAccess::standardOutputClosed())
        return AtomicFileWriter::tr(
            "Nothing could be written to the standard output: it is closed.");
    QFile file;
#ifdef Q_OS_UNIX
    // Opened as it is: no truncating, no replacing. Without waiting: a FIFO
    // that no program reads would block forever (ENXIO says so at once).
    const int opened = descriptor >= 0 ? descriptor
                                       : ::open(QFile::encodeName(path).constData(),
                                                O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (opened >= 0 && descriptor < 0)
        ::fcntl(opened, F_SETFL, ::fcntl(opened, F_GETFL) & ~O_NONBLOCK);
    if (opened < 0 ||
        !file.open(opened, QIODevice::WriteOnly,
                   descriptor >= 0 ? QFileDevice::DontCloseHandle : QFileDevice::AutoCloseHandle)) {
        return AtomicFileWriter::tr("%1 could not be opened for writing: %2.")
            .arg(name, FileAccess::reason(errno));
    }
#else
    Q_UNUSED(descriptor)
    file.setFileName(path);
    if (!file.open(QIODevice::WriteOnly))
        return AtomicFileWriter::tr("%1 could not be opened for writing.").arg(name);
#endif
    const QString problem = produceInto(file, produce, {});
    if (!problem.isEmpty())
        return AtomicFileWriter::tr("%1 could not be written completely: %2.").arg(name, problem);
    return {};
}

// On the disk before it gets its name, as QSaveFile does before renaming.
int syncToDisk(int descriptor)
{
#ifdef Q_OS_LINUX
    return ::fdatasync(descriptor);
#elif defined(Q_OS_UNIX)
    return ::fsync(descriptor);
#else
    Q_UNUSED(descriptor)
    return 0;
#endif
}

QString nameForUser(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}
} // namespace

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
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("%1 could not be saved in %2: %3. Please choose a folder you may write to.")
            .arg(name, folder, FileAccess::writeReason(errno, path));
    }
    const QString problem = produceInto(file, produce, path);
    if (!problem.isEmpty()) {
        file.cancelWriting();
        return tr("%1 could not be written completely: %2. Nothing was changed.")
            .arg(name, problem);
    }
    errno = 0;
    if (!file.commit()) {
        return tr("%1 could not be saved: %2. Nothing was changed.")
            .arg(name, FileAccess::writeReason(errno, path));
    }
    return {};
}

QString AtomicFileWriter::writeStandardOutput(const Producer& produce)
{
    return writeStream(tr("The standard output"), 1, produce, {});
}

AtomicFileWriter::NewFile AtomicFileWriter::createNew(const QString& path, const Producer& produce)
{
    const QString name = nameForUser(path);
    const QDir folder = QFileInfo(path).absoluteDir();
    const auto incomplete = [&name](const QString& problem) {
        return NewFile{
            false,
            tr("%1 could not be written completely: %2. Nothing was changed.").arg(name, problem)};
    };
#ifdef Q_OS_UNIX
    // Written under a name no one else uses, then given its real name with
    // link(), which fails if anything of that name exists: the file appears
    // whole or not at all, and never in place of another.
    QFile temporary;
    do {
        temporary.setFileName(
            folder.filePath(u".kiw-%1.tmp"_s.arg(QRandomGenerator::global()->generate64(), 0, 36)));
    } while (!temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly) && errno == EEXIST);
    if (!temporary.isOpen()) {
        return {false, tr("%1 could not be saved in %2: %3. Please choose a folder you may "
                          "write to.")
                           .arg(name, QDir::toNativeSeparators(folder.absolutePath()),
                                FileAccess::writeReason(errno, path))};
    }
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    QString problem = produceInto(temporary, produce, path);
    if (problem.isEmpty() && syncToDisk(temporary.handle()) != 0)
        problem = FileAccess::writeReason(errno, path);
    temporary.close();
    int linkError = 0;
    if (problem.isEmpty() &&
        ::link(temporaryName.constData(), QFile::encodeName(path).constData()) != 0)
        linkError = errno;
    ::unlink(temporaryName.constData());
    if (!problem.isEmpty())
        return incomplete(problem);
    if (linkError == 0)
        return {};
    if (linkError == EEXIST)
        return {true, {}};
    // FAT sticks and some network drives have no hard links: on as below.
    if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS)
        return incomplete(FileAccess::writeReason(linkError, path));
#endif
    // Created only if new (O_EXCL, which also refuses a link of that name),
    // and removed again if it cannot be written whole.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (errno == EEXIST)
            return {true, {}};
        return {false, tr("%1 could not be saved: %2. Nothing was changed.")
                           .arg(name, FileAccess::writeReason(errno, path))};
    }
    const QString written = produceInto(file, produce, path);
    if (!written.isEmpty()) {
        file.remove();
        return incomplete(written);
    }
    return {};
}
