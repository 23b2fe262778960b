#pragma once

#include <QByteArray>
#include <QList>

// One glyph of a text object and the content line that draws it.
struct PdfGlyph
{
    quint16 code{};
    qsizetype lineStart{};
    qsizetype lineEnd{}; // just after the line's newline
};

// A text object (BT … ET) of a page content stream as Qt's PDF engine writes
// it: one operator per line, "/F7 100 Tf …" to choose the font and
// "x y Td <0001> Tj" for each glyph.
struct PdfTextObject
{
    qsizetype bodyStart{}; // just after "BT\n"
    qsizetype bodyEnd{};   // at "ET\n"
    QByteArray font;       // resource name, without the slash
    QList<PdfGlyph> glyphs;
    // Qt's synthetic bold draws the glyphs a second time inside an empty
    // ActualText span, so that they are not read twice: where its "BDC" and
    // its "EMC" lines start, or -1.
    qsizetype boldSpanStart = -1;
    qsizetype boldSpanEnd = -1;
};

// The line that opens Qt's empty span.
inline const QByteArray qtBoldSpan = QByteArrayLiteral("/Span << /ActualText <> >> BDC");

QList<PdfTextObject> pdfTextObjects(const QByteArray& content);
