#pragma once

#include "InputValidation.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "WizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class FieldMessage;

// Step 5: the organisation's Facebook pages and Instagram accounts. An inline
// editor above the list, so everything works without a mouse or a modal dialog.
class AccountsPage : public WizardPage
{
    Q_OBJECT

public:
    AccountsPage(ObjectionRequest& request, RecordStore& records, QWidget* parent = nullptr);

    QStringList missing() const override;
    // An account typed into the editor but not added yet is added (or the
    // change to the selected one saved) instead of being dropped; one that is
    // not valid keeps the user on the page with the message.
    bool validatePage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

protected:
    void build() override;
    void load() override;

private:
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
    bool addAccount();
    bool applyChanges();
    void removeAccount();
    // Adds the accounts the record holds for the organisation and the list lacks.
    void importFromRecord();
    void loadSelection();
    void refreshList(int selectRow);
    void updateButtons();

    ObjectionRequest& m_request;
    RecordStore& m_records;
    QComboBox* m_platformCombo = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_addressEdit = nullptr;
    QLabel* m_addressHint = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    FieldMessage* m_message = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QListWidget* m_list = nullptr;
};
