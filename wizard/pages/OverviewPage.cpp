#include "OverviewPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include "DocumentationPdfWriter.h"
#include "LocalDates.h"
#include "ObjectionWizard.h"
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
    m_due->setMinimumHeight(m_due->fontMetrics().lineSpacing() * 4);
    m_due->setMaximumHeight(m_due->fontMetrics().lineSpacing() * 8);
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

    m_case = new QTreeWidget(this);
    m_case->setObjectName(u"overviewTree"_s);
    m_case->setColumnCount(3);
    m_case->setWordWrap(true);
    m_case->setRootIsDecorated(false);
    m_case->setUniformRowHeights(false);
    m_case->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_case->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->resizeSection(0, fontMetrics().averageCharWidth() * 34);
    connect(m_case, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, idRole).toString();
        if (!id.isEmpty())
            emit recordWanted(id);
    });
    m_case->installEventFilter(this);
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

    onLanguageChange([this] {
        setButtonText(QWizard::NextButton, tr("&New objection >"));
        m_case->setHeaderLabels({tr("Account"), tr("State"), tr("Next step")});
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
    if (!m_records.isOpen()) {
        m_summary->setText(tr("Reading the record of objections …"));
        return;
    }
    refresh();
}

void OverviewPage::refresh()
{
    if (!isBuilt())
        return;
    const QDate today = Today::date();
    const int total = m_records.count();
    const bool everything = total <= readAllUpTo;
    const QList<ObjectionRecord> entries = everything ? m_records.all() : QList<ObjectionRecord>();
    const QString selected = m_due->currentItem() ? m_due->currentItem()->data(idRole).toString()
                                                  : QString();

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

    m_case->clear();
    const QList<AccountStatus> accounts = AccountOverview::build(entries, today);
    QHash<QString, QTreeWidgetItem*> organisations;
    int waiting = 0;
    int done = 0;
    for (const AccountStatus& status : accounts) {
        QTreeWidgetItem*& organisation = organisations[status.organisation];
        if (!organisation) {
            organisation = new QTreeWidgetItem(m_case, {status.organisation});
            organisation->setFirstColumnSpanned(true);
            QFont bold = organisation->font(0);
            bold.setBold(true);
            organisation->setFont(0, bold);
            organisation->setExpanded(true);
        }
        const QString state = status.state ? DocumentationPdfWriter::stateName(*status.state)
                                           : tr("No objection recorded");
        auto* item = new QTreeWidgetItem(
            organisation, {platformName(status.account.platform) + u": "_s + status.account.name,
                           state, AccountOverview::actionText(status)});
        item->setData(0, idRole, status.recordId);
        item->setToolTip(0, status.account.address);
        if (status.action == AccountStatus::Action::Wait ||
            status.action == AccountStatus::Action::WaitForFollowUp)
            ++waiting;
        else if (status.action == AccountStatus::Action::None)
            ++done;
    }
    // The organisations in the order of their most urgent account, as the
    // record window lists them.
    m_case->expandAll();

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

bool OverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on a due step does that step, and on an account opens it in the
    // record – never also "Next" (the wizard's default button).
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_due)
                actOnDue();
            else if (watched == m_case && m_case->currentItem())
                emit m_case->itemActivated(m_case->currentItem(), 0);
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}
