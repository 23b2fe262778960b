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

// PDF/A wants the document information to say what the XMP metadata says.
// Qt's own XMP (Qt 6.8 declares its namespaces where PDFBox's preflight does
// not look) and its information (literal UTF-16 strings with a raw
// carriage-return byte, which a reader that follows ISO 32000-1, 7.3.4.2,
// reads as a line feed: "č", U+010D, becomes "Ċ") are both replaced: the XMP
// given to QPdfWriter::setDocumentXmpMetadata, the information appended with
// hex strings, both from the same title, creator, producer (Qt and its
// version) and moment.
QByteArray archivalXmp(const QString& title, const QString& creator, const QDateTime& created);
// Empty when the PDF's trailer cannot be read.
QByteArray appendArchivalDocumentInfo(const QByteArray& pdf, const QString& title,
                                      const QString& creator, const QDateTime& created);
