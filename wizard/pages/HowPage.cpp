#include "HowPage.h"

#include <QTextBrowser>
#include <QVBoxLayout>

#include "MetaFacts.h"
#include "PageText.h"

using namespace Qt::StringLiterals;

HowPage::HowPage(QWidget* parent) : WizardPage(parent)
{
    bindTitles(QT_TR_NOOP("How to object"),
               QT_TR_NOOP("There are two routes. Take both if you can."));
}

void HowPage::build()
{
    auto* view = PageText::view(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view);
    onLanguageChange([this, view] {
        const MetaFacts& meta = MetaFacts::instance();
        // In running text the country as a word, not in the capitals of the
        // envelope ("IRLAND").
        const QString address = PageText::escaped(
            QStringList{meta.controllerName, meta.addressLines.join(u", "_s), tr("Ireland")}.join(
                u", "_s));
        view->setHtml(
            tr("<p><b>1. Online form.</b> Meta's objection forms open only for someone logged "
               "in; page admins log in with their personal account. Open Meta's privacy policy "
               "at %1 and go to your rights and the objection to the processing of your "
               "information (in German: „Rechte“ → „Widerspruch gegen die Verarbeitung deiner "
               "Informationen“). Enter the account's e-mail address. A reason is optional; you "
               "can paste the text that this wizard prepares. Meta confirms by e-mail: keep that "
               "e-mail.</p>")
                .arg(PageText::link(meta.privacyPolicy.toString())) +
            tr("<p>Meta keeps rebuilding its help pages, so the way there may look different. "
               "On the preview page you can also open the direct forms for Facebook and "
               "Instagram. The forms are made for personal profiles: a form sent from an "
               "admin's login may cover only the admin's own profile, and a Page cannot always "
               "use them.</p>") +
            tr("<p><b>2. Letter.</b> That is why this wizard also writes a letter to %1 for "
               "your organisation's accounts. An objection works only once it reaches Meta: "
               "send the letter by post, ideally by registered mail, and keep the PDF with the "
               "record of the objection.</p>")
                .arg(address));
        view->setAccessibleName(title());
    });
}
