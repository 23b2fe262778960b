#include "OverviewPage.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include "DocumentationPdfWriter.h"
#include "LocalDates.h"
#include "ObjectionWizard.h"
#include "OrganisationNames.h"
#include "PageText.h"
#include "RecordStore.h"
#include "Today.h"
#include "dialogs/FollowUpPreviewDialog.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int stepRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
} // namespace

OverviewPage::OverviewPage(RecordStore& records, const ObjectionRequest& request, QWidget* parent)
    : WizardPage(parent), m_records(records), m_request(request)
{
    bindTitles(QT_TR_NOOP("Your objections"),
               QT_TR_NOOP("What is due now, and where each account stands. To object for "
                          "another organisation or further accounts, press “New objection”."));
}

int OverviewPage::nextId() const
{
    return ObjectionWizard::WhyPageId;
}

void OverviewPage::build()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"overviewSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_due = new QListWidget(this);
    m_due->setObjectName(u"dueList"_s);
    m_due->setWordWrap(true);
    m_due->setTextElideMode(Qt::ElideNone);
    // A few rows in view; the accounts below get the rest of the page.
    m_due->installEventFilter(this);
    auto* dueLabel = new QLabel(this);
    dueLabel->setBuddy(m_due);
    bindText(dueLabel, QT_TR_NOOP("&Due now:"));

    m_followUp = new QPushButton(this);
    m_followUp->setObjectName(u"overviewFollowUpButton"_s);
    bindText(m_followUp, QT_TR_NOOP("Create the &follow-up letter …"));
    m_showEntry = new QPushButton(this);
    m_showEntry->setObjectName(u"overviewShowEntryButton"_s);
    bindText(m_showEntry, QT_TR_NOOP("&Show in the record …"));
    for (QPushButton* button : {m_followUp, m_showEntry})
        button->setAutoDefault(false); // Enter keeps meaning "Next" in the wizard
    connect(m_followUp, &QPushButton::clicked, this, &OverviewPage::actOnDue);
    connect(m_showEntry, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_due->currentItem())
            emit recordWanted(item->data(idRole).toString());
    });
    connect(m_due, &QListWidget::currentRowChanged, this, &OverviewPage::updateButtons);
    connect(m_due, &QListWidget::itemDoubleClicked, this, &OverviewPage::actOnDue);

    // A text view, not a tree: the next step is read whole, wrapped at any
    // width and scale, without a tooltip.
    m_case = PageText::view(this);
    m_case->setObjectName(u"overviewAccountsView"_s);
    auto* caseLabel = new QLabel(this);
    caseLabel->setBuddy(m_case);
    bindText(caseLabel, QT_TR_NOOP("&Accounts and their state:"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_followUp);
    buttons->addWidget(m_showEntry);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(dueLabel);
    layout->addWidget(m_due);
    layout->addLayout(buttons);
    layout->addWidget(caseLabel);
    layout->addWidget(m_case, 1);

    // Another window (or the command line) may record or write again while
    // this page is shown: looked at every few seconds, as the record window
    // does, so that no follow-up is offered that was made meanwhile.
    m_poll = new QTimer(this);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible() && m_records.isOpen() && m_records.changedElsewhere())
            refresh();
    });
    m_poll->start();

    onLanguageChange([this] {
        setButtonText(QWizard::NextButton, tr("&New objection >"));
        m_due->setAccessibleName(tr("Due now"));
        m_case->setAccessibleName(tr("Accounts and their state"));
        if (m_records.isOpen())
            refresh();
    });
}

void OverviewPage::load()
{
    // Opened after the first paint (a large record, or the import of an
    // earlier version's, must not delay the window): until then the page
    // says so, and the wizard calls refresh() once it is open.
    if (!m_records.isOpen() && !m_opened) {
        m_summary->setText(tr("Reading the record of objections …"));
        updateButtons();
        return;
    }
    refresh();
}

