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
               QT_TR_NOOP("For companies, authorities, associations, universities, churches and "
                          "other organisations: what Meta does with their content, and what an "
                          "objection can do."));
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
            tr("<p>Since 27 May 2025 Meta (Facebook, Instagram) has been training its AI models "
               "on public content of adults in the EU: public posts, comments, reviews, activity "
               "on Pages, in channels and in public groups, with name, user name and profile "
               "picture, and on conversations with Meta AI. Private messages and accounts of "
               "minors are excluded. Meta relies on its legitimate interest (Art. 6(1)(f) GDPR); "
               "you can object (Art. 21 GDPR).</p>") +
            tr("<p><b>What your objection covers.</b> Your organisation's objection covers what "
               "its own accounts publish: its posts and pictures and the personal data in them, "
               "for example of staff or of citizens in its photos. It does not cover what "
               "visitors post on your pages: their comments, pictures and interactions are "
               "covered only if they object themselves (LDA Brandenburg, 19 May 2025). At the "
               "end of this wizard you get a short text that tells your followers how.</p>") +
            tr("<p><b>Who may object.</b> Strictly, the right to object belongs to natural "
               "persons (Art. 4 No. 1 and Art. 21 GDPR, Recital 14); a company, an authority, an "
               "association or a university is not one. Meta nevertheless offers the objection for "
               "every account and announced "
               "on 14 April 2025 that it will honour all objection forms. Your organisation "
               "objects for its accounts, for the personal data in its own content and as the "
               "operator of its pages, not on behalf of its visitors.</p>") +
            tr("<p><b>Why it matters for organisations:</b></p>") +
            PageText::bulletList({
                tr("You must be able to show that you comply with data protection (Art. 5(2) "
                   "and Art. 24 GDPR). This wizard keeps a record of what was sent, when, by "
                   "whom and for which accounts."),
                tr("The operator of a Facebook Page is joint controller with Meta for the data "
                   "the Page collects and its statistics (Art. 26 GDPR; CJEU, 5 June 2018, "
                   "C-210/16). This covers collection and transmission only (CJEU, 29 July 2019, "
                   "C-40/17); Meta's Controller "
                   "Addendum excludes Meta's own later processing. Whether joint control reaches "
                   "further is disputed (VG Köln, 17 July 2025, 13 K 1419/23, not final), and "
                   "for Instagram there is no ruling."),
                tr("The German supervisory authorities (DSK, 2022) consider compliant operation "
                   "of Facebook Pages currently not possible. The LDA Brandenburg (19 May 2025) "
                   "urged public bodies that run Pages to object themselves."),
                tr("No court has forbidden the training (as of 12 August 2025): the OLG Köln "
                   "(23 May 2025, 15 UKl 2/25) and the OLG Schleswig (12 August 2025, 6 UKl "
                   "3/25) rejected urgent applications against it."),
            }) +
            tr("<p><b>Important:</b> an objection works from its receipt by Meta, for the "
               "future. An objection made after 27 May 2025 covers content from then on; data "
               "already used for training stays in the trained models. So object as early as "
               "possible.</p>"));
        view->setAccessibleName(title());
    });
}
