#include "AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

void AppStyle::install()
{
    if (qobject_cast<AppStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QApplication::style()->name())));
}

bool AppStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !isDark(option->palette))
        return;
    const QPalette::ColorGroup group =
        option->state & State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor window = option->palette.color(group, QPalette::Window);
    const QColor text = option->palette.color(group, QPalette::WindowText);
    // Halfway between window and text: clearly there, quieter than the text.
    const QColor outline((window.red() + text.red()) / 2, (window.green() + text.green()) / 2,
                         (window.blue() + text.blue()) / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(rect);
    else
        painter->drawRoundedRect(rect, 1.5, 1.5);
    painter->restore();
}
