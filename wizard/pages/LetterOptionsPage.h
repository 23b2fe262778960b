#pragma once

#include <QMap>

#include "ObjectionRequest.h"
#include "WizardPage.h"

class AuthorisingPersonsBox;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

// Step 6: what the letter says and who signs it.
class LetterOptionsPage : public WizardPage
{
    Q_OBJECT

public:
    LetterOptionsPage(ObjectionRequest& request, QWidget* parent = nullptr);

protected:
    void build() override;
    void load() override;
    QStringList missing() const override;

private:
    QWidget* buildLetterBox();
    QWidget* buildGroundsBox();
    QWidget* buildSignatoryBox();
    void store();
    // "i. A." explained while a non-head signs in their own name.
    void showCapacityHint();
    // The public-body ground in the words for the organisation's kind.
    void showPublicBodyLabel();

    ObjectionRequest& m_request;
    QComboBox* m_languageCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_referenceEdit = nullptr;
    QComboBox* m_postalNoteCombo = nullptr;
    QMap<Ground, QCheckBox*> m_groundBoxes;
    QMap<Ground, QWidget*> m_groundRows; // what is shown or hidden for a ground
    QMap<SpecialCategory, QCheckBox*> m_categoryBoxes;
    QLineEdit* m_otherCategoriesEdit = nullptr;
    AuthorisingPersonsBox* m_personsBox = nullptr;
    QPlainTextEdit* m_ownGroundsEdit = nullptr;
    FieldMessage* m_ownGroundsMessage = nullptr;
    FieldMessage* m_capacityHint = nullptr;
    QLineEdit* m_signatoryNameEdit = nullptr;
    QLineEdit* m_signatoryRoleEdit = nullptr;
    QComboBox* m_capacityCombo = nullptr;
    QCheckBox* m_jointControllershipBox = nullptr;
    QCheckBox* m_confirmationBox = nullptr;
    bool m_loading = false;
};
