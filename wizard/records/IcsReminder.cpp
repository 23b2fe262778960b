#include "IcsReminder.h"

using namespace Qt::StringLiterals;

QString IcsReminder::escaped(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u';':
            result += u"\\;"_s;
            break;
        case u',':
            result += u"\\,"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        case u'\r':
            break;
        default:
            // Other control characters are not allowed in TEXT values.
            if (c.unicode() >= 0x20 || c == u'\t')
                result += c;
        }
    }
    return result;
}

QByteArray IcsReminder::folded(const QByteArray& line)
{
    constexpr qsizetype limit = 75;
    QByteArray result;
    qsizetype start = 0;
    qsizetype room = limit;
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Back off to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        result += line.mid(start, end - start) + "\r\n ";
        start = end;
        room = limit - 1; // the leading space counts
    }
    return result + line.mid(start) + "\r\n";
}

QByteArray IcsReminder::build(const ObjectionRecord& record, const QDateTime& stamp)
{
    const QDate due = record.answerDue();
    QStringList accounts;
    for (const Account& account : record.accounts) {
        const QString platform = platformName(account.platform);
        accounts << u"- %1: %2 (%3)"_s.arg(platform, account.name, account.address);
    }
    const QString description =
        QStringList{
            tr("On %1 %2 objected to Meta's AI training (Art. 21 GDPR) for these accounts:")
                    .arg(record.sentOn.toString(Qt::ISODate), record.organisation) +
                u'\n' + accounts.join(u'\n'),
            tr("Meta must act without undue delay and within one month; where necessary it may "
               "extend this by two further months if it says so within the first month (Art. "
               "12(3) GDPR). Check whether Meta's confirmation has come (the e-mail after the "
               "online form, or a letter) and record it in KI-Widerspruch."),
            tr("If nothing came: write again (online form, and the letter by registered mail) and "
               "keep both with the record. You can also inform Meta's lead supervisory authority, "
               "the Irish Data Protection Commission, or the HmbBfDI, which handles Meta matters "
               "in Germany."),
        }
            .join(u"\n\n"_s);

    const auto property = [](const QByteArray& name, const QString& value) {
        return folded(name + ':' + value.toUtf8());
    };
    QByteArray ics;
    ics += property("BEGIN", u"VCALENDAR"_s);
    ics += property("VERSION", u"2.0"_s);
    ics += property("PRODID", u"-//KI-Widerspruch//KI-Widerspruch " KIW_VERSION "//DE"_s);
    ics += property("CALSCALE", u"GREGORIAN"_s);
    ics += property("METHOD", u"PUBLISH"_s);
    ics += property("BEGIN", u"VEVENT"_s);
    ics += property("UID", record.id + u"@ki-widerspruch"_s);
    ics += property("DTSTAMP", stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    ics += property("DTSTART;VALUE=DATE", due.toString(u"yyyyMMdd"_s));
    ics += property("DTEND;VALUE=DATE", due.addDays(1).toString(u"yyyyMMdd"_s));
    ics +=
        property("SUMMARY", escaped(tr("Check Meta's confirmation: objection to AI training (%1)")
                                        .arg(record.organisation)));
    ics += property("DESCRIPTION", escaped(description));
    ics += property("TRANSP", u"TRANSPARENT"_s);
    ics += property("BEGIN", u"VALARM"_s);
    ics += property("ACTION", u"DISPLAY"_s);
    ics += property("DESCRIPTION", escaped(tr("Check Meta's confirmation")));
    ics += property("TRIGGER", u"PT9H"_s); // 9:00 on the day
    ics += property("END", u"VALARM"_s);
    ics += property("END", u"VEVENT"_s);
    ics += property("END", u"VCALENDAR"_s);
    return ics;
}
