#pragma once

#include <QTimeZone>

#include "ObjectionRecord.h"
#include "SampleRequests.h"

inline ObjectionRecord sampleRecord()
{
    const ObjectionRequest request = sampleRequest();
    ObjectionRecord record;
    record.id = QStringLiteral("3f1c2a9e-5d7b-4e1a-9c33-7a0b6f2d8e41");
    record.recordedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 15), QTimeZone::utc());
    record.organisation = request.organisation.name;
    record.accounts = request.accounts;
    record.route = Route::Both;
    record.sentOn = QDate(2026, 11, 29);
    record.sentBy = request.organisation.contactName;
    record.letterLanguage = QStringLiteral("de");
    record.sentText = QStringLiteral("Widerspruch gegen die Verarbeitung\n\nSehr geehrte Damen "
                                     "und Herren,\nhiermit widersprechen wir …");
    return record;
}
