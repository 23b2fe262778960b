#include "RecordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
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
constexpr int maxAttachments = 1000;

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

QString dateOrEmpty(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject confirmationToJson(const MetaConfirmation& confirmation)
{
    return QJsonObject{{u"received"_s, confirmation.received.toString(Qt::ISODate)},
                       {u"reference"_s, confirmation.reference},
                       {u"note"_s, confirmation.note}};
}

QJsonObject attachmentToJson(const Attachment& attachment)
{
    QJsonObject json{{u"name"_s, attachment.originalName},
                     {u"stored"_s, attachment.storedName},
                     {u"sha256"_s, attachment.sha256},
                     {u"size"_s, double(attachment.size)},
                     {u"addedAt"_s, attachment.addedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (attachment.isMail()) {
        json.insert(u"mail"_s, QJsonObject{{u"date"_s, attachment.mailDate.toString(Qt::ISODate)},
                                           {u"from"_s, attachment.mailFrom},
                                           {u"subject"_s, attachment.mailSubject},
                                           {u"text"_s, attachment.mailText}});
    }
    return json;
}

QJsonObject recordToJson(const ObjectionRecord& record)
{
    QJsonArray accounts;
    for (const Account& account : record.accounts) {
        QJsonObject entry = ProfileFile::accountToJson(account);
        if (const auto confirmation = record.confirmationFor(account))
            entry.insert(u"confirmation"_s, confirmationToJson(*confirmation));
        accounts.append(entry);
    }
    QJsonArray attachments;
    for (const Attachment& attachment : record.attachments)
        attachments.append(attachmentToJson(attachment));
    QJsonObject json{
        {u"id"_s, record.id},
        {u"recordedAt"_s, record.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"organisation"_s, record.organisation},
        {u"accounts"_s, accounts},
        {u"route"_s, routeKey(record.route)},
        {u"sentOn"_s, record.sentOn.toString(Qt::ISODate)},
        {u"sentBy"_s, record.sentBy},
        {u"adminLogin"_s, record.adminLogin},
        {u"letterLanguage"_s, record.letterLanguage},
        {u"sentText"_s, record.sentText},
        {u"attachments"_s, attachments},
        {u"followUpSentOn"_s, dateOrEmpty(record.followUpSentOn)},
        {u"authorityInformedOn"_s, dateOrEmpty(record.authorityInformedOn)},
        {u"closedOn"_s, dateOrEmpty(record.closedOn)},
    };
    return json;
}

MetaConfirmation confirmationFromJson(JsonFieldReader& reader, const QJsonObject& parent,
                                      const QString& parentPath)
{
    const QString path = parentPath + u".confirmation"_s;
    const QJsonObject c = reader.object(parent, u"confirmation"_s, path);
    MetaConfirmation confirmation;
    confirmation.received = reader.date(c, u"received"_s, path + u".received"_s);
    confirmation.reference =
        reader.text(c, u"reference"_s, path + u".reference"_s, InputLimits::field);
    confirmation.note = reader.text(c, u"note"_s, path + u".note"_s, InputLimits::ownGrounds);
    return confirmation;
}

QDateTime dateTime(JsonFieldReader& reader, const QJsonObject& json, const QString& key,
                   const QString& path)
{
    const QString text = reader.text(json, key, path + u'.' + key, 40);
    const QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (reader.ok() && !text.isEmpty() && !value.isValid())
        reader.fail(
            RecordStore::tr("The field “%1” must be a date and time like 2026-11-29T10:15:00Z.")
                .arg(path + u'.' + key));
    return value;
}

Attachment attachmentFromJson(JsonFieldReader& reader, const QJsonObject& json, const QString& path)
{
    Attachment attachment;
    attachment.originalName = reader.text(json, u"name"_s, path + u".name"_s, 255);
    attachment.storedName = reader.text(json, u"stored"_s, path + u".stored"_s, 400);
    // A stored name leads into the attachments folder and never out of it.
    if (reader.ok() &&
        (attachment.storedName.isEmpty() || attachment.storedName.contains(u"..") ||
         attachment.storedName.startsWith(u'/') || attachment.storedName.contains(u'\\'))) {
        reader.fail(RecordStore::tr("The field “%1” must name a file in the attachments folder.")
                        .arg(path + u".stored"_s));
    }
    attachment.sha256 = reader.text(json, u"sha256"_s, path + u".sha256"_s, 64);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (reader.ok() && !hex.match(attachment.sha256).hasMatch())
        reader.fail(
            RecordStore::tr("The field “%1” must be a SHA-256 checksum (64 hexadecimal digits).")
                .arg(path + u".sha256"_s));
    // A whole number of bytes; a JSON number holds every file size exactly up
    // to 2^53.
    const QJsonValue size = json.value(u"size"_s);
    attachment.size = qint64(size.toDouble(-1));
    if (reader.ok() && (!size.isDouble() || size.toDouble() < 0 ||
                        double(attachment.size) != size.toDouble() || size.toDouble() > 1e15))
        reader.fail(
            RecordStore::tr("The field “%1” must be a size in bytes.").arg(path + u".size"_s));
    attachment.addedAt = dateTime(reader, json, u"addedAt"_s, path);
    if (json.contains(u"mail"_s)) {
        const QString mailPath = path + u".mail"_s;
        const QJsonObject mail = reader.object(json, u"mail"_s, mailPath);
        attachment.mailDate = dateTime(reader, mail, u"date"_s, mailPath);
        attachment.mailFrom = reader.text(mail, u"from"_s, mailPath + u".from"_s, 1000);
        attachment.mailSubject = reader.text(mail, u"subject"_s, mailPath + u".subject"_s, 1000);
        attachment.mailText = reader.text(mail, u"text"_s, mailPath + u".text"_s, maxTextLength);
    }
    return attachment;
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
        if (entry.contains(u"confirmation"_s))
            record.confirmations.insert(ObjectionRecord::accountKey(account),
                                        confirmationFromJson(reader, entry, accountPath));
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
    record.adminLogin =
        reader.text(json, u"adminLogin"_s, path + u".adminLogin"_s, InputLimits::email);
    // Version 1 kept one confirmation for the whole entry: it confirmed every account.
    if (json.contains(u"confirmation"_s)) {
        const MetaConfirmation confirmation = confirmationFromJson(reader, json, path);
        for (const Account& account : std::as_const(record.accounts)) {
            if (!record.confirmations.contains(ObjectionRecord::accountKey(account)))
                record.confirmations.insert(ObjectionRecord::accountKey(account), confirmation);
        }
    }
    const QJsonArray attachments =
        reader.array(json, u"attachments"_s, path + u".attachments"_s, maxAttachments);
    for (qsizetype i = 0; i < attachments.size() && reader.ok(); ++i) {
        const QString attachmentPath = path + u".attachments[%1]"_s.arg(i);
        record.attachments << attachmentFromJson(
            reader, reader.arrayObject(attachments, i, attachmentPath), attachmentPath);
    }
    record.followUpSentOn = reader.date(json, u"followUpSentOn"_s, path + u".followUpSentOn"_s);
    record.authorityInformedOn =
        reader.date(json, u"authorityInformedOn"_s, path + u".authorityInformedOn"_s);
    record.closedOn = reader.date(json, u"closedOn"_s, path + u".closedOn"_s);
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
