#include "AltKeyGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {
bool takesText(const QObject* object)
{
    if (const auto* combo = qobject_cast<const QComboBox*>(object))
        return combo->isEditable();
    return qobject_cast<const QLineEdit*>(object) || qobject_cast<const QTextEdit*>(object) ||
           qobject_cast<const QPlainTextEdit*>(object) ||
           qobject_cast<const QAbstractSpinBox*>(object);
}
} // namespace

void AltKeyGuard::install()
{
#ifndef Q_OS_MACOS
    if (!qApp || qApp->findChild<AltKeyGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new AltKeyGuard(qApp));
#endif
}

bool AltKeyGuard::isMnemonicKey(Qt::KeyboardModifiers modifiers, const QString& text)
{
    if (!modifiers.testFlag(Qt::AltModifier) || modifiers.testFlag(Qt::ControlModifier))
        return false;
    return !text.isEmpty() && text.at(0).isPrint();
}

bool AltKeyGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && takesText(watched)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (isMnemonicKey(key->modifiers(), key->text()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}
