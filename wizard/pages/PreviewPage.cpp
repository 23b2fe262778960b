#include "PreviewPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizard>
#include <algorithm>

#include "FieldMessage.h"
#include "FontCoverage.h"
#include "LayoutChecks.h"
#include "LetterChecks.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterPageView.h"
#include "LetterPainter.h"
#include "MetaFacts.h"
#include "PlainTextLetterWriter.h"
#include "SendingSteps.h"

using namespace Qt::StringLiterals;

PreviewPage::PreviewPage(ObjectionRequest& request, RecordStore& records, SessionLog& log,
                         QWidget* parent)
    : WizardPage(parent), m_request(request), m_records(records), m_log(log), m_exporter(this, log)
{
    bindTitles(QT_TR_NOOP("Preview and send"),
               QT_TR_NOOP("This is the letter exactly as it will be saved and printed. Send it "
                          "by post and use the text in Meta's online form, step by step."));
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
    QPushButton* save = addButton(QT_TR_NOOP("&Save as PDF …"), u"savePdfButton"_s);
    QPushButton* print = addButton(QT_TR_NOOP("&Print …"), u"printButton"_s);
    QPushButton* copy = addButton(QT_TR_NOOP("&Copy text"), u"copyTextButton"_s);
    QPushButton* policy =
        addButton(QT_TR_NOOP("&Open Meta's privacy policy"), u"openPolicyButton"_s);
    QPushButton* facebook =
        addButton(QT_TR_NOOP("Facebook &form (own profile)"), u"openFacebookFormButton"_s);
    QPushButton* instagram = addButton(QT_TR_NOOP("&Instagram form"), u"openInstagramFormButton"_s);
    QPushButton* record = addButton(QT_TR_NOOP("Record as s&ent …"), u"recordAsSentButton"_s);
    m_steps = new SendingSteps({save, print, copy, instagram, facebook, record, policy}, this);
    connect(m_steps, &SendingSteps::changed, this, &PreviewPage::updateDefaultButton);
    onLanguageChange([this, copy] {
        m_textView->setAccessibleName(tr("Text of the letter"));
        m_pageView->setAccessibleName(tr("Page view of the letter"));
        m_tabs->setTabText(0, tr("Pa&ge view"));
        m_tabs->setTabText(1, tr("&Text"));
        copy->setToolTip(tr("Copies the text for Meta's online form: subject, text and "
                            "contact, without the address block."));
        m_steps->retranslate();
        m_status->clear(); // written in the old language
        updateFontWarning();
    });

    // The steps beside the letter, not below it: the letter keeps the
    // page's height on a 1366x768 screen; the steps scroll when they do not
    // fit (200 %, long translations).
    auto* stepsArea = new QScrollArea(this);
    stepsArea->setObjectName(u"sendingStepsScrollArea"_s);
    stepsArea->setWidget(m_steps);
    stepsArea->setWidgetResizable(true);
    stepsArea->setFrameShape(QFrame::NoFrame);
    stepsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stepsArea->setFocusPolicy(Qt::NoFocus);
    connect(qApp, &QApplication::focusChanged, stepsArea,
            [stepsArea, this](QWidget*, QWidget* now) {
                if (now && m_steps->isAncestorOf(now))
                    stepsArea->ensureWidgetVisible(now);
            });
    m_stepsArea = stepsArea;
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addWidget(m_tabs, 1);
    m_columns->addWidget(stepsArea);
    arrangeColumns();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fontWarning);
    layout->addWidget(m_letterWarning);
    layout->addLayout(m_columns, 1);
    layout->addWidget(m_status);

    // Each action ticks its step when it is done (the exporter notes it).
    const auto done = [this](const QString& message) {
        showStatus(message);
        updateSteps();
    };
    connect(save, &QPushButton::clicked, this, [this, done] {
        done(m_exporter.savePdf(m_letter, m_request.organisation.name, m_request.options.date));
    });
    connect(print, &QPushButton::clicked, this, [this, done] {
        done(m_exporter.print(m_letter, m_request.organisation.name, m_request.options.date));
    });
    connect(copy, &QPushButton::clicked, this,
            [this, done] { done(m_exporter.copyFormText(m_letter)); });
    connect(policy, &QPushButton::clicked, this,
            [this, &meta, done] { done(m_exporter.openUrl(meta.privacyPolicy)); });
    connect(facebook, &QPushButton::clicked, this,
            [this, done] { done(m_exporter.openForm(Platform::Facebook)); });
    connect(instagram, &QPushButton::clicked, this,
            [this, done] { done(m_exporter.openForm(Platform::Instagram)); });
    connect(record, &QPushButton::clicked, this,
            [this, done] { done(m_exporter.recordAsSent(m_letter, m_request, m_records)); });
    // Taken back from Next and given back as the user comes and goes; queued,
    // for QWizard and QDialog choose their default after the page is shown.
    // Coming to the page, the focus goes to the step that is next: QWizard
    // gives it to Next, and a focused Next would be the default again.
    connect(
        wizard(), &QWizard::currentIdChanged, this,
        [this] {
            updateDefaultButton();
            if (QWidget* action = m_steps->currentAction(); action && isVisible())
                action->setFocus(Qt::OtherFocusReason);
        },
        Qt::QueuedConnection);
    wizard()->installEventFilter(this);
}

