#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Shares out typed text among the glyphs that show it. `shown` holds, per
// glyph in drawing order, the text a PDF reader gets for it from Qt's map
// (empty when the map has none); `typed` is the text that was drawn. Each
// glyph gets the typed characters it stands for: "é" typed as e + U+0301 for
// the glyph Qt names "é", "م" for the initial form "ﻣ", an emoji for a glyph
// without a name. Nothing when the two cannot be matched up glyph by glyph.
std::optional<QStringList> typedTextPerGlyph(const QStringList& shown, const QString& typed);

// Readers turn any white space into a space; Qt's map names the space glyph
// after the first character the font gives it to (often the tab).
QString foldSpaces(QString text);
