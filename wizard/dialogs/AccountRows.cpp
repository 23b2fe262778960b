#include "AccountRows.h"

#include <QGuiApplication>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <algorithm>

void fitAccountRows(QListWidget* list)
{
    list->setUniformItemSizes(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideMiddle);
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setToolTip(list->item(row)->text());
    const QScreen* screen = list->screen() ? list->screen() : QGuiApplication::primaryScreen();
    // The rest of the dialog (labels, margins) keeps the other part of the screen.
    const int limit = screen ? screen->availableGeometry().width() * 3 / 5 : 800;
    const int rows = list->sizeHintForColumn(0);
    const int chrome = 2 * list->frameWidth() +
                       list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list) +
                       list->fontMetrics().averageCharWidth() * 2;
    list->setMinimumWidth(std::min(rows + chrome, limit));
}
