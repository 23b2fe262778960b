#pragma once

#include <QProxyStyle>

// The desktop's style with one addition: in a dark palette the outline of an
// unticked check box or radio button is drawn in a tone between the window
// and its text. Fusion draws it a shade darker than the window, which on a
// dark window is next to invisible. Only palette roles are used, no fixed
// colours, so light themes and high-contrast themes are untouched.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's current style (the platform's, or -style).
    static void install();
    static bool isDark(const QPalette& palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};
