#include "CharacterLimit.h"

#include <QLineEdit>
#include <QPlainTextEdit>

#include "InputValidation.h"

QValidator::State CharacterLimitValidator::validate(QString& input, int& position) const
{
    if (InputValidation::length(input) <= m_limit)
        return Acceptable;
    if (position < input.size())
        return Invalid;
    input = InputValidation::firstCharacters(input, m_limit);
    position = int(input.size());
    return Acceptable;
}

void limitLength(QLineEdit* edit, int limit)
{
    edit->setValidator(new CharacterLimitValidator(limit, edit));
}

bool keepFirstCharacters(QPlainTextEdit* edit, int limit)
{
    const QString text = edit->toPlainText();
    if (InputValidation::length(text) <= limit)
        return false;
    edit->setPlainText(InputValidation::firstCharacters(text, limit));
    edit->moveCursor(QTextCursor::End);
    return true;
}
