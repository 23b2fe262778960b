#include "DonePage.h"

#include <QTextBrowser>
#include <QVBoxLayout>

#include "PageText.h"

DonePage::DonePage(QWidget* parent) : WizardPage(parent)
{
    bindTitles(QT_TR_NOOP("Done – and what comes next"),
               QT_TR_NOOP("Tell Meta clearly that you are not part of its training data farm."));
}

void DonePage::build()
{
    auto* view = PageText::view(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view);
    onLanguageChange([this, view] {
        view->setHtml(
            tr("<p><b>In short:</b></p>") +
            PageText::bulletList({
                tr("Meta wants to use your data for AI."),
                tr("You can object – but you have to do it actively."),
                tr("The objection protects you, the people on your pages and your GDPR record."),
            }) +
            tr("<p><b>Next steps:</b></p>") +
            PageText::bulletList({
                tr("Send the text through Meta's online form for each account and keep Meta's "
                   "confirmation e-mail."),
                tr("One objection covers one account. Object for each Facebook page and "
                   "Instagram account; accounts linked in Meta's Accounts Center can be covered "
                   "together."),
                tr("If the e-mail address of an account changes, object again."),
                tr("Send the letter by post, ideally by registered mail, and file a copy "
                   "together with the date you sent it."),
                tr("If Meta has not answered after one month, ask again."),
            }));
        view->setAccessibleName(title());
    });
}