void OverviewPage::refresh()
{
    if (!isBuilt())
        return;
    m_opened = true;
    // Could not be opened (not an ordinary file, a folder that cannot be
    // read): said here too, not "reading …" for ever.
    if (!m_records.isOpen()) {
        m_steps.clear();
        m_due->clear();
        m_case->clear();
        m_summary->setText(tr("The record of objections could not be read (see the message). "
                              "“Record of objections …” says more."));
        updateButtons();
        return;
    }
    const QDate today = Today::date();
    const int total = m_records.count();
    const bool everything = total <= readAllUpTo;
    const QList<ObjectionRecord> entries = everything ? m_records.all() : QList<ObjectionRecord>();
    const QString selected =
        m_due->currentItem() ? m_due->currentItem()->data(idRole).toString() : QString();

    m_steps = AccountOverview::dueSteps(entries, today);
    m_due->clear();
    for (int i = 0; i < m_steps.size(); ++i) {
        auto* item = new QListWidgetItem(AccountOverview::dueText(m_steps.at(i)), m_due);
        item->setData(stepRole, i);
        item->setData(idRole, m_steps.at(i).entry.id);
        if (m_steps.at(i).entry.id == selected)
            m_due->setCurrentItem(item);
    }
    if (m_steps.isEmpty()) {
        const QDate next = AccountOverview::nextDue(entries, today);
        auto* item = new QListWidgetItem(
            next.isValid() ? tr("Nothing is due today. Meta's answer is due by %1.")
                                 .arg(LocalDates::shortDate(next))
                           : tr("Nothing is due today."),
            m_due);
        item->setFlags(Qt::ItemIsEnabled);
    } else if (!m_due->currentItem()) {
        m_due->setCurrentRow(0);
    }
    fitDueHeight();

    const QList<AccountStatus> accounts = AccountOverview::build(entries, today);
    QStringList rows;
    QSet<QString> organisations;
    int waiting = 0;
    int done = 0;
    QString organisation;
    for (const AccountStatus& status : accounts) {
        organisations.insert(OrganisationNames::matchKey(status.organisation));
        if (status.organisation != organisation) {
            organisation = status.organisation;
            rows << u"<tr><td colspan=\"3\"><b>%1</b></td></tr>"_s.arg(
                PageText::escaped(organisation));
        }
        const QString state = status.state ? DocumentationPdfWriter::stateName(*status.state)
                                           : tr("No objection recorded");
        rows << u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            PageText::escaped(platformName(status.account.platform) + u": "_s +
                              status.account.name),
            PageText::escaped(state), PageText::escaped(AccountOverview::actionText(status)));
        if (status.action == AccountStatus::Action::Wait ||
            status.action == AccountStatus::Action::WaitForFollowUp)
            ++waiting;
        else if (status.action == AccountStatus::Action::None)
            ++done;
    }
    m_case->setHtml(
        u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th "
        "align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>%4</table>"_s
            .arg(tr("Account"), tr("State"), tr("Next step"), rows.join(QString())));

    const int needAction = int(std::count_if(accounts.cbegin(), accounts.cend(), [](const auto& s) {
        return s.action == AccountStatus::Action::FollowUp;
    }));
    QStringList summary;
    if (!everything) {
        summary << tr("The record holds %n entries; open “Record of objections” to see them "
                      "organisation by organisation.",
                      nullptr, total);
    } else {
        summary << tr("In the record: %1, %2.")
                       .arg(tr("%n organisation(s)", nullptr, int(organisations.size())),
                            tr("%n account(s)", nullptr, int(accounts.size())));
        if (needAction > 0)
            summary << tr("%n account(s) without Meta's answer after a month.", nullptr,
                          needAction);
        if (waiting > 0)
            summary << tr("%n account(s) waiting for an answer.", nullptr, waiting);
        if (done > 0)
            summary << tr("%n account(s) confirmed or closed.", nullptr, done);
    }
    if (!m_records.readError().isEmpty())
        summary.prepend(tr("The record could not be read completely; open “Record of "
                           "objections” for details."));
    m_summary->setText(summary.join(u' '));
    updateButtons();
}

void OverviewPage::updateButtons()
{
    const QListWidgetItem* item = m_due->currentItem();
    const bool step = item && item->data(stepRole).isValid();
    m_followUp->setEnabled(step && m_steps.value(item->data(stepRole).toInt()).kind ==
                                       DueStep::Kind::FollowUp);
    m_showEntry->setEnabled(step);
}

void OverviewPage::actOnDue()
{
    const QListWidgetItem* item = m_due->currentItem();
    if (!item || !item->data(stepRole).isValid())
        return;
    const DueStep step = m_steps.value(item->data(stepRole).toInt());
    // The authority is chosen in the record window, where the entry is.
    if (step.kind == DueStep::Kind::InformAuthority) {
        emit recordWanted(step.entry.id);
        return;
    }
    // Read again: another window may have changed the entry meanwhile.
    const std::optional<ObjectionRecord> entry = m_records.entry(step.entry.id);
    if (!entry)
        return;
    FollowUpPreviewDialog preview(*entry, m_request, m_records, this);
    preview.exec();
    refresh();
}

void OverviewPage::fitDueHeight()
{
    // As high as its rows, each wrapped to the list's width, up to five (more
    // scroll): at 200 % the accounts below need the room more than empty
    // lines do. Qt's own row height is one line before the list has its
    // width, which cut "… – Erinnerungsschreiben erstellen" at 1366x768.
    const QFontMetrics metrics = m_due->fontMetrics();
    const int textWidth = std::max(metrics.averageCharWidth() * 10,
                                   m_due->viewport()->width() - 4 * metrics.averageCharWidth());
    int height = 2 * m_due->frameWidth();
    for (int row = 0; row < std::min(m_due->count(), 5); ++row) {
        const int padding = std::max(0, m_due->sizeHintForRow(row) - metrics.lineSpacing());
        const QRect text = metrics.boundingRect(QRect(0, 0, textWidth, 0), Qt::TextWordWrap,
                                                m_due->item(row)->text());
        height += std::max(text.height(), metrics.lineSpacing()) + padding;
    }
    m_due->setFixedHeight(height);
    m_dueWidth = m_due->width();
}

bool OverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_due && event->type() == QEvent::Resize && m_due->width() != m_dueWidth)
        fitDueHeight(); // the rows wrap anew at another width
    // Enter on a due step does that step – never also "Next" (the wizard's
    // default button).
    if (watched == m_due && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            actOnDue();
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}
