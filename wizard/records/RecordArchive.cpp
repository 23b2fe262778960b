#include "RecordArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "RecordStore.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxRecordsFile = qint64(4) * 1024 * 1024 * 1024;

// Empty when the file could not be read.
QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString RecordArchive::write(RecordStore& store, const QString& folder,
                             const QString& attachmentFolder, int* written,
                             QStringList* problemsFound)
{
    const QDir dir(folder);
    const FileAccess::Kind kind = FileAccess::inspect(folder).kind;
    if (kind != FileAccess::Kind::Missing &&
        (kind != FileAccess::Kind::Folder ||
         !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()))
        return tr("Please choose a new or an empty folder for the export; %1 is not one.")
            .arg(shown(folder));
    if (!QDir().mkpath(folder))
        return tr("The folder %1 could not be created.").arg(shown(folder));
    if (const QString opened = store.open(); !store.isOpen())
        return opened;
    QStringList sums;
    int count = 0;
    QStringList problems;
    // An organisation at a time: a record of any size is written without
    // being held in memory as a whole.
    const QList<RecordStore::Organisation> organisations = store.organisations();
    const QString recordsPath = dir.filePath(QString::fromLatin1(recordsFile));
    QString error = AtomicFileWriter::write(recordsPath, [&](QIODevice* device) {
        device->write(R"({
    "format": "ki-widerspruch-records",
    "version": )" + QByteArray::number(RecordStore::formatVersion) +
                      R"(,
    "records": [
)");
        bool first = true;
        for (const RecordStore::Organisation& organisation : organisations) {
            for (const ObjectionRecord& record : store.entriesOf(organisation.name)) {
                if (!first)
                    device->write(",\n");
                first = false;
                if (device->write(RecordStore::recordJson(record).trimmed()) < 0)
                    return false;
                ++count;
                for (const Attachment& attachment : record.attachments) {
                    // Copied as they are, and listed with the checksum of the
                    // bytes copied: a file changed or lost since it was kept
                    // is named here, and the rest is still exported.
                    const QString source = QDir(attachmentFolder).filePath(attachment.storedName);
                    const QString target = dir.filePath(u"attachments/"_s + attachment.storedName);
                    QDir().mkpath(QFileInfo(target).absolutePath());
                    if (!QFile::copy(source, target)) {
                        problems << tr("the evidence file %1 of entry %2 could not be copied")
                                        .arg(shown(source), record.id);
                        continue;
                    }
                    const QByteArray sum = sha256Of(target);
                    if (sum != attachment.sha256.toLatin1())
                        problems << tr("the evidence file %1 of entry %2 was changed since it "
                                       "was kept")
                                        .arg(shown(source), record.id);
                    sums << QString::fromLatin1(sum) + u"  attachments/"_s + attachment.storedName;
                }
            }
        }
        return device->write("\n    ]\n}\n") > 0;
    });
    if (!error.isEmpty())
        return error;
    // A read that failed would leave entries out: not an export then.
    if (!store.readError().isEmpty())
        return store.readError();
    const QByteArray recordsSum = sha256Of(recordsPath);
    sums.prepend(QString::fromLatin1(recordsSum) + u"  "_s + QString::fromLatin1(recordsFile));
    error = AtomicFileWriter::write(dir.filePath(QString::fromLatin1(checksumFile)),
                                    (sums.join(u'\n') + u'\n').toUtf8());
    if (error.isEmpty() && written)
        *written = count;
    if (error.isEmpty() && problemsFound)
        *problemsFound = problems;
    return error;
}

RecordArchive::ReadResult RecordArchive::read(const QString& path)
{
    ReadResult result;
    const FileAccess::Kind kind = FileAccess::inspect(path).kind;
    QString jsonPath = path;
    if (kind == FileAccess::Kind::Folder) {
        const QDir dir(path);
        jsonPath = dir.filePath(QString::fromLatin1(recordsFile));
        result.attachmentFolder = dir.filePath(u"attachments"_s);
        const FileAccess::ReadResult sums =
            FileAccess::readRegularFile(dir.filePath(QString::fromLatin1(checksumFile)), 64 << 20);
        if (!sums.error.isEmpty() || sums.tooLarge) {
            result.error = tr("%1 is not an exported record: its list of checksums %2 could not "
                              "be read (%3).")
                               .arg(shown(path), QString::fromLatin1(checksumFile),
                                    sums.tooLarge ? tr("it is too large") : sums.error);
            return result;
        }
        // Every file listed is there and unchanged; records.json is among them.
        QHash<QString, QByteArray> listed;
        QStringList problems;
        const QList<QByteArray> lines = sums.data.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype gap = line.indexOf("  ");
            const QString name = QString::fromUtf8(line.mid(gap + 2));
            if (gap != 64 || name.contains(u"..") || name.startsWith(u'/') ||
                name.contains(u'\\')) {
                problems << tr("line %1 of %2 is not “checksum  file name”")
                                .arg(i + 1)
                                .arg(QString::fromLatin1(checksumFile));
                continue;
            }
            listed.insert(name, line.left(64).toLower());
            const QString file = dir.filePath(name);
            if (FileAccess::inspect(file).kind != FileAccess::Kind::RegularFile)
                problems << tr("%1 is missing").arg(name);
            else if (sha256Of(file) != line.left(64).toLower())
                problems << tr("%1 was changed (its SHA-256 differs)").arg(name);
        }
        if (!listed.contains(QString::fromLatin1(recordsFile)))
            problems << tr("%1 is not listed").arg(QString::fromLatin1(recordsFile));
        if (!problems.isEmpty()) {
            result.error = tr("The exported record %1 cannot be used: %2.")
                               .arg(shown(path), problems.mid(0, 10).join(u"; "_s));
            return result;
        }
        const FileAccess::ReadResult file = FileAccess::readRegularFile(jsonPath, maxRecordsFile);
        auto [records, error] = RecordStore::fromJson(file.data);
        if (!error.isEmpty()) {
            result.error = tr("%1: %2.").arg(shown(jsonPath), error);
            return result;
        }
        for (const ObjectionRecord& record : std::as_const(records)) {
            for (const Attachment& attachment : record.attachments) {
                const auto sum = listed.constFind(u"attachments/"_s + attachment.storedName);
                if (sum == listed.cend() || *sum != attachment.sha256.toLatin1())
                    problems << tr("the evidence file %1 of entry %2 is not in the export")
                                    .arg(attachment.storedName, record.id);
            }
        }
        if (!problems.isEmpty()) {
            result.error = tr("The exported record %1 cannot be used: %2.")
                               .arg(shown(path), problems.mid(0, 10).join(u"; "_s));
            return result;
        }
        result.records = records;
        return result;
    }
    // A record JSON file (records.json of an earlier version, or from an export).
    result.attachmentFolder = QFileInfo(path).dir().filePath(u"attachments"_s);
    const FileAccess::ReadResult file = FileAccess::readRegularFile(path, maxRecordsFile);
    if (!file.error.isEmpty() || file.tooLarge) {
        result.error = tr("%1 could not be read: %2.")
                           .arg(shown(path), file.tooLarge ? tr("it is too large") : file.error);
        return result;
    }
    auto [records, error] = RecordStore::fromJson(file.data);
    if (!error.isEmpty()) {
        result.error = tr("%1: %2.").arg(shown(path), error);
        return result;
    }
    result.records = records;
    return result;
}
