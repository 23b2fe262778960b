#pragma once

#include <QMap>

#include "LazyWizardPage.h"
#include "ObjectionRequest.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

// Step 6: place, date and the optional paragraphs of the letter.
class LetterOptionsPage : public LazyWizardPage
{
    Q_OBJECT

public:
    LetterOptionsPage(ObjectionRequest& request, QWidget* parent = nullptr);

protected:
    void build() override;
    void load() override;

private:
    static QString groundLabel(Ground ground);
    void store();

    ObjectionRequest& m_request;
    QLineEdit* m_placeEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QMap<Ground, QCheckBox*> m_groundBoxes;
    QPlainTextEdit* m_ownGroundsEdit = nullptr;
    QCheckBox* m_jointControllershipBox = nullptr;
    QCheckBox* m_confirmationBox = nullptr;
    OrganisationKind m_kindShown = OrganisationKind::Company;
    bool m_loading = false;
};
