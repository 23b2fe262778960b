#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "OrganisationNames.h"
#include "ProfileFile.h"
#include "RecordSchema.h"
#include "RecordStore.h"
#include "RequestKeys.h"

// The record's rows: entries read whole, each change one statement or a few
// in the transaction RecordStore::write() holds.

using namespace Qt::StringLiterals;

namespace {
QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString organisationKey(const QString& organisation)
{
    return organisation.simplified().toCaseFolded();
}

// What the record window's search looks in, case-folded.
QString searchText(const ObjectionRecord& record, const QStringList& formerIds)
{
    QStringList parts{record.organisation, record.id, caseNumber(record.id), record.formReference};
    for (const MetaConfirmation& confirmation : record.confirmations)
        parts << confirmation.reference;
    for (const QString& former : formerIds)
        parts << former << caseNumber(former);
    parts.removeAll(QString());
    return parts.join(u'\n').toCaseFolded();
}

bool bindAndExec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values) {
        // A null QString would be bound as NULL: text columns hold "" for empty.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString(u""_s)) : value);
    }
    return query.exec();
}

Route routeOf(const QString& key)
{
    return RecordSchema::route(key).value_or(Route::Letter);
}
} // namespace

QString RecordSchema::key(Route route)
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

std::optional<Route> RecordSchema::route(const QString& key)
{
    for (Route route : {Route::OnlineForm, Route::Letter, Route::Both}) {
        if (RecordSchema::key(route) == key)
            return route;
    }
    return std::nullopt;
}

QList<ObjectionRecord> RecordStore::load(const QString& where, const QVariantList& values)
{
    QList<ObjectionRecord> records;
    if (!m_open && (open(), !m_open))
        return records;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // One read transaction: the three tables as of one moment (inside a
    // change, its own transaction is that moment already).
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!m_writing)
        query.exec(u"BEGIN"_s);
    const QString entries = u"SELECT id FROM entries WHERE "_s + where;
    // A read that fails is said (readError()): never an empty record that
    // looks like nothing was recorded.
    const auto run = [this, &query](const QString& sql, const QVariantList& bound) {
        if (bindAndExec(query, sql, bound))
            return true;
        m_readError = sqlError(tr("The record of objections could not be read"), query.lastError());
        return false;
    };
    QHash<QString, qsizetype> index;
    if (run(u"SELECT id, recorded_at, organisation, route, sent_on, sent_by, admin_login, "
            "form_reference, letter_language, sent_text, sent_profile, follow_up_sent_on, "
            "authority_informed_on, authority_informed, closed_on FROM entries WHERE "_s +
                where + u" ORDER BY recorded_at, rowid"_s,
            values)) {
        while (query.next()) {
            ObjectionRecord record;
            record.id = query.value(0).toString();
            record.recordedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            record.organisation = query.value(2).toString();
            record.route = routeOf(query.value(3).toString());
            record.sentOn = dateOf(query.value(4));
            record.sentBy = query.value(5).toString();
            record.adminLogin = query.value(6).toString();
            record.formReference = query.value(7).toString();
            record.letterLanguage = query.value(8).toString();
            record.sentText = query.value(9).toString();
            if (!query.value(10).isNull()) {
                if (const ProfileReadResult sent =
                        ProfileFile::fromJson(query.value(10).toString().toUtf8());
                    sent.request)
                    record.sentRequest = *sent.request;
            }
            record.followUpSentOn = dateOf(query.value(11));
            record.authorityInformedOn = dateOf(query.value(12));
            record.authorityInformed = query.value(13).toString();
            record.closedOn = dateOf(query.value(14));
            index.insert(record.id, records.size());
            records << record;
        }
    }
    if (run(u"SELECT entry_id, platform, name, address, login_email, confirmed_on, "
            "confirmation_reference, confirmation_note FROM accounts WHERE entry_id IN ("_s +
                entries + u") ORDER BY entry_id, position"_s,
            values)) {
        while (query.next()) {
            const auto found = index.constFind(query.value(0).toString());
            if (found == index.cend())
                continue;
            ObjectionRecord& record = records[*found];
            Account account;
            account.platform =
                RequestKeys::platform(query.value(1).toString()).value_or(Platform::Facebook);
            account.name = query.value(2).toString();
            account.address = query.value(3).toString();
            account.loginEmail = query.value(4).toString();
            if (!query.value(5).isNull()) {
                record.confirmations.insert(ObjectionRecord::accountKey(account),
                                            MetaConfirmation{dateOf(query.value(5)),
                                                             query.value(6).toString(),
                                                             query.value(7).toString()});
            }
            record.accounts << account;
        }
    }
    if (run(u"SELECT entry_id, stored_name, original_name, sha256, size, added_at, "
            "mail_date, mail_from, mail_subject, mail_text FROM attachments WHERE "
            "entry_id IN ("_s +
                entries + u") ORDER BY entry_id, position"_s,
            values)) {
        while (query.next()) {
            const auto found = index.constFind(query.value(0).toString());
            if (found == index.cend())
                continue;
            Attachment attachment;
            attachment.storedName = query.value(1).toString();
            attachment.originalName = query.value(2).toString();
            attachment.sha256 = query.value(3).toString();
            attachment.size = query.value(4).toLongLong();
            attachment.addedAt =
                QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
            if (!query.value(6).isNull())
                attachment.mailDate =
                    QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
            attachment.mailFrom = query.value(7).toString();
            attachment.mailSubject = query.value(8).toString();
            attachment.mailText = query.value(9).toString();
            records[*found].attachments << attachment;
        }
    }
    query.finish();
    if (!m_writing)
        query.exec(u"COMMIT"_s);
    return records;
}

