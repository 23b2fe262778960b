#include "DonePage.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "PageText.h"
#include "dialogs/HistoryDialog.h"

using namespace Qt::StringLiterals;

DonePage::DonePage(RecordStore& records, QWidget* parent) : WizardPage(parent), m_records(records)
{
    bindTitles(QT_TR_NOOP("Done – and what comes next"),
               QT_TR_NOOP("Tell Meta clearly that you are not part of its training data farm."));
}

void DonePage::build()
{
    auto* view = PageText::view(this);
    auto* history = new QPushButton(this);
    history->setObjectName(u"historyButton"_s);
    bindText(history, QT_TR_NOOP("Record of ob&jections …"));
    connect(history, &QPushButton::clicked, this, [this] {
        HistoryDialog dialog(m_records, this);
        dialog.exec();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(history, 0, Qt::AlignLeft);
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
                tr("Record what you sent under “Record of objections”, add Meta's confirmation "
                   "when it comes, and keep the documentation PDF with your files."),
                tr("If Meta has not answered after one month, ask again."),
            }));
        view->setAccessibleName(title());
    });
}
