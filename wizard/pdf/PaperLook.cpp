#include "PaperLook.h"

#include <QTextDocument>

// Exported by Qt Gui (qfont_p.h) for Qt's own modules: the screen resolution
// QTextDocumentLayout divides by. There is no public way to ask for it.
Q_GUI_EXPORT int qt_defaultDpiY();

QColor PaperLook::ink()
{
    return QColor(0, 0, 0);
}

QColor PaperLook::paper()
{
    return QColor(255, 255, 255);
}

QColor PaperLook::rule()
{
    return QColor(64, 64, 64);
}

QPalette PaperLook::palette()
{
    QPalette palette(ink(), paper());
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::BrightText, QPalette::ToolTipText, QPalette::HighlightedText,
                            QPalette::PlaceholderText, QPalette::Link, QPalette::LinkVisited})
        palette.setColor(role, ink());
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button, QPalette::ToolTipBase, QPalette::Highlight})
        palette.setColor(role, paper());
    return palette;
}

QAbstractTextDocumentLayout::PaintContext PaperLook::paintContext(const QRectF& clip)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.clip = clip;
    return context;
}

QFont PaperLook::font(const QStringList& families, qreal points, bool bold)
{
    QFont font(families);
    font.setStyleName(QString());
    font.setStyleHint(QFont::SansSerif, QFont::PreferDefault);
    font.setPointSizeF(points);
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setStyle(QFont::StyleNormal);
    font.setStretch(QFont::AnyStretch);
    font.setFixedPitch(false);
    font.setUnderline(false);
    font.setOverline(false);
    font.setStrikeOut(false);
    font.setKerning(true);
    font.setCapitalization(QFont::MixedCase);
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    font.setWordSpacing(0);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal PaperLook::onAnyScreen(qreal pixelsAt96Dpi)
{
    return pixelsAt96Dpi * qt_defaultDpiY() / 96.0;
}

void PaperLook::prepare(QTextDocument& document, const QFont& font, qreal marginAt96Dpi)
{
    document.setDefaultFont(font);
    document.setIndentWidth(onAnyScreen(40)); // Qt's default indent width
    document.setDocumentMargin(onAnyScreen(marginAt96Dpi));
}