bool PreviewPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter that no widget took (a button with the focus takes its own) while
    // a step is open: the step's button, never Next – whatever a focused
    // wizard button left as the dialog's default when the focus moved on.
    if (watched == wizard() && event->type() == QEvent::KeyPress && isVisible() &&
        !m_steps->allDone()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Enter || key->key() == Qt::Key_Return) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (QPushButton* next = m_steps->currentButton(); next && next->isEnabled())
                next->click();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

QPushButton* PreviewPage::addButton(const char* text, const QString& objectName)
{
    auto* button = new QPushButton(this);
    bindText(button, text);
    button->setObjectName(objectName);
    // Enter presses the button of the step that is next (updateDefaultButton),
    // not the one that has the focus.
    button->setAutoDefault(false);
    m_buttons << button;
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
    updateSteps();
}

void PreviewPage::arrangeColumns()
{
    // Beside the letter where the page is wide enough for both (the column as
    // wide as its widest button, at most 48 characters), below it on a narrow
    // page (1366x768 at 200 %): a letter squeezed into a strip is unreadable.
    const int minimum =
        m_steps->minimumSizeHint().width() + m_stepsArea->verticalScrollBar()->sizeHint().width();
    const int column = std::max(minimum, fontMetrics().averageCharWidth() * 48);
    const bool beside = width() >= column + fontMetrics().averageCharWidth() * 40;
    m_columns->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_stepsArea->setMinimumWidth(minimum);
    m_stepsArea->setMaximumWidth(beside ? column : QWIDGETSIZE_MAX);
    m_columns->setStretchFactor(m_stepsArea, beside ? 0 : 1);
}

void PreviewPage::resizeEvent(QResizeEvent* event)
{
    WizardPage::resizeEvent(event);
    if (m_columns)
        arrangeColumns();
}

void PreviewPage::updateSteps()
{
    SendingSteps::Progress progress;
    progress.namedPersons = int(m_request.namedPersons().size());
    // The letter as it is now: an entry changed since (back, edit, forward)
    // makes the PDF and the printout the old letter.
    const QString text = PlainTextLetterWriter::fullText(m_letter);
    progress.saved = !m_log.savedLetters.isEmpty() && m_log.savedLetterText == text;
    progress.printed = m_log.printed && m_log.printedLetterText == text;
    progress.copied = m_log.textCopied;
    progress.formOpened = m_log.formOpened.has_value();
    progress.recorded = m_log.recorded > 0;
    progress.recipient = m_letter.recipientLines;
    QList<ObjectionRecord> entries;
    if (m_records.isOpen() && !m_records.unreadable())
        entries = m_records.entriesMatching(m_request.organisation.name);
    for (const Account& account : m_request.accounts) {
        if (account.platform != Platform::Instagram)
            continue;
        const QString key = ObjectionRecord::accountKey(account);
        const bool recorded =
            std::any_of(entries.cbegin(), entries.cend(), [&key](const ObjectionRecord& entry) {
                return entry.route == Route::OnlineForm &&
                       std::any_of(entry.accounts.cbegin(), entry.accounts.cend(),
                                   [&key](const Account& covered) {
                                       return ObjectionRecord::accountKey(covered) == key;
                                   });
            });
        progress.instagram << qMakePair(account.name, recorded);
    }
    m_steps->setProgress(progress);
    updateDefaultButton();
}

void PreviewPage::updateDefaultButton()
{
    QWizard* owner = wizard();
    const bool here = owner && owner->currentPage() == this;
    QPushButton* next = here ? m_steps->currentButton() : nullptr;
    for (QPushButton* button : std::as_const(m_buttons)) {
        if (button != next)
            button->setDefault(false);
    }
    // While a step is open Enter never leaves the page: Next is no default
    // (QWizard makes it one again on every change unless told not to).
    const bool hold = here && !m_steps->allDone();
    if (owner && hold != m_holdsDefault) {
        m_holdsDefault = hold;
        owner->setOption(QWizard::NoDefaultButton, hold);
    }
    // QDialog makes the first button it finds the default when it is shown.
    for (QWizard::WizardButton which :
         {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        if (auto* button = qobject_cast<QPushButton*>(owner ? owner->button(which) : nullptr);
            button && hold)
            button->setDefault(false);
    }
    if (next)
        next->setDefault(true);
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
