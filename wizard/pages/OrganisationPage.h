#pragma once

#include "ObjectionRequest.h"
#include "WizardPage.h"

#include <optional>

class QCheckBox;
class QLabel;
class QComboBox;
class QFormLayout;
class QLineEdit;
class FieldMessage;

// Step 4: who objects. Writes every edit straight into the request, so going
// back and forth never loses what was typed.
class OrganisationPage : public WizardPage
{
    Q_OBJECT

public:
    OrganisationPage(ObjectionRequest& request, QWidget* parent = nullptr);

    QStringList missing() const override;
    // A postcode that does not fit the country is said before the page is
    // left (Enter in a field is Next): the first Next shows the message and
    // stays, the next one goes on - it is a warning, not a refusal.
    bool validatePage() override;

protected:
    void build() override;
    void load() override;

private:
    QLineEdit* addLineEdit(QFormLayout* form, const char* label, int maxLength,
                           const QString& objectName);
    void storeAndCheck();
    void updateMessages();
    void letterLanguageFromCountry();

    ObjectionRequest& m_request;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QCheckBox* m_publicBodyBox = nullptr;
    QComboBox* m_churchLawCombo = nullptr;
    QLabel* m_churchLawLabel = nullptr;
    QLineEdit* m_contactEdit = nullptr;
    QLineEdit* m_roleEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLineEdit* m_streetEdit = nullptr;
    QLineEdit* m_postcodeEdit = nullptr;
    QLineEdit* m_cityEdit = nullptr;
    QLineEdit* m_countryEdit = nullptr;
    FieldMessage* m_nameMessage = nullptr;
    FieldMessage* m_contactMessage = nullptr;
    FieldMessage* m_emailMessage = nullptr;
    FieldMessage* m_postcodeMessage = nullptr;
    bool m_nameTouched = false;
    bool m_contactTouched = false;
    bool m_emailTouched = false;
    bool m_postcodeTouched = false;
    QString m_postcodeWarnedFor; // postcode and country Next was stopped for once
    QString m_countryOfLanguage; // the country the letter's language was last set for
    bool m_loading = false;
    bool m_kindChosen = false;
    std::optional<OrganisationKind> m_kindBeforeSuggestion;
};
