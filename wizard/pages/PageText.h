#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

// Helpers for the explanation pages, which are mostly text.
namespace PageText {
// A word-wrapped rich-text label whose links open through UrlOpener.
QLabel* label(const QString& html, QWidget* parent);
// <ul> of the given items; the items are HTML already (translations with markup).
QString bulletList(const QStringList& items);
// Escapes text for use inside a rich-text label.
QString escaped(const QString& text);
QString link(const QString& url);
} // namespace PageText
