#include "FieldMessage.h"

using namespace Qt::StringLiterals;

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::showMessage(const QString& message, Kind kind)
{
    m_kind = kind;
    setText(message.isEmpty() || kind == Kind::Information ? message : u"⚠ "_s + message);
    setVisible(!message.isEmpty());
}
