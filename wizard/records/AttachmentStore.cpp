#include "AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "MailReader.h"

using namespace Qt::StringLiterals;

namespace {

// Record ids are UUIDs; anything else must not become a path ("../x").
bool validRecordId(const QString& id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"_s);
    return pattern.match(id).hasMatch();
}

// "<record id>/<file>", nothing that leads out of the folder.
bool validStoredName(const QString& storedName)
{
    const QStringList parts = storedName.split(u'/');
    return parts.size() == 2 && validRecordId(parts.at(0)) && !parts.at(1).isEmpty() &&
           !parts.at(1).startsWith(u'.') && !parts.at(1).contains(u'\\');
}

// The user's file name made safe on every file system: letters, digits, dot,
// hyphen, underscore; at most 80 characters, its suffix kept.
QString safeName(const QString& originalName)
{
    QString name;
    for (const QChar c : originalName) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        if (plain)
            name += c;
        else if (!name.endsWith(u'_'))
            name += u'_';
    }
    while (name.startsWith(u'.') || name.startsWith(u'_'))
        name.remove(0, 1);
    if (name.size() > 80) {
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString suffix = dot > 0 && name.size() - dot <= 10 ? name.mid(dot) : QString();
        name = name.left(80 - suffix.size()) + suffix;
    }
    return name.isEmpty() ? u"file"_s : name;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void readMail(Attachment& attachment, const QByteArray& bytes, QString& warning,
              const CancelFlag* cancel)
{
    const QString suffix = QFileInfo(attachment.originalName).suffix().toLower();
    if (suffix != "eml"_L1 && suffix != "msg"_L1)
        return;
    const auto [mail, error] = MailReader::read(bytes, attachment.originalName, cancel);
    if (!error.isEmpty()) {
        warning =
            AttachmentStore::tr("The file was kept, but it could not be read as an e-mail: %1.")
                .arg(error);
        return;
    }
    attachment.mailDate = mail.date;
    attachment.mailFrom = mail.from;
    attachment.mailSubject = mail.subject;
    attachment.mailText = mail.text;
}

// The names AtomicFileWriter::createNew() gives a copy while it writes it
// (".kiw-" and a random 64-bit number in base 36), and nothing else.
bool isTemporaryName(const QString& name)
{
    static const QRegularExpression pattern(u"^\\.kiw-[0-9a-z]{1,13}\\.tmp$"_s);
    return pattern.match(name).hasMatch();
}

// Written piece by piece, so that a cancel stops a large copy quickly.
bool writeInChunks(QIODevice* device, const QByteArray& bytes, const CancelFlag* cancel)
{
    constexpr qsizetype chunkSize = 1024 * 1024;
    for (qsizetype done = 0; done < bytes.size(); done += chunkSize) {
        if (isCancelled(cancel))
            return false;
        const qsizetype size = std::min(chunkSize, bytes.size() - done);
        if (device->write(bytes.constData() + done, size) != size)
            return false;
    }
    return true;
}

} // namespace

QString AttachmentStore::defaultFolder()
{
    // Beside the record's database: on Windows in the local, not the roaming,
    // profile with it (the same folder elsewhere).
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/attachments"_s;
}

