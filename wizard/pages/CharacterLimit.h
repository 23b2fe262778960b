#pragma once

#include <QValidator>

class QLineEdit;
class QPlainTextEdit;

// Length limits as people count characters. QLineEdit::setMaxLength counts
// UTF-16 units, so 60 emoji or 40 flags would fill a 120-character name; these
// count what InputValidation::length counts, the profile reader included.
class CharacterLimitValidator : public QValidator
{
    Q_OBJECT

public:
    CharacterLimitValidator(int limit, QObject* parent) : QValidator(parent), m_limit(limit) {}

    // Text typed or pasted at the end is cut at the limit (as with
    // setMaxLength); an insertion in the middle of a full field is refused.
    State validate(QString& input, int& position) const override;

signals:
    // Something typed or pasted was cut or refused (queued: after the edit).
    void limitReached();

private:
    int m_limit;
};

void limitLength(QLineEdit* edit, int limit);

// Cuts the editor's text after `limit` characters; true if it had more.
// QPlainTextEdit has no limit of its own.
bool keepFirstCharacters(QPlainTextEdit* edit, int limit);
