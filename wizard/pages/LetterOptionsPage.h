#pragma once

#include <QMap>

#include "ObjectionRequest.h"
#include "WizardPage.h"

class FieldMessage;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

// Step 6: place, date and the optional paragraphs of the letter.
class LetterOptionsPage : public WizardPage
{
    Q_OBJECT

public:
    LetterOptionsPage(ObjectionRequest& request, QWidget* parent = nullptr);

protected:
    void build() override;
    void load() override;

private:
    void store();

    ObjectionRequest& m_request;
    QComboBox* m_languageCombo = nullptr;
    QLineEdit* m_placeEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QMap<Ground, QCheckBox*> m_groundBoxes;
    QPlainTextEdit* m_ownGroundsEdit = nullptr;
    FieldMessage* m_ownGroundsMessage = nullptr;
    QCheckBox* m_jointControllershipBox = nullptr;
    QCheckBox* m_confirmationBox = nullptr;
    bool m_loading = false;
};