AttachResult AttachmentStore::add(const QString& sourcePath, const QString& recordId,
                                  const QDateTime& now, const QString& folder,
                                  const CancelFlag* cancel)
{
    const QString originalName = QFileInfo(sourcePath).fileName();
    const auto refuse = [&](const QString& reason) {
        return AttachResult{std::nullopt,
                            tr("%1 could not be kept as evidence: %2.").arg(originalName, reason),
                            {}};
    };
    const AttachResult cancelled{
        std::nullopt, tr("Copying %1 was cancelled; it was not kept.").arg(originalName), {}, true};
    if (!validRecordId(recordId))
        return refuse(tr("the record entry has no valid id"));

    // A link is followed: users pick files through links (a desktop shortcut,
    // a synced folder), and what is kept is a copy of what the link leads to,
    // so nothing is written through it or depends on it later.
    QString path = sourcePath;
    FileAccess::Target target = FileAccess::inspect(path);
    if (target.kind == FileAccess::Kind::SymbolicLink) {
        path = QFileInfo(sourcePath).canonicalFilePath();
        if (path.isEmpty())
            return refuse(tr("it is a symbolic link to something that does not exist"));
        target = FileAccess::inspect(path);
    }
    switch (target.kind) {
    case FileAccess::Kind::RegularFile:
        break;
    case FileAccess::Kind::Missing:
        return refuse(FileAccess::reason(ENOENT));
    case FileAccess::Kind::Folder:
        return refuse(FileAccess::reason(EISDIR));
    case FileAccess::Kind::Unknown:
        return refuse(FileAccess::reason(target.error));
    case FileAccess::Kind::DeviceName:
        return refuse(FileAccess::deviceNameReason());
    default:
        return refuse(tr("it is not a file on a drive but a device, a pipe or a socket"));
    }
    const QString tooLarge = tr("it is larger than %1 MB").arg(maxSize / (1024 * 1024));
    if (QFileInfo(path).size() > maxSize)
        return refuse(tooLarge); // a large file is not read at all
    const FileAccess::ReadResult read = FileAccess::readRegularFile(path, maxSize, cancel);
    if (read.cancelled)
        return cancelled;
    if (read.tooLarge)
        return refuse(tooLarge);
    if (!read.error.isEmpty())
        return refuse(read.error);

    Attachment attachment;
    attachment.originalName = originalName;
    attachment.sha256 = sha256(read.data);
    attachment.size = read.data.size();
    attachment.addedAt = now;
    QString warning;
    readMail(attachment, read.data, warning, cancel);
    if (isCancelled(cancel))
        return cancelled;

    // The record's folder is a real folder of ours, never a link to elsewhere.
    // Only the owner may look into it, even while a copy is written.
    const QString recordFolder = folder + u'/' + recordId;
    if (FileAccess::inspect(recordFolder).kind == FileAccess::Kind::Missing &&
        QDir().mkpath(folder))
        QDir(folder).mkdir(recordId, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const FileAccess::Target folderTarget = FileAccess::inspect(recordFolder);
    if (folderTarget.kind == FileAccess::Kind::Missing) {
        return refuse(
            tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(recordFolder)));
    } else if (folderTarget.kind != FileAccess::Kind::Folder) {
        return refuse(tr("%1 is not a folder of KI-Widerspruch's own")
                          .arg(QDir::toNativeSeparators(recordFolder)));
    }

    // Named by the content: the same bytes kept before are found by name.
    const QString prefix = attachment.sha256.left(12) + u'-';
    const QDir dir(recordFolder);
    for (const QString& existing : dir.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden)) {
        const QString existingPath = dir.filePath(existing);
        if (FileAccess::inspect(existingPath).kind != FileAccess::Kind::RegularFile)
            continue;
        const auto kept = FileAccess::readRegularFile(existingPath, maxSize, cancel);
        if (kept.cancelled)
            return cancelled;
        if (kept.error.isEmpty() && !kept.tooLarge && sha256(kept.data) == attachment.sha256) {
            attachment.storedName = recordId + u'/' + existing;
            // When the copy was made: it is never changed afterwards.
            attachment.addedAt = QFileInfo(existingPath).lastModified().toUTC();
            const QString note =
                tr("%1 is already kept for this entry; it was not copied again.").arg(originalName);
            return {attachment, {}, warning.isEmpty() ? note : warning + u' ' + note};
        }
    }

    // A copy of a kept copy (an exported record imported) is named as the
    // first one was, not with the checksum twice.
    QString name = safeName(originalName);
    if (name.startsWith(prefix) && name.size() > prefix.size())
        name.remove(0, prefix.size());
    for (int attempt = 1; attempt <= 100; ++attempt) {
        if (isCancelled(cancel))
            return cancelled;
        const QString storedFile = attempt == 1
                                       ? QString(prefix + name)
                                       : QString(prefix + QString::number(attempt) + u'-' + name);
        const QString storedPath = dir.filePath(storedFile);
        const AtomicFileWriter::NewFile written =
            AtomicFileWriter::createNew(storedPath, [&](QIODevice* device) {
                return writeInChunks(device, read.data, cancel);
            });
        if (isCancelled(cancel)) {
            // Cut off while written: createNew() has removed it. Written whole
            // just before the cancel: it goes too, as the user asked.
            if (!written.nameTaken && written.error.isEmpty())
                QFile::remove(storedPath);
            return cancelled;
        }
        if (written.nameTaken)
            continue;
        if (!written.error.isEmpty())
            return {std::nullopt,
                    tr("%1 could not be kept as evidence. %2").arg(originalName, written.error),
                    {}};
        // Read back: a copy that is not byte for byte the file is no evidence.
        const auto check = FileAccess::readRegularFile(storedPath, maxSize, cancel);
        if (check.cancelled) {
            QFile::remove(storedPath);
            return cancelled;
        }
        if (!check.error.isEmpty() || check.tooLarge || sha256(check.data) != attachment.sha256) {
            QFile::remove(storedPath);
            return refuse(tr("the copy could not be read back unchanged"));
        }
        // Read-only, so that no program changes the evidence by mistake, and
        // for its owner only: Meta's mails name people. A file system without
        // permissions (FAT) ignores this; the SHA-256 still shows any change
        // (verify()).
        QFile::setPermissions(storedPath, QFile::ReadOwner | QFile::ReadUser);
        attachment.storedName = recordId + u'/' + storedFile;
        return {attachment, {}, warning};
    }
    return refuse(tr("too many files of the same name are kept for this entry"));
}

