#include "ScrollingBody.h"

#include <QApplication>
#include <QScrollArea>
#include <QVBoxLayout>

void fillWithScrollingBody(QWidget* owner, QWidget* body, const QString& objectName)
{
    auto* scroll = new QScrollArea(owner);
    scroll->setObjectName(objectName);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    QObject::connect(qApp, &QApplication::focusChanged, scroll,
                     [scroll, body](QWidget*, QWidget* now) {
                         if (now && body->isAncestorOf(now))
                             scroll->ensureWidgetVisible(now);
                     });
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}
