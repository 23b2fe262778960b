#include "RecordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cerrno>

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

RecordStore::RecordStore(const QString& path) : m_path(path) {}

QString RecordStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"records.json"_s);
}

QString RecordStore::load()
{
    m_loaded = true;
    m_records.clear();
    m_unreadableFileKept = false;
    if (FileAccess::inspect(m_path).kind == FileAccess::Kind::Missing)
        return {};
    const FileAccess::ReadResult file = FileAccess::readRegularFile(m_path, maxFileSize);
    QString problem = file.error;
    if (file.tooLarge) {
        problem = tr("it is larger than %1 MiB").arg(maxFileSize / 1024 / 1024);
    } else if (problem.isEmpty()) {
        auto [records, error] = fromJson(file.data);
        problem = error;
        if (problem.isEmpty())
            m_records = records;
    }
    if (problem.isEmpty())
        return {};
    m_unreadableFileKept = true;
    while (problem.endsWith(u'.'))
        problem.chop(1); // the sentence goes on
    return tr("The record of objections %1 could not be read: %2. The file is left as it is; "
              "before the next entry is saved it is renamed, so nothing in it is lost.")
        .arg(QDir::toNativeSeparators(m_path), problem);
}

QString RecordStore::loadOnce()
{
    if (m_loaded)
        return {};
    m_loaded = true;
    return load();
}

QString RecordStore::add(const ObjectionRecord& record)
{
    ObjectionRecord added = record;
    if (added.id.isEmpty())
        added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!added.recordedAt.isValid())
        added.recordedAt = QDateTime::currentDateTimeUtc();
    return change([added](QList<ObjectionRecord>& records) {
        records << added;
        return true;
    });
}

QString RecordStore::update(ObjectionRecord record)
{
    // By value: a change that cannot be written now is made again later.
    const QString error = change([record](QList<ObjectionRecord>& records) {
        bool found = false;
        for (ObjectionRecord& existing : records) {
            if (existing.id == record.id) {
                existing = record;
                found = true;
            }
        }
        return found;
    });
    const bool found =
        std::any_of(m_records.cbegin(), m_records.cend(),
                    [&record](const ObjectionRecord& r) { return r.id == record.id; });
    return found ? error : tr("This entry no longer exists.");
}

QString RecordStore::remove(QString id)
{
    return change([id](QList<ObjectionRecord>& records) {
        records.removeIf([&id](const ObjectionRecord& record) { return record.id == id; });
        return true;
    });
}

QString RecordStore::change(const Change& apply)
{
    loadOnce(); // never write over records that were not read yet
    const QFileInfo target(m_path);
    if (!QDir().mkpath(target.absolutePath())) {
        apply(m_records); // kept in memory, shown, and saved by the next change
        m_pending << apply;
        return tr("The folder %1 for the record of objections could not be created. The entry "
                  "is kept until the program is closed; please check the folder and try again.")
            .arg(QDir::toNativeSeparators(target.absolutePath()));
    }
    // Two KI-Widerspruch windows may record at the same time: each change
    // holds the lock, starts from what is on disk now and writes it back, so
    // neither loses the other's entries.
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        apply(m_records);
        m_pending << apply;
        if (lock.error() != QLockFile::LockFailedError) {
            return tr("The record of objections cannot be written in %1: %2. The entry is kept "
                      "until the program is closed; please check that you may write to the "
                      "folder.")
                .arg(QDir::toNativeSeparators(target.absolutePath()),
                     FileAccess::reason(lock.error() == QLockFile::PermissionError ? EACCES : EIO));
        }
        return tr("The record of objections is being written by another KI-Widerspruch. The "
                  "entry is kept until the program is closed; please try again.");
    }
    if (!m_unreadableFileKept && target.exists()) {
        const FileAccess::ReadResult file = FileAccess::readRegularFile(m_path, maxFileSize);
        if (auto [records, error] = fromJson(file.data); file.error.isEmpty() && error.isEmpty()) {
            m_records = records;
            for (const Change& pending : std::as_const(m_pending))
                pending(m_records);
        }
    }
    if (!apply(m_records) && m_pending.isEmpty())
        return {};
    const QString error = save();
    if (error.isEmpty())
        m_pending.clear();
    else
        m_pending << apply;
    return error;
}

QString RecordStore::save()
{
    const QFileInfo target(m_path);
    if (m_unreadableFileKept && target.exists()) {
        const QString kept = target.absoluteDir().filePath(u"records-unreadable-%1.json"_s.arg(
            QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
        if (!QFile::rename(m_path, kept))
            return tr("The unreadable record file could not be set aside; nothing was saved.");
        m_unreadableFileKept = false;
    }
    const QString error = AtomicFileWriter::write(m_path, toJson(m_records));
    if (!error.isEmpty())
        return error + u' ' + tr("The entry is kept until the program is closed.");
    return {};
}
