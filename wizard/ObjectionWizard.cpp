#include "ObjectionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>

#include "AppTranslations.h"
#include "pages/AccountsPage.h"
#include "pages/ChecklistPage.h"
#include "pages/DonePage.h"
#include "pages/HowPage.h"
#include "pages/LetterOptionsPage.h"
#include "pages/OrganisationPage.h"
#include "pages/PreviewPage.h"
#include "pages/WhyPage.h"

using namespace Qt::StringLiterals;

ObjectionWizard::ObjectionWizard(QWidget* parent) : QWizard(parent)
{
    m_request.options.date = QDate::currentDate();
    m_request.options.letterLanguage = AppTranslations::current();
    m_request.organisation.country = tr("Germany", "default country of the organisation");
    m_request.options.grounds = suggestedGrounds(m_request.organisation.kind);

    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The language switch sits on the left of the button row on every page.
    setOption(QWizard::HaveCustomButton1);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(u"languageButton"_s);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            setUiLanguage(AppTranslations::current() == "de"_L1 ? u"en"_s : u"de"_s);
    });

    setPage(WhyPageId, new WhyPage(this));
    setPage(HowPageId, new HowPage(this));
    setPage(ChecklistPageId, new ChecklistPage(this));
    setPage(OrganisationPageId, new OrganisationPage(m_request, this));
    setPage(AccountsPageId, new AccountsPage(m_request, this));
    setPage(LetterOptionsPageId, new LetterOptionsPage(m_request, this));
    setPage(PreviewPageId, new PreviewPage(m_request, this));
    setPage(DonePageId, new DonePage(this));
    setStartId(WhyPageId);
    retranslate();
}

void ObjectionWizard::setUiLanguage(const QString& language)
{
    if (language == AppTranslations::current())
        return;
    QWidget* focused = QApplication::focusWidget();
    AppTranslations::install(qApp, language);
    // Qt posts the LanguageChange events; deliver them now so the whole window
    // is in the new language when this returns, and keep the keyboard focus.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    if (focused)
        focused->setFocus();
}

void ObjectionWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ObjectionWizard::retranslate()
{
    // QWizard names its buttons once, when it is made; after a language switch
    // they are named again from Qt's own translation (context "QWizard" in
    // qtbase_*.qm). The texts are held in variables so that lupdate does not
    // copy Qt's strings into the app's translation.
    const char* const qtContext = "QWizard";
    const std::pair<QWizard::WizardButton, const char*> standardButtons[] = {
        {QWizard::BackButton, "< &Back"},
        {QWizard::NextButton, "&Next >"},
        {QWizard::FinishButton, "&Finish"},
        {QWizard::CancelButton, "Cancel"},
    };
    for (const auto& [which, text] : standardButtons)
        setButtonText(which, QCoreApplication::translate(qtContext, text));

    // The platform appends the application's display name ("KI-Widerspruch").
    setWindowTitle(tr("Objection to Meta's AI training"));
    // The button names the language it switches to, in that language.
    const bool german = AppTranslations::current() == "de"_L1;
    setButtonText(QWizard::CustomButton1, german ? u"English"_s : u"Deutsch"_s);
    button(QWizard::CustomButton1)
        ->setAccessibleName(german ? u"Sprache: English"_s : u"Language: Deutsch"_s);
    button(QWizard::CustomButton1)->setToolTip(tr("Switch the language of the program"));
}