QList<ObjectionRecord> RecordStore::all()
{
    return load(u"1"_s, {});
}

QList<ObjectionRecord> RecordStore::entriesOf(const QString& organisation)
{
    return load(u"organisation_key = ?"_s, {organisationKey(organisation)});
}

QList<ObjectionRecord> RecordStore::entriesMatching(const QString& organisation)
{
    QList<ObjectionRecord> result;
    for (const Organisation& known : organisations()) {
        if (OrganisationNames::same(known.name, organisation))
            result << entriesOf(known.name);
    }
    return result;
}

std::optional<ObjectionRecord> RecordStore::entry(const QString& id)
{
    const QList<ObjectionRecord> found = load(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<RecordStore::Organisation> RecordStore::organisations()
{
    // The first read of a refresh or an export: what failed before is
    // looked at anew.
    m_readError.clear();
    QList<Organisation> result;
    if (!m_open && (open(), !m_open))
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    // One row per organisation however it was spelt (with one of its spellings).
    if (query.exec(u"SELECT max(organisation), count(*) FROM entries GROUP BY organisation_key "
                   "ORDER BY organisation_key"_s)) {
        while (query.next())
            result << Organisation{query.value(0).toString(), query.value(1).toInt()};
    } else {
        m_readError = sqlError(tr("The record of objections could not be read"), query.lastError());
    }
    return result;
}

int RecordStore::count()
{
    if (!m_open && (open(), !m_open))
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(u"SELECT count(*) FROM entries"_s) && query.next() ? query.value(0).toInt()
                                                                         : 0;
}

QList<RecordStore::SearchHit> RecordStore::search(const QString& text, int limit)
{
    QList<SearchHit> ids;
    const QString folded = text.simplified().toCaseFolded();
    if (folded.isEmpty() || (!m_open && (open(), !m_open)))
        return ids;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    // Two narrow tables, not the entries with their letters: 100,000 entries
    // are searched in milliseconds. CROSS JOIN keeps SQLite from walking all
    // accounts: the few account names found lead to their entries.
    if (bindAndExec(query,
                    u"SELECT e.id, e.organisation FROM entries e WHERE e.id IN ("
                    "SELECT entry_id FROM entry_search WHERE instr(text, ?) > 0 UNION "
                    "SELECT a.entry_id FROM account_search s CROSS JOIN accounts a ON "
                    "a.account_key = s.account_key WHERE instr(s.text, ?) > 0) "
                    "ORDER BY e.sent_on DESC LIMIT ?"_s,
                    {folded, folded, limit})) {
        while (query.next())
            ids << SearchHit{query.value(0).toString(), query.value(1).toString()};
    }
    return ids;
}

std::optional<QString> RecordStore::findId(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || (!m_open && (open(), !m_open)))
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (bindAndExec(query,
                    u"SELECT id FROM entries WHERE id = ? UNION ALL "
                    "SELECT entry_id FROM former_ids WHERE former_id = ?"_s,
                    {wanted, wanted}) &&
        query.next())
        return query.value(0).toString();
    // A case number: the first eight letters and digits of the id.
    const QString number = caseNumber(wanted);
    if (number.size() == 8 && wanted.size() <= 12) {
        for (const SearchHit& hit : search(number, 50)) {
            if (caseNumber(hit.id) == number)
                return hit.id;
        }
    }
    return std::nullopt;
}

QString RecordStore::insert(const ObjectionRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    m_duplicate = false;
    if (bindAndExec(query, u"SELECT 1 FROM entries WHERE id = ?"_s, {record.id}) && query.next()) {
        m_duplicate = true; // told apart from other constraints by asking, not by the message
        return tr("An entry with the id %1 exists already.").arg(record.id);
    }
    query.finish();
    QByteArray sent;
    if (record.sentRequest)
        sent = ProfileFile::toJson(*record.sentRequest);
    if (!bindAndExec(
            query,
            u"INSERT INTO entries (id, recorded_at, organisation, organisation_key, route, "
            "sent_on, sent_by, admin_login, form_reference, letter_language, sent_text, "
            "sent_profile, follow_up_sent_on, authority_informed_on, authority_informed, "
            "closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {record.id, timeText(record.recordedAt), record.organisation,
             organisationKey(record.organisation), RecordSchema::key(record.route),
             record.sentOn.toString(Qt::ISODate), record.sentBy, record.adminLogin,
             record.formReference, record.letterLanguage, record.sentText,
             sent.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(sent)),
             dateValue(record.followUpSentOn), dateValue(record.authorityInformedOn),
             record.authorityInformed, dateValue(record.closedOn)})) {
        return sqlError(tr("The entry could not be saved"), query.lastError());
    }
    for (qsizetype i = 0; i < record.accounts.size(); ++i) {
        const Account& account = record.accounts.at(i);
        const auto confirmation = record.confirmationFor(account);
        if (!bindAndExec(query,
                         u"INSERT INTO accounts (entry_id, position, account_key, platform, name, "
                         "address, login_email, confirmed_on, confirmation_reference, "
                         "confirmation_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {record.id, int(i), ObjectionRecord::accountKey(account),
                          RequestKeys::key(account.platform), account.name, account.address,
                          account.loginEmail,
                          confirmation ? dateValue(confirmation->received) : QVariant(),
                          confirmation ? confirmation->reference : QString(),
                          confirmation ? confirmation->note : QString()}))
            return sqlError(tr("The entry could not be saved"), query.lastError());
    }
    for (qsizetype i = 0; i < record.attachments.size(); ++i) {
        const Attachment& a = record.attachments.at(i);
        if (!bindAndExec(query,
                         u"INSERT INTO attachments (entry_id, position, stored_name, "
                         "original_name, sha256, size, added_at, mail_date, mail_from, "
                         "mail_subject, mail_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {record.id, int(i), a.storedName, a.originalName, a.sha256, a.size,
                          timeText(a.addedAt),
                          a.mailDate.isValid() ? QVariant(timeText(a.mailDate)) : QVariant(),
                          a.mailFrom, a.mailSubject, a.mailText}))
            return sqlError(tr("The entry could not be saved"), query.lastError());
    }
    if (!bindAndExec(query, u"INSERT INTO entry_search (entry_id, text) VALUES (?, ?)"_s,
                     {record.id, searchText(record, {})}))
        return sqlError(tr("The entry could not be saved"), query.lastError());
    for (const Account& account : record.accounts) {
        if (!bindAndExec(
                query, u"INSERT OR IGNORE INTO account_search (account_key, text) VALUES (?, ?)"_s,
                {ObjectionRecord::accountKey(account),
                 QString(account.name + u'\n' + account.address).toCaseFolded()}))
            return sqlError(tr("The entry could not be saved"), query.lastError());
    }
    return {};
}

