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
            tr("General Data Protection Regulation (EU) 2016/679: Art. 4 No. 1 and Recital 14 "
               "(data subjects are natural persons), Art. 4 No. 7 (controller), Art. 5(1)(b) "
               "(purpose limitation), 5(2) and 24 (demonstrating compliance), 6(1)(f) "
               "(legitimate interest), 9(1), 9(2)(a) and (e) (special categories), 12(2) and "
               "12(6) (facilitating rights, identity), 12(3) (one month, extendable by two "
               "further months), 12(4) (reasons for not acting), 21(1) (objection on grounds "
               "relating to the particular situation; compelling legitimate grounds), 26 (joint "
               "controllers), 77 (complaint by a data subject), 80(1) (representation by bodies, "
               "which does not reach Art. 21), 91 (churches' own rules), Recitals 14, 43 and 47 "
               "– %1")
                .arg(PageText::link(u"https://eur-lex.europa.eu/eli/reg/2016/679/oj"_s)),
            tr("CJEU, judgment of 5 June 2018, C-210/16, Wirtschaftsakademie "
               "Schleswig-Holstein, ECLI:EU:C:2018:388, paras 35-39 (the operator of a Facebook "
               "fan page is joint controller with Meta for the processing of visitors' data for "
               "Page Insights)"),
            tr("CJEU, judgment of 29 July 2019, C-40/17, Fashion ID, ECLI:EU:C:2019:629, para 74 "
               "(joint responsibility reaches only the operations whose purposes and means the "
               "operator co-determines)"),
            tr("CJEU, judgment of 1 August 2022, C-184/20 (data revealing special categories "
               "indirectly count); CJEU, judgment of 4 July 2023, C-252/21, Meta Platforms v "
               "Bundeskartellamt, ECLI:EU:C:2023:537, paras 77-79 (\"manifestly made public\" "
               "requires the person's own clear, deliberate act); EDPB Opinion 28/2024 of 17 "
               "December 2024 (legitimate interest in AI model training); EDPB Guidelines 01/2022, "
               "section 3.4 (requests through third parties)"),
            tr("German law: § 26 BDSG (voluntariness for staff), § 1629 BGB (legal "
               "representation of children); church data protection: KDG, DSG-EKD"),
            tr("Administrative Court of Cologne (VG Köln), 17 July 2025, 13 K 1419/23, not final: "
               "no joint controllership of a federal office and Meta for the page's cookie "
               "processing"),
            tr("Meta's announcement of 14 April 2025 on AI training with public content of "
               "adults in the EU from 27 May 2025 (private messages and accounts of minors "
               "excluded; a form for anyone in the EU to object to the use of their "
               "information; all objection forms honoured; nothing about Pages or "
               "organisations), its privacy "
               "policy (%1) and its Controller Addendum (Meta's own later processing excluded); "
               "controller: %2")
                .arg(PageText::link(MetaFacts::instance().privacyPolicy.toString()),
                     PageText::escaped(MetaFacts::instance().controllerName)),
            tr("Supervisory authorities: LDI NRW (20 May 2025), LfDI Bremen (22 May 2025) and "
               "HmbBfDI: what was already used stays in the trained models; LDA Brandenburg (19 "
               "May 2025): each objection covers only the objector's own account, public bodies "
               "should object; DSK (2022) on fan pages; Irish Data Protection Commission, Meta's "
               "lead authority (statement of 21 May 2025); HmbBfDI, the authority at the seat of "
               "Facebook Germany GmbH, which conducts proceedings concerning Meta in Germany and "
               "on 27 May 2025 ended its urgency procedure in favour of a European approach"),
            tr("Verbraucherzentrale NRW (2025): the reason field of the online forms is "
               "optional; Sky TG24 (27 May 2025): the forms are built for personal profiles"),
            tr("Higher Regional Court of Cologne (OLG Köln), 23 May 2025, 15 UKl 2/25, and "
               "Higher Regional Court of Schleswig (OLG Schleswig), 12 August 2025, 6 UKl 3/25: "
               "urgent applications against the training rejected; no court has forbidden it"),
            tr("The article „KI-Trainingsdaten – Widerspruch“, whose template letter is the "
               "starting point of this program's letter"),
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
