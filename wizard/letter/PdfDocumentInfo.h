#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// QPdfWriter (Qt 6.4) writes only Title and Creator into the PDF's document
// information. Author and Subject are added with an incremental update
// (ISO 32000-1, 7.5.6): a new information dictionary appended after the file,
// which leaves every byte Qt wrote untouched.
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
