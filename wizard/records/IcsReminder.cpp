#include "IcsReminder.h"

#include "LocalDates.h"
#include "RecordEntryLink.h"
#include "WorkingDays.h"

using namespace Qt::StringLiterals;

QString IcsReminder::escaped(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u';':
            result += u"\\;"_s;
            break;
        case u',':
            result += u"\\,"_s;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // CRLF is one line break
            [[fallthrough]];
        case u'\n':
        case u'\u0085': // NEL
        case u'\u2028': // line separator
        case u'\u2029': // paragraph separator
            // Every kind of line break, since a calendar program may end the
            // line at any of them: a name with a line break must not start a
            // property of its own (an attendee, a second event).
            result += u"\\n"_s;
            break;
        default:
            // Other control characters are not allowed in TEXT values (C0 but
            // the tab, DEL); C1 controls are dropped as well.
            if ((c >= 0x20 && c < 0x7f) || c == u'\t' || c > 0x9f)
                result += QChar(c);
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

QDate IcsReminder::reminderDate(const ObjectionRecord& record)
{
    return WorkingDays::onOrAfter(record.followUpSentOn.isValid() ? record.followUpAnswerDue()
                                                                  : record.answerDue());
}

QByteArray IcsReminder::build(const ObjectionRecord& record, const QDateTime& stamp)
{
    const bool followUp = record.followUpSentOn.isValid();
    // Only for an id that may go into a link; an edited record file may hold
    // anything, and that is named in the text alone.
    const QString link = RecordEntryLink::url(record.id);
    const QDate day = reminderDate(record);
    QStringList accounts;
    for (const Account& account : record.accounts) {
        const QString platform = platformName(account.platform);
        accounts << u"- %1: %2 (%3)"_s.arg(platform, account.name, account.address);
    }
    QStringList paragraphs{
        tr("On %1 %2 objected to the use of the content of these accounts for Meta's AI "
           "training:")
                .arg(LocalDates::shortDate(record.sentOn), record.organisation) +
            u'\n' + accounts.join(u'\n'),
    };
    if (followUp) {
        paragraphs << tr("On %1 you wrote to Meta again, since no answer had come.")
                          .arg(LocalDates::shortDate(record.followUpSentOn));
    }
    // The link on a line of its own: calendar programs that make links
    // clickable then take no word or comma with it. Outlook often makes none
    // clickable, so the text also says how to get there without it.
    const QString whatToDo =
        link.isEmpty()
            ? tr("What to do: open KI-Widerspruch, “Record of objections”, and find the entry %1 "
                 "(type the id into the search field). If Meta's confirmation came, attach the "
                 "e-mail and mark the accounts as confirmed.")
                  .arg(record.id)
            : QString(tr("What to do: open KI-Widerspruch; at the start it shows what is due. Or "
                         "click this link:") +
                      u'\n' + link + u'\n' +
                      tr("Or open “Record of objections” in KI-Widerspruch and type %1 into the "
                         "search field. If Meta's confirmation came, attach the e-mail and mark "
                         "the accounts as confirmed.")
                          .arg(record.id));
    paragraphs << tr("The objection asked Meta to answer within one month, the period Art. 12(3) "
                     "GDPR provides for answering an objection.")
               << whatToDo;
    paragraphs << (followUp
                       ? tr("If nothing came again: save the notice to the supervisory authority "
                            "there (the Irish Data Protection Commission as Meta's lead "
                            "authority, the HmbBfDI, which conducts proceedings concerning Meta in "
                            "Germany, or your own supervisory authority), send it with the "
                            "documentation PDF, and keep a copy with the record.")
                       : tr("If nothing came: save the follow-up letter to Meta there, send it "
                            "(ideally by registered mail) and record it. You can also inform the "
                            "supervisory authority (the Irish Data Protection Commission as "
                            "Meta's lead authority, the HmbBfDI, which conducts proceedings "
                            "concerning Meta in Germany, or your own supervisory authority)."));
    const QString description = paragraphs.join(u"\n\n"_s);

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
    // The follow-up's reminder is a second event, not a change of the first.
    // The id comes from the record file, which the user may have edited.
    ics += property("UID", escaped(record.id + (followUp ? u"-follow-up"_s : QString()) +
                                   u"@ki-widerspruch"_s));
    ics += property("DTSTAMP", stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    ics += property("DTSTART;VALUE=DATE", day.toString(u"yyyyMMdd"_s));
    ics += property("DTEND;VALUE=DATE", day.addDays(1).toString(u"yyyyMMdd"_s));
    ics +=
        property("SUMMARY",
                 escaped((followUp ? tr("Check Meta's answer to the follow-up: objection to AI "
                                        "training (%1)")
                                   : tr("Check Meta's confirmation: objection to AI training (%1)"))
                             .arg(record.organisation)));
    ics += property("DESCRIPTION", escaped(description));
    // A URI value (RFC 5545 3.3.13), not TEXT: written as it is, unescaped;
    // the id's letters, digits, ".", "-" and "_" need no escaping in a URI.
    if (!link.isEmpty())
        ics += property("URL", link);
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
