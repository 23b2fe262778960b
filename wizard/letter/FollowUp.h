#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "ObjectionRequest.h"

// After a month without Meta's answer the organisation writes to Meta again
// and informs a supervisory authority (DOMAIN.md). Both letters refer to the
// first objection as it was made and recorded.
struct EarlierObjection
{
    QDate sentOn;            // the first letter or form
    QList<Account> accounts; // the accounts it covered, still unanswered
    QDate followUpSentOn;    // for the authority: the follow-up letter, if one was sent
    QString recordId;        // the record entry's id, the authority's reference to it
};

// Whom the organisation informs: the Irish Data Protection Commission, Meta's
// lead authority, or the Hamburg commissioner, who handles Meta matters in Germany.
enum class Authority
{
    IrishDpc,
    HmbBfDI
};
