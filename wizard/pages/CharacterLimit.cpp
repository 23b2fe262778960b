#include "CharacterLimit.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolTip>

#include "InputValidation.h"

QValidator::State CharacterLimitValidator::validate(QString& input, int& position) const
{
    if (InputValidation::length(input) <= m_limit)
        return Acceptable;
    // Said, not silently done: a name cut at 120 characters lost its "e. V.".
    QMetaObject::invokeMethod(const_cast<CharacterLimitValidator*>(this),
                              &CharacterLimitValidator::limitReached, Qt::QueuedConnection);
    if (position < input.size())
        return Invalid;
    input = InputValidation::firstCharacters(input, m_limit);
    position = int(input.size());
    return Acceptable;
}

void limitLength(QLineEdit* edit, int limit)
{
    auto* validator = new CharacterLimitValidator(limit, edit);
    edit->setValidator(validator);
    QObject::connect(validator, &CharacterLimitValidator::limitReached, edit, [edit, limit] {
        QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())),
                           CharacterLimitValidator::tr("This field holds at most %1 characters; "
                                                       "what went beyond was not taken.")
                               .arg(limit),
                           edit, QRect(), 10000);
    });
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
