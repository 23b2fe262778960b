#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "MetaFacts.h"
#include "pages/PageText.h"

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About KI-Widerspruch"));
    setObjectName(u"aboutDialog"_s);
    resize(640, 560);

    const QString homepage = QStringLiteral(KIW_HOMEPAGE);
    const QString html =
        u"<h2>KI-Widerspruch %1</h2>"_s.arg(QStringLiteral(KIW_VERSION)) +
        tr("<p>Object to Meta's AI training as an organisation.</p>") +
        tr("<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
           "Project: %1</p>")
            .arg(PageText::link(homepage)) +
        tr("<p>This program does not give legal advice. It helps you make an objection that "
           "the law provides for; whether Meta honours it is for Meta and the supervisory "
           "authorities to decide.</p>") +
        tr("<p><b>Where the legal facts come from</b></p>") +
        PageText::bulletList({
            tr("General Data Protection Regulation (EU) 2016/679: Art. 5(2), 6(1)(f), 12(3), "
               "21, 24 and 26 – %1")
                .arg(PageText::link(u"https://eur-lex.europa.eu/eli/reg/2016/679/oj"_s)),
            tr("CJEU, judgment of 5 June 2018, C-210/16, Wirtschaftsakademie "
               "Schleswig-Holstein, ECLI:EU:C:2018:388 (page operators are joint controllers)"),
            tr("CJEU, judgment of 29 July 2019, C-40/17, Fashion ID, ECLI:EU:C:2019:629 (joint "
               "responsibility covers collection and transmission)"),
            tr("Meta's announcement of 14 April 2025 on AI training with public content of "
               "adults in the EU, its privacy policy (%1) and its Controller Addendum; "
               "controller: %2")
                .arg(PageText::link(MetaFacts::instance().privacyPolicy.toString()),
                     PageText::escaped(MetaFacts::instance().controllerName)),
            tr("Supervisory authorities: LDI NRW (20 May 2025), LfDI Bremen (22 May 2025) and "
               "HmbBfDI on objections working only for the future; LDA Brandenburg (19 May "
               "2025) urging public bodies to object; DSK (2022) on fan pages"),
            tr("Higher Regional Court of Cologne, 23 May 2025, 15 UKl 2/25: the urgent "
               "application against the training was rejected; no court has forbidden it"),
            tr("The article „KI-Trainingsdaten – Widerspruch“, whose template letter is this "
               "program's letter"),
        });

    auto* view = PageText::view(this);
    view->setObjectName(u"aboutText"_s);
    view->setHtml(html);
    view->setAccessibleName(windowTitle());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
}
