#include "WhyPage.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "MetaFacts.h"
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
    // A few sentences first; the details (about 600 words of law) are folded
    // away behind "More about this" and say the same at length.
    auto* summary = new QLabel(this);
    summary->setObjectName(u"whySummaryLabel"_s);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* more = new QToolButton(this);
    more->setObjectName(u"moreAboutThisButton"_s);
    more->setCheckable(true);
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setArrowType(Qt::RightArrow);
    more->setAutoRaise(true);
    auto* view = PageText::view(this);
    view->setObjectName(u"whyDetailsView"_s);
    view->hide();
    connect(more, &QToolButton::toggled, this, [more, view](bool open) {
        view->setVisible(open);
        more->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* about = new QPushButton(this);
    about->setObjectName(u"aboutButton"_s);
    bindText(about, QT_TR_NOOP("&About KI-Widerspruch …"));
    connect(about, &QPushButton::clicked, this, [this] { AboutDialog(this).exec(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(more, 0, Qt::AlignLeft);
    layout->addWidget(view, 1);
    layout->addStretch(); // folded: the summary at the top, the button at the bottom
    layout->addWidget(about, 0, Qt::AlignRight);
    onLanguageChange([this, summary, more, view] {
        more->setText(tr("&More about this"));
        more->setAccessibleName(tr("More about this: who may object, when it takes effect, "
                                   "why it matters"));
        summary->setText(
            tr("<p>Since 27 May 2025 Meta (Facebook, Instagram) has been training its AI models "
               "on public content of adults in the EU, relying on its legitimate interest (Art. "
               "6(1)(f) GDPR).</p>") +
            tr("<p>The right to object (Art. 21 GDPR) belongs to natural persons, not to "
               "organisations. The letter therefore does three things: your organisation "
               "objects as operator of its accounts and asks Meta to stop; people who authorised "
               "it in writing object in their own names; everyone else is told how to object "
               "themselves.</p>") +
            tr("<p>What was already used stays in the trained models. Nothing obliges your "
               "organisation to object; the record of what it sent documents its "
               "diligence.</p>"));
        view->setHtml(
            tr("<p>Since 27 May 2025 Meta (Facebook, Instagram) has been training its AI models "
               "on public content of adults in the EU: public posts, comments, reviews, activity "
               "on Pages, in channels and in public groups, with name, user name and profile "
               "picture, and on conversations with Meta AI. Private messages and accounts of "
               "minors are excluded. Meta relies on its legitimate interest (Art. 6(1)(f) GDPR); "
               "people can object (Art. 21 GDPR).</p>") +
            tr("<p><b>Who may object, and what the letter does.</b> The right to object belongs "
               "to natural persons (Art. 4 No. 1 and Art. 21 GDPR, Recital 14); a company, an "
               "authority, an association or a university is not one, and it cannot exercise "
               "the right of its staff or of the people in its photos. Meta announced on 14 April "
               "2025 a form for people to object to the use of their own information; it said "
               "nothing about Pages or organisations. The letter therefore does three "
               "things:</p>") +
            PageText::bulletList({
                tr("As operator of its accounts, your organisation objects to the use of the "
                   "content it has published and publishes there, and asks Meta to stop. Meta "
                   "must weigh the facts you state in its own balancing (Art. 6(1)(f) GDPR); "
                   "this demand has no legal effect of its own."),
                tr("People who have authorised your organisation in writing (staff, members, "
                   "people in its photos) object in their own names under Art. 21 GDPR. Only "
                   "they are named, each with the date of the signed power of attorney; the "
                   "wizard prints the form."),
                tr("Everyone else is told how to object themselves: followers with their own "
                   "account through Meta's forms, people shown in others' content without an "
                   "account through Meta's separate form for them. Visitors' comments, pictures "
                   "and "
                   "interactions are covered only if they object themselves (LDA Brandenburg, 19 "
                   "May 2025)."),
            }) +
            tr("<p><b>When it takes effect.</b> A person's objection can be made at any time and "
               "takes effect on receipt: from then on Meta may use that person's data, older "
               "posts included, only if it demonstrates compelling legitimate grounds (Art. "
               "21(1) GDPR). Your organisation's own demand asks Meta to stop from receipt and to "
               "say whether it will. What was already used stays in the trained models.</p>") +
            tr("<p><b>Why it matters for organisations:</b></p>") +
            PageText::bulletList({
                tr("You must be able to show that you comply with data protection (Art. 5(2) "
                   "and Art. 24 GDPR). This wizard keeps a record of what was sent, when, by "
                   "whom and for which accounts."),
                tr("The operator of a Facebook Page is joint controller with Meta for the "
                   "processing of visitors' data for the Page's statistics, Page Insights (Art. "
                   "26 GDPR; CJEU, 5 June 2018, C-210/16, paras 35-39). Joint responsibility "
                   "reaches only operations whose purposes and means the operator co-determines "
                   "(CJEU, 29 July 2019, C-40/17, para 74); AI training is not among them, and "
                   "Meta's Page Insights Controller Addendum excludes Meta's own later "
                   "processing. Whether joint control reaches further is disputed (VG Köln, 17 "
                   "July 2025, 13 K 1419/23, not final), and for Instagram there is no ruling."),
                tr("The German supervisory authorities (DSK, 2022) consider compliant operation "
                   "of Facebook Pages currently not possible. The LDA Brandenburg (19 May 2025) "
                   "urged public bodies that run Pages to object themselves."),
                // The date from resources/meta.json, checked before each release.
                tr("No court has forbidden the training (as of %1): the OLG Köln (23 May 2025, "
                   "15 UKl 2/25) and the OLG Schleswig (12 August 2025, 6 UKl 3/25) rejected "
                   "urgent applications against it.")
                    .arg(QLocale().toString(MetaFacts::instance().noCourtForbidsAsOf,
                                            //: Long date format (QLocale); German: d. MMMM yyyy
                                            tr("d MMMM yyyy"))),
            }) +
            tr("<p><b>Important:</b> nothing obliges your organisation to object; the record of "
               "what it sent documents its diligence towards the people in its content. An "
               "objection made before 27 May 2025 kept the data out from the start; one made "
               "now cannot take back what was already used.</p>"));
        view->setAccessibleName(title());
    });
}
