#include "WhyPage.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "PageText.h"
#include "dialogs/AboutDialog.h"

using namespace Qt::StringLiterals;

WhyPage::WhyPage(QWidget* parent) : WizardPage(parent)
{
    bindTitles(QT_TR_NOOP("Why object?"),
               QT_TR_NOOP("Meta uses AI – and your data along with it. This wizard helps your "
                          "organisation object in a few steps."));
}

void WhyPage::build()
{
    auto* view = PageText::view(this);
    auto* about = new QPushButton(this);
    about->setObjectName(u"aboutButton"_s);
    bindText(about, QT_TR_NOOP("&About KI-Widerspruch …"));
    connect(about, &QPushButton::clicked, this, [this] { AboutDialog(this).exec(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(about, 0, Qt::AlignRight);
    onLanguageChange([this, view] {
        view->setHtml(
            tr("<p>Meta (Facebook, Instagram and others) trains its AI models on public content "
               "of adults in the EU: public posts, comments, reviews, activity on Pages and in "
               "public groups, names, user names and profile pictures, and conversations with "
               "Meta AI. The training began on 27 May 2025. Private messages and accounts of "
               "minors are excluded.</p>") +
            tr("<p>If you run a Facebook page or an Instagram account, Meta processes personal "
               "data there: comments, interactions, profile pictures, contact details. All of "
               "it can be used to train AI systems unless you object.</p>") +
            tr("<p>For companies and public bodies this is a data-protection minefield:</p>") +
            PageText::bulletList({
                tr("Further processing for AI training is legally disputed."),
                tr("As the operator of a page you remain jointly responsible with Meta "
                   "(joint controllership, Art. 26 GDPR)."),
                tr("You must be able to show that you take your data-protection duties "
                   "seriously (Art. 5(2) and Art. 24 GDPR)."),
            }) +
            tr("<p><b>Important:</b> an objection only works for the future. Data that has "
               "already been used for training stays in the trained models. So object as early "
               "as possible.</p>"));
        view->setAccessibleName(title());
    });
}
