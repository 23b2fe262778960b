#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include "ObjectionRequest.h"

// How an objection was sent: a letter covers many accounts; an online form
// covers the account it was sent for and the personal profile of the admin who
// was logged in.
enum class Route
{
    OnlineForm,
    Letter,
    Both // written by version 1 of the record, which did not tell them apart
};

struct MetaConfirmation
{
    QDate received;
    QString reference;
    QString note;

    bool operator==(const MetaConfirmation& other) const;
};

// After a month without Meta's answer the organisation writes to Meta again
// and informs a supervisory authority (DOMAIN.md). Both letters refer to the
// first objection as it was sent and recorded, and say exactly what was
// answered: confirmed accounts as confirmed, "no answer" only for the others.
struct EarlierObjection
{
    QDate sentOn;            // the first letter or form
    QList<Account> accounts; // all accounts it covered
    // Meta's confirmations, by ObjectionRecord::accountKey().
    QMap<QString, MetaConfirmation> confirmations;
    Route route = Route::Letter;
    QString login;         // an online form: the profile it was sent from
    QString formReference; // an online form: Meta's reference for it
    // The persons who objected through the organisation, minus those who have
    // revoked their authorisation since.
    QList<AuthorisingPerson> persons;
    QDate followUpSentOn; // for the authority: the follow-up letter, if one was sent
    QString recordId;     // the record entry's id; its short form is the case number

    QList<Account> unanswered() const;
    QList<Account> confirmed() const;
};

// Whom the organisation informs: the Irish Data Protection Commission, Meta's
// lead authority, the Hamburg commissioner, who conducts proceedings concerning
// Meta in Germany, or its own supervisory authority.
enum class Authority
{
    IrishDpc,
    HmbBfDI,
    Own
};

// The eight characters an authority or Meta can quote for a record entry
// ("Vorgangs-Nr."), taken from the entry's id.
QString caseNumber(const QString& recordId);
