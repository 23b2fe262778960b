#pragma once

#include <QWidget>
#include <optional>

#include "FieldMessage.h"
#include "InputValidation.h"

class QPushButton;

// The accounts page's status line, under the list: its one message, with
// what can be done about it - take the address the check suggests (one
// click, or the button's mnemonic) - and Undo while there is something to
// undo. Under the list, whose height gives way, so a message never moves the
// buttons above it under the mouse; two lines are kept for it all the time.
class AccountStatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit AccountStatusLine(QWidget* parent = nullptr);

    // otherPlatform: the suggestion is on the other platform (the button
    // switches to it rather than taking an address).
    void showMessage(const QString& message, FieldMessage::Kind kind,
                     const std::optional<AccountSuggestion>& suggestion = std::nullopt,
                     bool otherPlatform = false);
    void clear() { showMessage({}, FieldMessage::Kind::Warning); }
    // The undo button: shown while there is something to undo; description
    // says what (its tool tip and for screen readers).
    void setUndo(bool available, bool enabled, const QString& description);

signals:
    void suggestionTaken(const AccountSuggestion& suggestion);
    void undoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FieldMessage* m_message = nullptr;
    QPushButton* m_suggestionButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    std::optional<AccountSuggestion> m_suggestion;
    bool m_otherPlatform = false;
};
