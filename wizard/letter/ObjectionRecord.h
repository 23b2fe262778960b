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
