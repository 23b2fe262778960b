#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include "AtomicFileWriter.h"
#include "AttachmentStore.h"
#include "FileAccess.h"
#include "RecordStore.h"

// Entries brought into the database: once from the JSON record of earlier
// versions, and from an exported record (RecordArchive). Nothing already
// recorded is replaced; an import that fails changes nothing.

using namespace Qt::StringLiterals;

namespace {
// The JSON record of earlier versions may be large; an export has no ceiling.
constexpr qint64 maxJsonSize = qint64(2) * 1024 * 1024 * 1024;

// Copies an entry's evidence files into the attachments folder under its
// (possibly new) id; the metadata stays as it was recorded.
QString copyAttachments(ObjectionRecord& record, const QString& sourceFolder,
                        const QString& attachmentFolder, QStringList& copied)
{
    // What the entry's folder held before: never removed if the import fails.
    const QStringList before =
        QDir(QDir(attachmentFolder).filePath(record.id)).entryList(QDir::Files | QDir::Hidden);
    for (Attachment& attachment : record.attachments) {
        const QString source = QDir(sourceFolder).filePath(attachment.storedName);
        const AttachResult result =
            AttachmentStore::add(source, record.id, attachment.addedAt, attachmentFolder);
        if (!result.attachment)
            return result.error;
        if (result.attachment->sha256 != attachment.sha256) {
            return RecordStore::tr("The file %1 of entry %2 is not the one recorded (its "
                                   "SHA-256 differs).")
                .arg(QDir::toNativeSeparators(source), record.id);
        }
        if (!before.contains(result.attachment->storedName.section(u'/', -1)))
            copied << QDir(attachmentFolder).filePath(result.attachment->storedName);
        attachment.storedName = result.attachment->storedName;
    }
    return {};
}
} // namespace

namespace {
// An entry's content: where a copy of its evidence is kept differs from one
// computer to the next (the checksum and the rest do not).
QByteArray content(ObjectionRecord record)
{
    for (Attachment& attachment : record.attachments)
        attachment.storedName.clear();
    return RecordStore::recordJson(record);
}
} // namespace

RecordStore::ImportPlan RecordStore::plan(const QList<ObjectionRecord>& records)
{
    ImportPlan plan;
    QHash<QString, QByteArray> seen; // within the list: an id twice (older files allowed it)
    for (const ObjectionRecord& record : records) {
        const QByteArray json = content(record);
        if (const auto earlier = seen.constFind(record.id); earlier != seen.cend()) {
            if (*earlier == json)
                plan.same << record.id;
            else
                plan.twiceInFile << record;
            continue;
        }
        seen.insert(record.id, json);
        const std::optional<ObjectionRecord> existing = entry(record.id);
        // Kept beside another one by an earlier import: under its new id.
        bool keptBefore = false;
        for (ObjectionRecord other :
             load(u"id IN (SELECT entry_id FROM former_ids WHERE former_id = ?)"_s, {record.id})) {
            other.id = record.id;
            keptBefore = keptBefore || content(other) == json;
        }
        if ((existing && content(*existing) == json) || keptBefore)
            plan.same << record.id;
        else if (!existing)
            plan.fresh << record;
        else
            plan.conflicts << record;
    }
    return plan;
}

