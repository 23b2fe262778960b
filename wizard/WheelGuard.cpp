#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace {
QWidget* choiceField(QObject* object)
{
    if (auto* combo = qobject_cast<QComboBox*>(object))
        return combo;
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(object))
        return spin;
    return nullptr;
}
} // namespace

void WheelGuard::install()
{
    if (!qApp || qApp->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    QWidget* field = nullptr;
    if (event->type() != QEvent::Polish && event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    field = choiceField(watched);
    if (!field)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Polish) {
        // Without wheel focus, a turn of the wheel does not focus the field
        // first (which would then let it take the turn).
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (!field->hasFocus()) {
        event->ignore(); // not taken: Qt hands it to the parent, the page's scroll area
        return true;
    }
    return false;
}
