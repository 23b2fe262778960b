#include "RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "InputValidation.h"
#include "JsonFieldReader.h"
#include "ProfileFile.h"
#include "RecordEntryLink.h"
#include "RecordSchema.h"
#include "RequestKeys.h"

// The record file's format (docs/record-format.md): written as version 3,
// versions 1 to 3 read strictly, every problem named by its field.

using namespace Qt::StringLiterals;

namespace {
const QString formatName = u"ki-widerspruch-records"_s;
constexpr int maxRecords = 10000000; // an export has no ceiling below memory
constexpr int maxTextLength = 200000;
constexpr int maxAccounts = 500;
constexpr int maxAttachments = 1000;

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
        // In UTC, as the database keeps it: the same mail reads the same.
        json.insert(u"mail"_s,
                    QJsonObject{{u"date"_s, attachment.mailDate.isValid()
                                                ? attachment.mailDate.toUTC().toString(Qt::ISODate)
                                                : QString()},
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
        {u"route"_s, RecordSchema::key(record.route)},
        {u"sentOn"_s, record.sentOn.toString(Qt::ISODate)},
        {u"sentBy"_s, record.sentBy},
        {u"adminLogin"_s, record.adminLogin},
        {u"letterLanguage"_s, record.letterLanguage},
        {u"sentText"_s, record.sentText},
        {u"attachments"_s, attachments},
        {u"followUpSentOn"_s, dateOrEmpty(record.followUpSentOn)},
        {u"authorityInformedOn"_s, dateOrEmpty(record.authorityInformedOn)},
        {u"authorityInformed"_s, record.authorityInformed},
        {u"closedOn"_s, dateOrEmpty(record.closedOn)},
    };
    if (!record.formReference.isEmpty())
        json.insert(u"formReference"_s, record.formReference);
    // What was sent, in the profile's own format (docs/profile-format.md).
    if (record.sentRequest)
        json.insert(u"sent"_s,
                    QJsonDocument::fromJson(ProfileFile::toJson(*record.sentRequest)).object());
    return json;
}

MetaConfirmation confirmationFromJson(JsonFieldReader& reader, const QJsonObject& parent,
                                      const QString& parentPath)
{
    const QString path = parentPath + u".confirmation"_s;
    const QJsonObject c = reader.object(parent, u"confirmation"_s, path);
    MetaConfirmation confirmation;
    confirmation.received = reader.date(c, u"received"_s, path + u".received"_s);
    // A confirmation is dated: without it, it could not be shown or kept.
    if (reader.ok() && !confirmation.received.isValid())
        reader.fail(RecordStore::tr("The field “%1” is empty: a confirmation needs its date.")
                        .arg(path + u".received"_s));
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
    // The id names the entry's attachment folder and the calendar entry.
    if (reader.ok() && record.id.isEmpty())
        reader.fail(RecordStore::tr("The entry “%1” has no id.").arg(path));
    else if (reader.ok() && !RecordEntryLink::isValidId(record.id))
        reader.fail(RecordStore::tr("The field “%1” must be 1 to 64 letters (A-Z, a-z), digits, "
                                    "dots, hyphens or underscores.")
                        .arg(path + u".id"_s));
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
        if (reader.ok() && account.name.trimmed().isEmpty())
            reader.fail(RecordStore::tr("The field “%1” is empty: every account needs its name.")
                            .arg(accountPath + u".name"_s));
        if (reader.ok() && account.address.trimmed().isEmpty())
            reader.fail(RecordStore::tr("The field “%1” is empty: every account needs its address.")
                            .arg(accountPath + u".address"_s));
        if (entry.contains(u"confirmation"_s))
            record.confirmations.insert(ObjectionRecord::accountKey(account),
                                        confirmationFromJson(reader, entry, accountPath));
        record.accounts << account;
    }
    if (reader.ok() && record.accounts.isEmpty())
        reader.fail(RecordStore::tr("The field “%1” names no account: an entry covers at least "
                                    "one account.")
                        .arg(path + u".accounts"_s));
    const QString route = reader.text(json, u"route"_s, path + u".route"_s, 16);
    if (const auto value = RecordSchema::route(route))
        record.route = *value;
    else if (reader.ok())
        reader.unknownValue(path + u".route"_s, route);
    record.sentOn = reader.date(json, u"sentOn"_s, path + u".sentOn"_s);
    record.sentBy = reader.text(json, u"sentBy"_s, path + u".sentBy"_s, InputLimits::name);
    record.letterLanguage = reader.text(json, u"letterLanguage"_s, path + u".letterLanguage"_s, 8);
    record.sentText = reader.text(json, u"sentText"_s, path + u".sentText"_s, maxTextLength);
    record.adminLogin =
        reader.text(json, u"adminLogin"_s, path + u".adminLogin"_s, InputLimits::email);
    record.formReference =
        reader.text(json, u"formReference"_s, path + u".formReference"_s, InputLimits::field);
    if (json.contains(u"sent"_s) && reader.ok()) {
        const QJsonObject sent = reader.object(json, u"sent"_s, path + u".sent"_s);
        const ProfileReadResult read =
            ProfileFile::fromJson(QJsonDocument(sent).toJson(QJsonDocument::Compact));
        if (read.request)
            record.sentRequest = *read.request;
        else if (reader.ok())
            reader.fail(path + u".sent: "_s + read.error);
    }
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
        const Attachment attachment = attachmentFromJson(
            reader, reader.arrayObject(attachments, i, attachmentPath), attachmentPath);
        // One file is kept once per entry (the database holds it so).
        for (const Attachment& earlier : std::as_const(record.attachments)) {
            if (reader.ok() && (earlier.sha256 == attachment.sha256 ||
                                earlier.storedName == attachment.storedName))
                reader.fail(RecordStore::tr("The field “%1” names a file the entry keeps already.")
                                .arg(attachmentPath));
        }
        record.attachments << attachment;
    }
    record.followUpSentOn = reader.date(json, u"followUpSentOn"_s, path + u".followUpSentOn"_s);
    record.authorityInformedOn =
        reader.date(json, u"authorityInformedOn"_s, path + u".authorityInformedOn"_s);
    record.closedOn = reader.date(json, u"closedOn"_s, path + u".closedOn"_s);
    record.authorityInformed =
        reader.text(json, u"authorityInformed"_s, path + u".authorityInformed"_s, 16);
    if (reader.ok() && !record.authorityInformed.isEmpty() &&
        record.authorityInformed != u"dpc"_s && record.authorityInformed != u"hmbbfdi"_s &&
        record.authorityInformed != u"own"_s)
        reader.unknownValue(path + u".authorityInformed"_s, record.authorityInformed);
    return record;
}
} // namespace

QByteArray RecordStore::recordJson(const ObjectionRecord& record)
{
    return QJsonDocument(recordToJson(record)).toJson(QJsonDocument::Indented);
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
        if (const QString wide = JsonFieldReader::wideEncodingProblem(json); !wide.isEmpty())
            return {{}, wide};
        return {
            {},
            tr("it is not valid JSON (%1: %2)")
                .arg(JsonFieldReader::position(json, parseError.offset), parseError.errorString())};
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName)
        return {{}, tr("it is not a KI-Widerspruch record file")};
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return {{},
                tr("The field “version” must be a whole number from 1 to %1.").arg(formatVersion)};
    if (version.toInt() == movedFormatVersion && root.value(u"records"_s).toArray().isEmpty())
        return {{},
                tr("it only marks that the record moved into the database %1")
                    .arg(root.value(u"movedTo"_s).toString())};
    if (version.toInt() > formatVersion)
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
