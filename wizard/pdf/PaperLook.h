#pragma once

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QStringList>

class QTextDocument;

// How the documents look on paper, whatever desktop the program runs on: a
// letter, a follow-up, a notice or a documentation sheet has its own ink,
// paper and fonts, never the application's palette, font or screen. (A dark
// desktop theme gave white text on white paper; a screen at 144 dpi other
// indents; an application font in bold a bold letter.) The window around the
// page view follows the theme; the paper does not.
namespace PaperLook {
// Black on white.
QColor ink();
QColor paper();
// The lines of a table: a dark grey that prints on any printer.
QColor rule();
// Every role a text layout may draw with, from ink and paper.
QPalette palette();
// What QAbstractTextDocumentLayout::draw needs, with the paper's palette (its
// default is the application's).
QAbstractTextDocumentLayout::PaintContext paintContext(const QRectF& clip);

// A font of its own in every attribute: QFont() starts from the application's
// font, and a painter fills what a font leaves unset from it, so a desktop
// font in bold or with wider letter spacing would otherwise reach the page.
// Unhinted: hinting is a desktop setting (Xft.hintstyle, fontconfig) and
// would move glyphs by fractions, changing the file's bytes, not its looks.
QFont font(const QStringList& families, qreal points, bool bold = false);

// QTextDocument scales its indents, borders, paddings and margins by the paint
// device's resolution over the screen's (qt_defaultDpi), so a desktop at
// 144 dpi would get other indents in the PDF. This is the value to give it for
// `pixelsAt96Dpi`: the same device pixels on any screen.
qreal onAnyScreen(qreal pixelsAt96Dpi);
// Sets the document's default font, its indent width and margin, on any screen.
void prepare(QTextDocument& document, const QFont& font, qreal marginAt96Dpi);
} // namespace PaperLook
