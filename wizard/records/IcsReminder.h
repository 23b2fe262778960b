#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include "ObjectionRecord.h"

// A calendar entry (iCalendar, RFC 5545) to check for Meta's confirmation one
// month after sending (or after the follow-up), on a working day: an all-day
// event with a reminder, the accounts, the record entry's id, a link that opens
// the program at the entry (URL) and what to do. Outlook, Thunderbird,
// Apple and Google Calendar import it.
class IcsReminder
{
    Q_DECLARE_TR_FUNCTIONS(IcsReminder)

public:
    // The first working day on or after the month's end (of the follow-up, once sent).
    static QDate reminderDate(const ObjectionRecord& record);
    // stamp is the DTSTAMP (when the file was made).
    static QByteArray build(const ObjectionRecord& record, const QDateTime& stamp);

    // RFC 5545 3.3.11: backslash, semicolon and comma escaped, every line
    // break (CRLF, CR, LF, NEL, U+2028, U+2029) written as \n, other control
    // characters dropped, so that no value can add a line or a property.
    static QString escaped(const QString& text);
    // RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a
    // space, never splitting a UTF-8 character.
    static QByteArray folded(const QByteArray& line);
};
