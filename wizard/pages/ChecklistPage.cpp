#include "ChecklistPage.h"

#include <QCheckBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "PageText.h"

ChecklistPage::ChecklistPage(QWidget* parent) : WizardPage(parent)
{
    bindTitles(QT_TR_NOOP("What you need"),
               QT_TR_NOOP("Have these at hand. You can tick them off as you go."));
}

void ChecklistPage::build()
{
    auto* layout = new QVBoxLayout(this);
    for (const char* item : {
             QT_TR_NOOP("Access to each account and the account's e-mail address"),
             QT_TR_NOOP("The name and postal address of your organisation"),
             QT_TR_NOOP("A list of all Facebook pages and Instagram accounts with their "
                        "addresses"),
             QT_TR_NOOP("A contact person for Meta's answer, e.g. your data-protection officer"),
         }) {
        auto* box = new QCheckBox(this);
        bindText(box, item);
        layout->addWidget(box);
    }
    auto* view = PageText::view(this);
    layout->addWidget(view);
    onLanguageChange([this, view] {
        view->setHtml(tr("<p>Everything you enter stays on this computer. The wizard works "
                         "offline and only opens Meta's pages in your browser when you ask it "
                         "to.</p>"));
        view->setAccessibleName(title());
    });
}
