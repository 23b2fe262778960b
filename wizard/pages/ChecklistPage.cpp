#include "ChecklistPage.h"

#include <QCheckBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "PageText.h"

ChecklistPage::ChecklistPage(QWidget* parent) : LazyWizardPage(parent)
{
    setTitle(tr("What you need"));
    setSubTitle(tr("Have these at hand. You can tick them off as you go."));
}

void ChecklistPage::build()
{
    auto* layout = new QVBoxLayout(this);
    const QStringList items{
        tr("Access to each account and the account's e-mail address"),
        tr("The name and postal address of your organisation"),
        tr("A list of all Facebook pages and Instagram accounts with their addresses"),
        tr("A contact person for Meta's answer, e.g. your data-protection officer"),
    };
    for (const QString& item : items) {
        auto* box = new QCheckBox(item, this);
        layout->addWidget(box);
    }
    layout->addSpacing(12);
    layout->addWidget(PageText::view(
        tr("<p>Everything you enter stays on this computer. The wizard works offline and only "
           "opens Meta's pages in your browser when you ask it to.</p>"),
        this));
}
