#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

// QPdfWriter (Qt 6.4) writes only Title and Creator into the PDF's document
// information, and the current time as its creation date. Author and Subject
// are added with an incremental update (ISO 32000-1, 7.5.6): a new information
// dictionary appended after the file.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QDateTime creationDate;
};

// QPdfWriter stamps the current time in the machine's zone: "(D:20261206010000
// +01'00')" in Berlin, "(D:20261206000000Z)" in UTC, so one letter had other
// bytes in every zone. This gives the file Qt just wrote (one revision) the
// given moment in UTC instead: its creation date (Qt 6.4) and modification
// date (Qt 6.8) rewritten, the cross-reference offsets behind them moved by
// the change in length, and Qt 6.8's three XMP dates (create, modify,
// metadata) overwritten in place. What it does not recognise it leaves as it is.
QByteArray withQtDatesAt(const QByteArray& pdf, const QDateTime& moment);

// Qt 6.4 gives every PDF/A file a random identifier (the trailer's /ID), so
// the same sheet had other bytes each time. This puts `id` in its place, in
// the file Qt just wrote (32 hexadecimal digits each, overwritten in place).
// Qt 6.8 takes the identifier from QPdfWriter::setDocumentId instead.
QByteArray withDocumentId(const QByteArray& pdf, const QUuid& id);

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
