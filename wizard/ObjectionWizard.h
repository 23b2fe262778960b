#pragma once

#include <QWizard>

#include "ObjectionRequest.h"

// The wizard owns the one request object; every page is handed a reference to
// it, loads it in initializePage() and writes it back in validatePage().
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

private:
    ObjectionRequest m_request;
};
