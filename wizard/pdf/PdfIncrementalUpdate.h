#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A new version of an object, or a new object: `body` is what stands between
// "N 0 obj" and "endobj".
struct PdfObjectUpdate
{
    int number;
    QByteArray body;
};

// Appends objects to a PDF as an incremental update (ISO 32000-1, 7.5.6):
// what Qt wrote stays byte for byte, a reader takes the newest version of each
// object. The new trailer keeps the catalogue and points to `infoObject` (or
// the old information dictionary when 0). Returns an empty array when the
// PDF's trailer cannot be read.
QByteArray appendPdfUpdate(const QByteArray& pdf, const QList<PdfObjectUpdate>& objects,
                           int infoObject = 0);

// `text` as a PDF text string: UTF-16BE with byte order mark, in hex, which
// holds any character.
QByteArray pdfTextString(const QString& text);

// The number the next new object gets (the trailer's /Size), or 0.
int nextPdfObjectNumber(const QByteArray& pdf);
