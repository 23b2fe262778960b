#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <functional>
#include <optional>

#include "TextItemRecorder.h"

// Makes the text of Qt's PDFs read back as it was typed, for copying,
// searching and archiving. Qt 6.4 tells readers the text of each glyph in a
// ToUnicode map built backwards from the font: one character below U+10000
// per glyph, the first that shows it. So emoji come back as nothing, Arabic
// letters as presentation forms, "e" with a combining accent as "é", and the
// space as a tab.
//
// The repair rewrites each font's map so that every glyph names what was typed
// for it (read by every PDF reader), and where one glyph stood for two
// different texts, adds the text of the rarer use as /ActualText
// (ISO 32000-1, 14.9.4) around that one glyph. Both go into an incremental
// update; what Qt wrote stays as it was.
namespace PdfTextRepair {

// Whether the repair needs to know the drawn text: false when every
// character of `text` is one whose glyph Qt's map names right by itself
// (Latin, Greek, Cyrillic, CJK, symbols).
bool needsDrawnText(QStringView text);

// Whether the PDF's fonts name a glyph with a ligature, a presentation form
// or several characters (DejaVu Sans draws "fi" as one glyph, for example):
// then, too, the repair needs the drawn text.
bool namesComposedGlyphs(const QByteArray& pdf);

// `drawn`: the text of every text object in the PDF, in order, from a
// TextItemRecorder; may be empty, then only what needs no text is repaired.
// Nothing when the PDF cannot be read as Qt writes it.
std::optional<QByteArray> repair(const QByteArray& pdf, const QList<DrawnText>& drawn);

// The same, for the writers: `shownText` is everything the pages show, and
// `drawnText` (a second, invisible painting) is only asked for when
// needsDrawnText() or namesComposedGlyphs() says so. The PDF is read once.
std::optional<QByteArray> repair(const QByteArray& pdf, QStringView shownText,
                                 const std::function<QList<DrawnText>()>& drawnText);

} // namespace PdfTextRepair
