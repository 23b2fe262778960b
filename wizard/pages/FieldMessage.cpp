#include "FieldMessage.h"

using namespace Qt::StringLiterals;

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::showMessage(const QString& message)
{
    setText(message.isEmpty() ? QString() : u"⚠ "_s + message);
    setVisible(!message.isEmpty());
}
