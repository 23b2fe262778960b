#pragma once

#include <QWizard>

#include "ObjectionRequest.h"

// The wizard owns the one request object; every page is handed a reference to
// it. Pages write each edit straight into it, so neither going back nor
// switching the language loses what was typed.
class ObjectionWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhyPageId,
        HowPageId,
        ChecklistPageId,
        OrganisationPageId,
        AccountsPageId,
        LetterOptionsPageId,
        PreviewPageId,
        DonePageId,
    };

    explicit ObjectionWizard(QWidget* parent = nullptr);

    ObjectionRequest& request() { return m_request; }

    // Switches the user interface to "de" or "en" (not the letter's language).
    void setUiLanguage(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ObjectionRequest m_request;
};
