#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include "FileAccess.h"

// AtomicFileWriter on Linux and other Unix systems: QSaveFile, and link() for
// a new file that must not replace anything.

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

// On the disk before it gets its name, as QSaveFile does before renaming.
int syncToDisk(int descriptor)
{
#ifdef Q_OS_LINUX
    return ::fdatasync(descriptor);
#else
    return ::fsync(descriptor);
#endif
}
} // namespace

QString AtomicFileWriter::writeStream(const QString& name, int descriptor, const Producer& produce,
                                      const QString& path)
{
    if (descriptor == 1 && FileAccess::standardOutputClosed())
        return AtomicFileWriter::tr(
            "Nothing could be written to the standard output: it is closed.");
    QFile file;
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
    const QString problem = produceInto(file, produce, {});
    if (!problem.isEmpty())
        return AtomicFileWriter::tr("%1 could not be written completely: %2.").arg(name, problem);
    return {};
}

QString AtomicFileWriter::replaceWhole(const QString& path, const Producer& produce, Naming)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    const QString name = nameForUser(path);
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

AtomicFileWriter::NewFile AtomicFileWriter::createNew(const QString& path, const Producer& produce)
{
    const QString name = nameForUser(path);
    const QDir folder = QFileInfo(path).absoluteDir();
    const auto incomplete = [&name](const QString& problem) {
        return NewFile{
            false,
            tr("%1 could not be written completely: %2. Nothing was changed.").arg(name, problem)};
    };
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
