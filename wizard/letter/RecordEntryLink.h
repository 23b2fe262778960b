#pragma once

#include <QCoreApplication>
#include <QString>

// The id of a record entry and the link to it, ki-widerspruch://record/ID,
// which the calendar reminder carries and the desktop hands to the program.
// Any web page can open such a link, so whatever comes in is checked here,
// before it reaches the database, a file name or another process.
class RecordEntryLink
{
    Q_DECLARE_TR_FUNCTIONS(RecordEntryLink)

public:
    static constexpr qsizetype maxIdLength = 64;

    // 1 to 64 of A-Z, a-z, 0-9, ".", "-", "_", and not "." or "..": the id
    // names the entry's folder of evidence and the calendar entry's UID.
    static bool isValidId(const QString& id);
    // The link to an entry; empty for an id that is not valid.
    static QString url(const QString& id);
    // Whether an argument is meant as such a link (its scheme), right or not.
    static bool isLink(const QString& text);

    struct Parsed
    {
        QString id;    // set when the link is right
        QString error; // otherwise what is wrong, for the user
    };
    // Exactly ki-widerspruch://record/ID, with an optional "/" at the end;
    // the scheme and "record" in any case. Nothing is decoded: no "%", no
    // user, port, query or fragment, no other host or path.
    static Parsed parse(const QString& link);
    // A message when an id (from --record-entry) is not valid, else empty.
    static QString idProblem(const QString& id);

private:
    // The value as far as a message may quote it: long input is cut.
    static QString quoted(const QString& text);
};
