#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// QPdfWriter (Qt 6.4) writes only Title and Creator into the PDF's document
// information, and the current time as its creation date. Author and Subject
// are added with an incremental update (ISO 32000-1, 7.5.6): a new information
// dictionary appended after the file. The one thing changed in what Qt wrote is
// its time stamps, overwritten in place with the given date (same length, so
// no offset moves): the same letter and date give the same bytes. Qt 6.4
// writes a creation date; Qt 6.8 also a modification date and, in its XMP
// metadata, three more dates (create, modify, metadata).
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

// Qt writes the document information's texts as literal UTF-16 strings and
// leaves a carriage-return byte in them unescaped, which a reader that
// follows ISO 32000-1 (7.3.4.2) reads as a line feed: "č" (U+010D) becomes
// "Ċ", a PDF/A validator finds the title differs from the XMP metadata, and a
// CR LF pair (U+0D0A) garbles the rest of the text. For a PDF/A file, whose
// information must say what its XMP says, the same entries are appended
// again as hex strings: `title` and `creator` as given to QPdfWriter,
// Producer and CreationDate as Qt wrote them. Empty when the PDF's trailer or
// information cannot be read.
QByteArray appendArchivalDocumentInfo(const QByteArray& pdf, const QString& title,
                                      const QString& creator);
