#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// QPdfWriter (Qt 6.4) writes only Title and Creator into the PDF's document
// information, and the current time as its creation date. Author and Subject
// are added with an incremental update (ISO 32000-1, 7.5.6): a new information
// dictionary appended after the file. The one thing changed in what Qt wrote is
// its creation date, overwritten in place with the given one (same length, so
// no offset moves): the same letter and date give the same bytes.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QDateTime creationDate;
};

// Returns the PDF with the update appended, or an empty array when the input is
// not a PDF whose trailer can be read.
QByteArray appendDocumentInfo(const QByteArray& pdf, const PdfDocumentInfo& info);
