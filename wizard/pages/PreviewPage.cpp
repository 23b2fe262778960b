#include "PreviewPage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "FieldMessage.h"
#include "FontCoverage.h"
#include "LayoutChecks.h"
#include "LetterChecks.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterPageView.h"
#include "LetterPainter.h"
#include "MetaFacts.h"

using namespace Qt::StringLiterals;

PreviewPage::PreviewPage(ObjectionRequest& request, RecordStore& records, SessionLog& log,
                         QWidget* parent)
    : WizardPage(parent), m_request(request), m_records(records), m_exporter(this, log)
{
    bindTitles(QT_TR_NOOP("Preview and send"),
               QT_TR_NOOP("This is the letter exactly as it will be saved and printed. Send it "
                          "by post and use the text in Meta's online form."));
}

void PreviewPage::build()
{
    m_tabs = new QTabWidget(this);
    m_textView = new QTextBrowser(this);
    m_textView->setObjectName(u"letterTextView"_s);
    m_textView->setOpenLinks(false);

    // The pages exactly as the PDF and the printer get them (same painter).
    m_pageView = new LetterPageView(this);
    m_pageView->setObjectName(u"letterPageView"_s);
    m_tabs->addTab(m_pageView, QString());
    m_tabs->addTab(m_textView, QString());

    // Said before the letter goes out: which characters would print as boxes.
    m_fontWarning = new FieldMessage(this);
    m_fontWarning->setObjectName(u"fontWarningLabel"_s);
    // And what the letter lacks or mixes (no postal address, German words in
    // an English letter): written all the same, the user decides.
    m_letterWarning = new FieldMessage(this);
    m_letterWarning->setObjectName(u"letterWarningLabel"_s);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Room for two lines at all times, so the buttons above never move under
    // the pointer when a message comes, goes or wraps.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    const MetaFacts& meta = MetaFacts::instance();
    auto* buttons = new QGridLayout;
    QPushButton* save = addButton(QT_TR_NOOP("&Save as PDF …"), u"savePdfButton"_s);
    QPushButton* print = addButton(QT_TR_NOOP("&Print …"), u"printButton"_s);
    QPushButton* copy = addButton(QT_TR_NOOP("&Copy text"), u"copyTextButton"_s);
    QPushButton* policy =
        addButton(QT_TR_NOOP("&Open Meta's privacy policy"), u"openPolicyButton"_s);
    QPushButton* facebook = addButton(QT_TR_NOOP("Facebook &form"), u"openFacebookFormButton"_s);
    QPushButton* instagram = addButton(QT_TR_NOOP("&Instagram form"), u"openInstagramFormButton"_s);
    onLanguageChange([this, copy] {
        m_textView->setAccessibleName(tr("Text of the letter"));
        m_pageView->setAccessibleName(tr("Page view of the letter"));
        m_tabs->setTabText(0, tr("Pa&ge view"));
        m_tabs->setTabText(1, tr("&Text"));
        copy->setToolTip(tr("Copies the text for Meta's online form: subject, text and "
                            "contact, without the address block."));
        m_status->clear(); // written in the old language
        updateFontWarning();
    });
    buttons->addWidget(save, 0, 0);
    buttons->addWidget(print, 0, 1);
    buttons->addWidget(copy, 0, 2);
    buttons->addWidget(policy, 1, 0);
    buttons->addWidget(facebook, 1, 1);
    buttons->addWidget(instagram, 1, 2);
    QPushButton* record = addButton(QT_TR_NOOP("Record as s&ent …"), u"recordAsSentButton"_s);
    buttons->addWidget(record, 2, 0);
    connect(record, &QPushButton::clicked, this,
            [this] { showStatus(m_exporter.recordAsSent(m_letter, m_request, m_records)); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fontWarning);
    layout->addWidget(m_letterWarning);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(save, &QPushButton::clicked, this, [this] {
        showStatus(
            m_exporter.savePdf(m_letter, m_request.organisation.name, m_request.options.date));
    });
    connect(print, &QPushButton::clicked, this, [this] {
        showStatus(m_exporter.print(m_letter, m_request.organisation.name, m_request.options.date));
    });
    connect(copy, &QPushButton::clicked, this,
            [this] { showStatus(m_exporter.copyFormText(m_letter)); });
    connect(policy, &QPushButton::clicked, this,
            [this, &meta] { showStatus(m_exporter.openUrl(meta.privacyPolicy)); });
    connect(facebook, &QPushButton::clicked, this,
            [this] { showStatus(m_exporter.openForm(Platform::Facebook)); });
    connect(instagram, &QPushButton::clicked, this,
            [this] { showStatus(m_exporter.openForm(Platform::Instagram)); });
}

QPushButton* PreviewPage::addButton(const char* text, const QString& objectName)
{
    auto* button = new QPushButton(this);
    bindText(button, text);
    button->setObjectName(objectName);
    button->setAutoDefault(false); // Enter keeps meaning "Next" in the wizard
    return button;
}

void PreviewPage::load()
{
    m_letter = LetterComposer(m_request.options.letterLanguage).compose(m_request);
    // A view does not own a document it is given, yet deletes its own first one
    // in setDocument(): ours are parented to the view, and the previous visit's
    // is dropped if it still exists.
    const QPointer<QTextDocument> previous = m_textView->document();
    QTextDocument* document = LetterDocumentBuilder::fullLetter(m_letter).release();
    document->setParent(m_textView);
    m_textView->setDocument(document);
    if (previous && previous->parent() == m_textView)
        delete previous;
    m_status->clear();
    updateFontWarning();

    m_pageView->setLetter(m_letter);
}

void PreviewPage::updateFontWarning()
{
    m_letterWarning->showMessage(
        (LetterChecks::warnings(m_request) + LayoutChecks::warnings(m_request)).join(u'\n'));
    m_fontWarning->showMessage(FontCoverage::warning(FontCoverage::missingCharacters(
        LetterPainter::shownText(m_letter), LetterDocumentBuilder::letterFont())));
}

void PreviewPage::showStatus(const QString& message)
{
    if (!message.isEmpty())
        m_status->setText(message);
}
