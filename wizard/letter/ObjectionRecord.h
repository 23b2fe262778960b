#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

#include "FollowUp.h"
#include "ObjectionRequest.h"

// One objection the organisation made: what, when, how and by whom, and Meta's
// answer per account once it came. The organisation keeps these to show
// compliance (Art. 5(2), Art. 24 GDPR). A letter covers many accounts; an
// online form covers the account it was sent for and the personal profile of
// the admin who was logged in.

// A file kept as evidence (Meta's confirmation e-mail, a screenshot, a PDF):
// copied into the program's data folder, never changed, its SHA-256 noted.
struct Attachment
{
    QString originalName; // the name the user chose, without folder
    QString storedName;   // the copy, relative to the attachments folder
    QString sha256;       // lower-case hex of the copy's bytes
    qint64 size = 0;
    QDateTime addedAt;
    // For an e-mail (.eml, .msg) what could be read of it; empty otherwise.
    QDateTime mailDate;
    QString mailFrom;
    QString mailSubject;
    QString mailText;

    bool isMail() const
    {
        return !mailFrom.isEmpty() || !mailSubject.isEmpty() || mailDate.isValid();
    }
    bool operator==(const Attachment& other) const;
};

// Ordered by how soon the user must act: the overview sorts by it.
enum class RecordState
{
    NoAnswer,     // a month has passed without Meta's answer (Art. 12(3) GDPR)
    FollowUpSent, // written again; waiting once more
    Sent,         // within the month
    Confirmed,    // Meta confirmed for this account
    Closed        // the user closed the matter (e.g. answered otherwise)
};

struct ObjectionRecord
{
    QString id; // stable across edits, also the calendar entry's UID
    QDateTime recordedAt;
    QString organisation;
    QList<Account> accounts;
    Route route = Route::Letter;
    QDate sentOn;
    QString sentBy;
    // The online form is sent while logged in with a personal profile: whose.
    QString adminLogin;
    // Meta's reference for an online form, shown after sending (record format 3).
    QString formReference;
    // What was sent, as it was sent (record format 3): sender, signatory,
    // language, options and the named persons. Absent in entries of formats 1
    // and 2; follow-ups then take the current profile, with a warning.
    std::optional<ObjectionRequest> sentRequest;
    QString letterLanguage;
    QString sentText;
    // Meta's confirmation per account, by accountKey().
    QMap<QString, MetaConfirmation> confirmations;
    QList<Attachment> attachments;
    QDate followUpSentOn;
    QDate authorityInformedOn;
    QString authorityInformed; // "dpc", "hmbbfdi" or "own": which authority
    QDate closedOn;

    static QString accountKey(const Account& account);
    std::optional<MetaConfirmation> confirmationFor(const Account& account) const;
    bool allConfirmed() const;

    // The state of one account of this entry on a day.
    RecordState state(const Account& account, const QDate& today) const;
    // The most urgent state of its accounts: what the entry needs.
    RecordState state(const QDate& today) const;
    QDate answerDue() const { return sentOn.addMonths(1); }
    // When the follow-up's month is over (invalid before a follow-up).
    QDate followUpAnswerDue() const { return followUpSentOn.addMonths(1); }

    // What a follow-up letter or a notice to the authority refers to: this
    // entry's date and the accounts Meta has not confirmed.
    EarlierObjection earlierObjection() const;

    bool operator==(const ObjectionRecord& other) const;
};
