#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <utility>

#include "CancelFlag.h"

// What the record entry shows of an e-mail kept as evidence.
struct MailSummary
{
    QDateTime date; // invalid when the mail has none or it cannot be read
    QString from;   // "Name <address>"
    QString subject;
    QString text; // plain text, tidied (MailText::tidy), at most 100,000 characters
};

// Reads Meta's confirmation e-mail as the user saved it: an .eml file
// (RFC 5322 and MIME, as Thunderbird, Apple Mail and web mailers save it) or
// an Outlook .msg file (OutlookMsgReader). The kind is told by the content,
// not by the name, since users rename files. Damaged or hostile files give
// an error, never a crash or a hang: nesting, sizes and lengths are capped.
class MailReader
{
    Q_DECLARE_TR_FUNCTIONS(MailReader)

public:
    // The error is empty on success, otherwise a reason for the user
    // ("it is not an e-mail file (.eml or .msg)"). fileName only words it.
    // Setting cancel (from another thread) stops the reading with an error.
    static std::pair<MailSummary, QString> read(const QByteArray& bytes, const QString& fileName,
                                                const CancelFlag* cancel = nullptr);

    // The .eml part alone (for tests and the fuzzer): bytes that look like
    // mail headers, else an error.
    static std::pair<MailSummary, QString> readEml(const QByteArray& bytes,
                                                   const CancelFlag* cancel = nullptr);

    // A header value with RFC 2047 encoded words ("=?utf-8?Q?Best=C3=A4tigung?=")
    // decoded; adjacent encoded words are joined without the space between.
    static QString decodeHeader(const QByteArray& value);
};