QString RecordStore::add(ObjectionRecord& record)
{
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!record.recordedAt.isValid())
        record.recordedAt = QDateTime::currentDateTimeUtc();
    if (QString error = saveUnsaved(); !error.isEmpty()) {
        m_unsaved << record; // after the ones before it
        return error;
    }
    const QString error = write(QString(), [this, &record] { return insert(record); });
    if (error.isEmpty() || m_duplicate)
        return error;
    m_unsaved << record;
    return error + u' ' +
           tr("The entry is kept until KI-Widerspruch is closed and saved as soon as the record "
              "can be written (with the next change, or when the record window is opened); the "
              "program asks before it would be lost.");
}

QString RecordStore::saveUnsaved()
{
    if (m_unsaved.isEmpty())
        return {};
    const QString error = write(QString(), [this] {
        for (const ObjectionRecord& record : std::as_const(m_unsaved)) {
            // Written already (by a save that failed only at its end): skipped.
            QSqlQuery query(QSqlDatabase::database(m_connection));
            if (bindAndExec(query, u"SELECT 1 FROM entries WHERE id = ?"_s, {record.id}) &&
                query.next())
                continue;
            query.finish();
            if (QString problem = insert(record); !problem.isEmpty())
                return problem;
        }
        return QString();
    });
    if (error.isEmpty())
        m_unsaved.clear();
    return error;
}

