#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

#include "ObjectionRequest.h"

// One objection the organisation made: what, when, how and by whom, and Meta's
// answer once it came. The organisation keeps these to show compliance
// (Art. 5(2), Art. 24 GDPR).

enum class Route
{
    OnlineForm,
    Letter,
    Both
};

struct MetaConfirmation
{
    QDate received;
    QString reference;
    QString note;

    bool operator==(const MetaConfirmation& other) const;
};

enum class RecordState
{
    Made,
    NoAnswer,
    Confirmed
};

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

    bool isMail() const { return !mailFrom.isEmpty() || !mailSubject.isEmpty() || mailDate.isValid(); }
    bool operator==(const Attachment& other) const;
};

struct ObjectionRecord
{
    QString id; // stable across edits, also the calendar entry's UID
    QDateTime recordedAt;
    QString organisation;
    QList<Account> accounts;
    Route route = Route::Both;
    QDate sentOn;
    QString sentBy;
    QString letterLanguage;
    QString sentText;
    std::optional<MetaConfirmation> confirmation;

    // Made until a month has passed without Meta's confirmation (Art. 12(3)
    // GDPR), then NoAnswer; Confirmed once the confirmation is recorded.
    RecordState state(const QDate& today) const;
    QDate answerDue() const { return sentOn.addMonths(1); }

    bool operator==(const ObjectionRecord& other) const;
};