void AttachmentStore::removeLeftovers(const QString& folder)
{
    // Only real folders are looked into and only real files deleted; the
    // record folders are ours, but a link in their place may lead anywhere.
    if (FileAccess::inspect(folder).kind != FileAccess::Kind::Folder)
        return;
    const QDateTime lastHour = QDateTime::currentDateTimeUtc().addSecs(-60 * 60);
    const QDir root(folder);
    for (const QString& recordId : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString recordFolder = root.filePath(recordId);
        if (!validRecordId(recordId) ||
            FileAccess::inspect(recordFolder).kind != FileAccess::Kind::Folder)
            continue;
        const QDir dir(recordFolder);
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
            const QString path = dir.filePath(name);
            if (isTemporaryName(name) &&
                FileAccess::inspect(path).kind == FileAccess::Kind::RegularFile &&
                QFileInfo(path).lastModified().toUTC() < lastHour)
                QFile::remove(path);
        }
    }
}

QString AttachmentStore::verify(const Attachment& attachment, const QString& folder)
{
    const QString name = attachment.originalName;
    if (!validStoredName(attachment.storedName))
        return tr("%1 is missing.").arg(name);
    const QString path = folder + u'/' + attachment.storedName;
    const FileAccess::Target target = FileAccess::inspect(path);
    if (target.kind == FileAccess::Kind::Missing)
        return tr("%1 is missing.").arg(name);
    if (target.kind != FileAccess::Kind::RegularFile)
        return tr("%1 was changed since it was added: it is no longer a file.").arg(name);
    const auto read = FileAccess::readRegularFile(path, maxSize);
    if (!read.error.isEmpty())
        return tr("%1 could not be read: %2.").arg(name, read.error);
    if (read.tooLarge || read.data.size() != attachment.size ||
        sha256(read.data) != attachment.sha256)
        return tr("%1 was changed since it was added.").arg(name);
    return {};
}

QString AttachmentStore::removeAll(const QString& recordId, const QString& folder)
{
    if (!validRecordId(recordId))
        return tr("The files of the record entry could not be deleted: it has no valid id.");
    const QString path = folder + u'/' + recordId;
    const QString shown = QDir::toNativeSeparators(path);
    switch (FileAccess::inspect(path).kind) {
    case FileAccess::Kind::Missing:
        return {};
    case FileAccess::Kind::Folder:
        break;
    case FileAccess::Kind::SymbolicLink:
        // Deleting through a link would delete files KI-Widerspruch never kept.
        return tr("%1 is a symbolic link; KI-Widerspruch does not delete what it leads to.")
            .arg(shown);
    default:
        return tr("%1 is not a folder of KI-Widerspruch's own; it was not deleted.").arg(shown);
    }
    // A link inside the folder goes itself, never what it leads to; read-only
    // files go too, since deleting needs only the folder to be writable.
    if (!FileAccess::removeFolder(path))
        return tr("The files in %1 could not all be deleted.").arg(shown);
    return {};
}
