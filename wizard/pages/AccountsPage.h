#pragma once

#include <optional>

#include "AccountStatusLine.h"
#include "AccountUndo.h"
#include "FieldMessage.h"
#include "InputValidation.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "WizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Step 5: the organisation's Facebook pages and Instagram accounts. An inline
// editor above the list, so everything works without a mouse or a modal dialog.
//
// The editor adds: Enter in any of its fields adds the account typed (or says
// why not) and never leaves the page. Changing a listed account is a mode of
// its own that shows itself - chosen with "Edit", a double click, F2 or Enter
// on the row; the row is marked, the line above the editor names it, the add
// button reads "Save change"; Enter saves, Esc leaves the mode without a
// change. What was typed for a new account waits meanwhile and comes back.
// Removing and changing can be undone, step by step back to when the page was
// opened (a button in the status line, Ctrl+Z on the list).
class AccountsPage : public WizardPage
{
    Q_OBJECT

public:
    AccountsPage(ObjectionRequest& request, RecordStore& records, QWidget* parent = nullptr);

    QStringList missing() const override;
    // An account typed into the editor but not added yet is added, and a
    // change being edited saved, instead of being dropped (as a dialog's OK
    // takes what is typed); one that is not valid keeps the user on the page
    // with the message.
    bool validatePage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

protected:
    void build() override;
    void load() override;

private:
    // The row Edit and Remove act on: the current one, if it is highlighted.
    int selectedRow() const;
    // What the editor holds, kept while a row is being edited.
    struct Draft
    {
        int platformIndex = 0;
        QString address;
        QString name;
        QString email;
    };

    AccountAddressCheck addressCheck() const;
    // Placeholder and hint for the chosen platform, and the address's form in
    // the letter as it is typed.
    void followPlatform();
    void clearEditor();
    // "Already in the list" when another row (not skipRow) has this account,
    // whatever name or login e-mail it was entered with; else empty.
    QString duplicateProblem(Platform platform, const QString& address, int skipRow) const;
    // The editor's account, checked; skipRow is the row it replaces (-1: new).
    bool readEditor(Account& account, int skipRow);
    bool editorIsEmpty() const;
    bool editing() const { return m_editRow >= 0; }
    // Enter in the editor: adds, or in the edit mode saves the change.
    bool submitEditor();
    bool addAccount();
    void startEdit(int row);
    bool saveEdit();
    void discardEdit();
    // Back from the edit mode: the draft in the editor, nothing selected.
    void leaveEdit();
    void removeAccount();
    void undo();
    // Adds the accounts the record holds for the organisation and the list lacks.
    void importFromRecord();
    void refreshList(int selectRow);
    void updateButtons();
    // A message in the status line under the list, with the suggestion the
    // address check made (one click takes it).
    void showStatus(const QString& message, FieldMessage::Kind kind,
                    const std::optional<AccountSuggestion>& suggestion = std::nullopt);
    void clearStatus();
    void takeSuggestion(const AccountSuggestion& suggestion);
    // The address's problem said with its suggestion; empty text: none.
    void showAddressProblem(const AccountAddressCheck& check, const QString& problem);
    QString accountLabel(const Account& account) const;

    ObjectionRequest& m_request;
    RecordStore& m_records;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_platformCombo = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_addressEdit = nullptr;
    QLabel* m_addressHint = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    AccountStatusLine* m_status = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QListWidget* m_list = nullptr;

    int m_editRow = -1;
    Draft m_draft;
    AccountUndo m_undo;
};