QString RecordStore::confirm(const QString& id, const QStringList& accountKeys,
                             const MetaConfirmation& confirmation)
{
    return write(id, [&] {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        for (const QString& key : accountKeys) {
            if (!bindAndExec(query,
                             u"UPDATE accounts SET confirmed_on = ?, confirmation_reference = ?, "
                             "confirmation_note = ? WHERE entry_id = ? AND account_key = ?"_s,
                             {dateValue(confirmation.received), confirmation.reference,
                              confirmation.note, id, key}))
                return sqlError(tr("The confirmation could not be saved"), query.lastError());
            if (query.numRowsAffected() == 0)
                return tr("The account %1 is not part of this entry.").arg(key);
        }
        // The reference is searched for too.
        QString text;
        if (bindAndExec(query, u"SELECT text FROM entry_search WHERE entry_id = ?"_s, {id}) &&
            query.next())
            text = query.value(0).toString();
        query.finish();
        if (!confirmation.reference.isEmpty())
            text += u'\n' + confirmation.reference.toCaseFolded();
        if (!bindAndExec(query, u"UPDATE entry_search SET text = ? WHERE entry_id = ?"_s,
                         {text, id}))
            return sqlError(tr("The confirmation could not be saved"), query.lastError());
        return QString();
    });
}

QString RecordStore::addAttachment(const QString& id, const Attachment& a)
{
    return write(id, [&] {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (bindAndExec(query,
                        u"SELECT 1 FROM attachments WHERE entry_id = ? AND (sha256 = ? OR "
                        "stored_name = ?)"_s,
                        {id, a.sha256, a.storedName}) &&
            query.next())
            return tr("%1 is attached to this entry already.").arg(a.originalName);
        query.finish();
        if (!bindAndExec(query,
                         u"INSERT INTO attachments (entry_id, position, stored_name, "
                         "original_name, sha256, size, added_at, mail_date, mail_from, "
                         "mail_subject, mail_text) VALUES (?, (SELECT coalesce(max(position), "
                         "-1) + 1 FROM attachments WHERE entry_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?)"_s,
                         {id, id, a.storedName, a.originalName, a.sha256, a.size,
                          timeText(a.addedAt),
                          a.mailDate.isValid() ? QVariant(timeText(a.mailDate)) : QVariant(),
                          a.mailFrom, a.mailSubject, a.mailText}))
            return sqlError(tr("The file could not be recorded"), query.lastError());
        return QString();
    });
}

QString RecordStore::execute(const QString& id, const QString& sql, const QVariantList& values,
                             const QString& what)
{
    return write(id, [&] {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        return bindAndExec(query, sql, values) ? QString() : sqlError(what, query.lastError());
    });
}

QString RecordStore::setFollowUpSent(const QString& id, const QDate& date)
{
    return execute(id, u"UPDATE entries SET follow_up_sent_on = ? WHERE id = ?"_s,
                   {dateValue(date), id}, tr("The entry could not be saved"));
}

QString RecordStore::setAuthorityInformed(const QString& id, const QDate& date,
                                          const QString& authority)
{
    return execute(id,
                   u"UPDATE entries SET authority_informed_on = ?, authority_informed = ? "
                   "WHERE id = ?"_s,
                   {dateValue(date), authority, id}, tr("The entry could not be saved"));
}

QString RecordStore::setClosed(const QString& id, const QDate& date)
{
    return execute(id, u"UPDATE entries SET closed_on = ? WHERE id = ?"_s, {dateValue(date), id},
                   tr("The entry could not be saved"));
}

QString RecordStore::remove(const QString& id)
{
    // Not "the entry no longer exists" when it is gone already: deleted is deleted.
    return execute(QString(), u"DELETE FROM entries WHERE id = ?"_s, {id},
                   tr("The entry could not be deleted"));
}
