#pragma once

#include <QString>
#include <QStringList>

class QTextBrowser;
class QWidget;

// Helpers for the explanation pages, which are mostly text.
namespace PageText {
// A read-only, frameless rich-text view whose links open in the browser
// (BrowserFailedDialog::open: said, with the address to copy, when none starts).
// A text view rather than a word-wrapped QLabel: a label lays its text out
// again for every width the layout asks about, which made start-up slow, and
// the view scrolls when the text does not fit (large fonts, 200% scaling).
QTextBrowser* view(QWidget* parent);
// <ul> of the given items; the items are HTML already (translations with markup).
QString bulletList(const QStringList& items);
// Escapes text for use inside rich text.
QString escaped(const QString& text);
QString link(const QString& url);
} // namespace PageText
