#include "ObjectionWizard.h"

#include "pages/AccountsPage.h"
#include "pages/ChecklistPage.h"
#include "pages/DonePage.h"
#include "pages/HowPage.h"
#include "pages/LetterOptionsPage.h"
#include "pages/OrganisationPage.h"
#include "pages/PreviewPage.h"
#include "pages/WhyPage.h"

ObjectionWizard::ObjectionWizard(QWidget* parent) : QWizard(parent)
{
    m_request.options.date = QDate::currentDate();
    m_request.organisation.country = tr("Germany", "default country of the organisation");
    m_request.options.grounds = suggestedGrounds(m_request.organisation.kind);

    // The platform appends the application's display name ("KI-Widerspruch").
    setWindowTitle(tr("Objection to Meta's AI training"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    setPage(WhyPageId, new WhyPage(this));
    setPage(HowPageId, new HowPage(this));
    setPage(ChecklistPageId, new ChecklistPage(this));
    setPage(OrganisationPageId, new OrganisationPage(m_request, this));
    setPage(AccountsPageId, new AccountsPage(m_request, this));
    setPage(LetterOptionsPageId, new LetterOptionsPage(m_request, this));
    setPage(PreviewPageId, new PreviewPage(m_request, this));
    setPage(DonePageId, new DonePage(this));
    setStartId(WhyPageId);
}
