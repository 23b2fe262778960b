#include "RecordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cerrno>

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "InputValidation.h"
#include "JsonFieldReader.h"
#include "ProfileFile.h"
#include "RequestKeys.h"

using namespace Qt::StringLiterals;

namespace {
const QString formatName = u"ki-widerspruch-records"_s;
constexpr int maxRecords = 100000;
constexpr int maxTextLength = 200000;
constexpr int maxAccounts = 500;

QString routeKey(Route route)
{
    switch (route) {
    case Route::OnlineForm:
        return u"onlineForm"_s;
    case Route::Letter:
        return u"letter"_s;
    case Route::Both:
        return u"both"_s;
    }
    return {};
}

std::optional<Route> routeFromKey(const QString& key)
{
    for (Route route : {Route::OnlineForm, Route::Letter, Route::Both}) {
        if (routeKey(route) == key)
            return route;
    }
    return std::nullopt;
}

QJsonObject recordToJson(const ObjectionRecord& record)
{
    QJsonArray accounts;
    for (const Account& account : record.accounts)
        accounts.append(ProfileFile::accountToJson(account));
    QJsonObject json{
        {u"id"_s, record.id},
        {u"recordedAt"_s, record.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"organisation"_s, record.organisation},
        {u"accounts"_s, accounts},
        {u"route"_s, routeKey(record.route)},
        {u"sentOn"_s, record.sentOn.toString(Qt::ISODate)},
        {u"sentBy"_s, record.sentBy},
        {u"letterLanguage"_s, record.letterLanguage},
        {u"sentText"_s, record.sentText},
    };
    if (record.confirmation) {
        json.insert(
            u"confirmation"_s,
            QJsonObject{{u"received"_s, record.confirmation->received.toString(Qt::ISODate)},
                        {u"reference"_s, record.confirmation->reference},
                        {u"note"_s, record.confirmation->note}});
    }
    return json;
}

ObjectionRecord recordFromJson(JsonFieldReader& reader, const QJsonObject& json,
                               const QString& path)
{
    ObjectionRecord record;
    record.id = reader.text(json, u"id"_s, path + u".id"_s, 64);
    if (reader.ok() && record.id.isEmpty())
        reader.fail(RecordStore::tr("The entry “%1” has no id.").arg(path));
    const QString recordedAt = reader.text(json, u"recordedAt"_s, path + u".recordedAt"_s, 40);
    record.recordedAt = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
    record.organisation =
        reader.text(json, u"organisation"_s, path + u".organisation"_s, InputLimits::name);
    const QJsonArray accounts =
        reader.array(json, u"accounts"_s, path + u".accounts"_s, maxAccounts);
    for (qsizetype i = 0; i < accounts.size() && reader.ok(); ++i) {
        const QString accountPath = path + u".accounts[%1]"_s.arg(i);
        const QJsonObject entry = reader.arrayObject(accounts, i, accountPath);
        Account account;
        const QString platform =
            reader.text(entry, u"platform"_s, accountPath + u".platform"_s, 16);
        if (const auto value = RequestKeys::platform(platform))
            account.platform = *value;
        else if (reader.ok())
            reader.unknownValue(accountPath + u".platform"_s, platform);
        account.name = reader.text(entry, u"name"_s, accountPath + u".name"_s, InputLimits::name);
        account.address = reader.text(entry, u"address"_s, accountPath + u".address"_s,
                                      InputLimits::accountAddress);
        account.loginEmail =
            reader.text(entry, u"email"_s, accountPath + u".email"_s, InputLimits::email);
        record.accounts << account;
    }
    const QString route = reader.text(json, u"route"_s, path + u".route"_s, 16);
    if (const auto value = routeFromKey(route))
        record.route = *value;
    else if (reader.ok())
        reader.unknownValue(path + u".route"_s, route);
    record.sentOn = reader.date(json, u"sentOn"_s, path + u".sentOn"_s);
    record.sentBy = reader.text(json, u"sentBy"_s, path + u".sentBy"_s, InputLimits::name);
    record.letterLanguage = reader.text(json, u"letterLanguage"_s, path + u".letterLanguage"_s, 8);
    record.sentText = reader.text(json, u"sentText"_s, path + u".sentText"_s, maxTextLength);
    if (json.contains(u"confirmation"_s)) {
        const QString confirmationPath = path + u".confirmation"_s;
        const QJsonObject c = reader.object(json, u"confirmation"_s, confirmationPath);
        MetaConfirmation confirmation;
        confirmation.received = reader.date(c, u"received"_s, confirmationPath + u".received"_s);
        confirmation.reference =
            reader.text(c, u"reference"_s, confirmationPath + u".reference"_s, InputLimits::field);
        confirmation.note =
            reader.text(c, u"note"_s, confirmationPath + u".note"_s, InputLimits::ownGrounds);
        record.confirmation = confirmation;
    }
    return record;
}
} // namespace

RecordStore::RecordStore(const QString& path) : m_path(path) {}

QString RecordStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"records.json"_s);
}

QByteArray RecordStore::toJson(const QList<ObjectionRecord>& records)
{
    QJsonArray list;
    for (const ObjectionRecord& record : records)
        list.append(recordToJson(record));
    return QJsonDocument(QJsonObject{{u"format"_s, formatName},
                                     {u"version"_s, formatVersion},
                                     {u"records"_s, list}})
        .toJson(QJsonDocument::Indented);
}

std::pair<QList<ObjectionRecord>, QString> RecordStore::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {
            {},
            tr("it is not valid JSON (%1: %2)")
                .arg(JsonFieldReader::position(json, parseError.offset), parseError.errorString())};
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName)
        return {{}, tr("it is not a KI-Widerspruch record file")};
    if (root.value(u"version"_s).toInt() > formatVersion)
        return {{}, tr("it was written by a newer version of KI-Widerspruch")};
    JsonFieldReader reader;
    const QJsonArray list = reader.array(root, u"records"_s, u"records"_s, maxRecords);
    QList<ObjectionRecord> records;
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        const QString path = u"records[%1]"_s.arg(i);
        records << recordFromJson(reader, reader.arrayObject(list, i, path), path);
    }
    if (!reader.ok())
        return {{}, reader.error()};
    return {records, {}};
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