QString RecordStore::importRecords(const ImportPlan& plan, bool keepConflicts,
                                   const QString& sourceFolder, const QString& attachmentFolder,
                                   int* added, bool filesInPlace)
{
    QList<ObjectionRecord> fresh = plan.fresh;
    QList<ObjectionRecord> kept = plan.twiceInFile;
    if (keepConflicts)
        kept << plan.conflicts;
    QStringList formerIds;
    for (ObjectionRecord& record : kept) {
        formerIds << record.id;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QStringList copied;
    const auto removeCopies = [&copied] {
        for (const QString& file : std::as_const(copied)) {
            QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            QFile::remove(file);
        }
    };
    // Files first: the transaction is then short, and an entry is never
    // committed without its evidence.
    for (QList<ObjectionRecord>* list : {&fresh, &kept}) {
        for (ObjectionRecord& record : *list) {
            if (filesInPlace && list == &fresh)
                continue; // the record of an earlier version: the files are there
            if (QString error = copyAttachments(record, sourceFolder, attachmentFolder, copied);
                !error.isEmpty()) {
                removeCopies();
                return error;
            }
        }
    }
    const QString error = write(QString(), [&] {
        for (const ObjectionRecord& record : std::as_const(fresh)) {
            if (QString problem = insert(record); !problem.isEmpty())
                return problem;
        }
        QSqlQuery query(QSqlDatabase::database(m_connection));
        for (qsizetype i = 0; i < kept.size(); ++i) {
            if (QString problem = insert(kept.at(i)); !problem.isEmpty())
                return problem;
            query.prepare(u"INSERT INTO former_ids (former_id, entry_id) VALUES (?, ?)"_s);
            query.addBindValue(formerIds.at(i));
            query.addBindValue(kept.at(i).id);
            if (!query.exec())
                return sqlError(tr("The entry could not be saved"), query.lastError());
            query.prepare(u"UPDATE entry_search SET text = text || ? WHERE entry_id = ?"_s);
            query.addBindValue(QString(u"\n"_s + formerIds.at(i).toCaseFolded() + u'\n' +
                                       caseNumber(formerIds.at(i)).toCaseFolded()));
            query.addBindValue(kept.at(i).id);
            if (!query.exec())
                return sqlError(tr("The entry could not be saved"), query.lastError());
        }
        // Checked before it counts: every entry is there under its id.
        qsizetype found = 0;
        for (QList<ObjectionRecord>* list : {&fresh, &kept}) {
            for (const ObjectionRecord& record : *list) {
                query.prepare(u"SELECT count(*) FROM entries WHERE id = ?"_s);
                query.addBindValue(record.id);
                if (query.exec() && query.next())
                    found += query.value(0).toInt();
            }
        }
        if (found != fresh.size() + kept.size()) {
            return tr("The import was checked and found incomplete (%1 of %2 entries); nothing "
                      "was imported.")
                .arg(found)
                .arg(fresh.size() + kept.size());
        }
        return QString();
    });
    if (!error.isEmpty()) {
        removeCopies();
        return error;
    }
    if (added)
        *added = int(fresh.size() + kept.size());
    return {};
}

QString RecordStore::importLegacyJson()
{
    const QString legacy = legacyJsonPath(m_path);
    const FileAccess::Target target = FileAccess::inspect(legacy);
    if (target.kind == FileAccess::Kind::Missing)
        return {};
    const QString name = QDir::toNativeSeparators(legacy);
    if (target.kind != FileAccess::Kind::RegularFile) {
        return tr("The record file %1 of an earlier version is not an ordinary file; it was not "
                  "imported and is left as it is.")
            .arg(name);
    }
    // An earlier version still running writes it under this lock: nothing it
    // writes while the file is imported and set aside is missed.
    QLockFile lock(legacy + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        return tr("The record file %1 of an earlier version is being written by that version; "
                  "it is imported at the next start.")
            .arg(name);
    }
    const FileAccess::ReadResult file = FileAccess::readRegularFile(legacy, maxJsonSize);
    QString problem = file.tooLarge ? tr("it is larger than 2 GiB") : file.error;
    // The stub this version leaves behind: nothing to import.
    const QJsonObject root = QJsonDocument::fromJson(file.data).object();
    if (problem.isEmpty() && root.value(u"version"_s).toInt() == movedFormatVersion &&
        root.value(u"records"_s).toArray().isEmpty())
        return {};
    QList<ObjectionRecord> records;
    if (problem.isEmpty())
        std::tie(records, problem) = fromJson(file.data);
    int added = 0;
    ImportPlan imported;
    if (problem.isEmpty()) {
        imported = plan(records);
        // An entry in the database with the same id but other content (the
        // file was changed after an earlier import) is not imported twice; it
        // stays in the file kept beside the database.
        problem = importRecords(imported, false, AttachmentStore::defaultFolder(),
                                AttachmentStore::defaultFolder(), &added, true);
    }
    while (problem.endsWith(u'.'))
        problem.chop(1);
    if (!problem.isEmpty()) {
        return tr("The record file %1 of an earlier version could not be imported: %2. It is "
                  "left unchanged and imported at the next start once it can be read.")
            .arg(name, problem);
    }
    // Kept as it was, beside the database; older versions find a file they
    // refuse as "written by a newer version" instead of an empty record.
    const QFileInfo info(legacy);
    QString keptAs = info.dir().filePath(
        u"records-imported-%1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    for (int n = 2; QFileInfo::exists(keptAs); ++n)
        keptAs = info.dir().filePath(
            u"records-imported-%1-%2.json"_s.arg(QDate::currentDate().toString(Qt::ISODate))
                .arg(n));
    if (!QFile::rename(legacy, keptAs)) {
        return tr("%n entries were imported from %1 into the database, but the file could not be "
                  "renamed; it is imported again at the next start (nothing twice).",
                  nullptr, added)
            .arg(name);
    }
    const QJsonObject stub{{u"format"_s, u"ki-widerspruch-records"_s},
                           {u"version"_s, movedFormatVersion},
                           {u"movedTo"_s, QFileInfo(m_path).fileName()},
                           {u"records"_s, QJsonArray()},
                           {u"note"_s, u"The record of objections is kept in the database "
                                       "named in movedTo; this file only stops older versions "
                                       "of KI-Widerspruch from starting an empty record."_s}};
    const QString stubError =
        AtomicFileWriter::write(legacy, QJsonDocument(stub).toJson(QJsonDocument::Indented));
    QString notice =
        tr("The record of objections is now kept in a database (%1): %n entries were imported "
           "from "
           "the file of the earlier version, which is kept unchanged as %2.",
           nullptr, added + int(imported.same.size()))
            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(keptAs));
    if (!imported.conflicts.isEmpty())
        notice += u' ' + tr("%n entries of the file have the id of an entry in the database but "
                            "other content; they were not imported and stay in that file.",
                            nullptr, int(imported.conflicts.size()));
    if (!stubError.isEmpty())
        notice += u' ' + stubError;
    return notice;
}
