#pragma once

#include <QByteArray>
#include <QList>

class QPDFObjectHandle;

// One glyph of a text object: the string operand and its "Tj", as offsets in
// the decoded content stream.
struct PdfGlyph
{
    quint16 code{};
    qsizetype start{}; // at the string "<0001>"
    qsizetype end{};   // just after "Tj"
};

// A text object (BT … ET) of a page content stream as Qt's PDF engine writes
// it: "/F7 100 Tf" chooses the font, each glyph is shown on its own with
// "<0001> Tj".
struct PdfTextObject
{
    qsizetype bodyStart{}; // just after "BT"
    qsizetype bodyEnd{};   // at "ET"
    QByteArray font;       // resource name, without the slash
    QList<PdfGlyph> glyphs;
    // Qt's synthetic bold draws the glyphs a second time inside an empty
    // ActualText span, so that they are not read twice: its "/Span << … >>
    // BDC" (from where to where) and where its "EMC" starts, or -1.
    qsizetype boldSpanStart = -1;
    qsizetype boldSpanLength = 0;
    qsizetype boldSpanEnd = -1;
};

// The text objects of one content stream, read with qpdf's content-stream
// parser. Throws what qpdf throws for a stream it cannot read.
QList<PdfTextObject> pdfTextObjects(QPDFObjectHandle contents);
