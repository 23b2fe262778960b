#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "EvidenceList.h"
#include "Today.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int accountRole = Qt::UserRole + 1;
constexpr int searchRole = Qt::UserRole + 2;

QString dateText(const QDate& date)
{
    return QLocale().toString(date, HistoryDialog::tr("d MMM yyyy"));
}

QString accountText(const Account& account)
{
    return platformName(account.platform) + u": "_s + account.name + u" ("_s + account.address +
           u')';
}

QString entryText(const ObjectionRecord& entry)
{
    QString text =
        DocumentationPdfWriter::routeName(entry.route) + u", "_s + dateText(entry.sentOn);
    if (!entry.adminLogin.isEmpty())
        text += u", "_s + HistoryDialog::tr("logged in as %1").arg(entry.adminLogin);
    return text;
}
} // namespace

HistoryDialog::HistoryDialog(RecordStore& records, const ObjectionRequest& current, QWidget* parent)
    : QDialog(parent), m_records(records), m_current(current), m_exporter(this)
{
    setWindowTitle(tr("Record of objections"));
    setObjectName(u"historyDialog"_s);
    // 900 × 600 at 100 %, never larger than the screen (200 % on a small one).
    QSize size(900, 600);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"recordFilterLineEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Organisation, account or entry id"));
    auto* filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    // Enter in the search goes to what was found (an entry id from the
    // calendar reminder), not to the Close button.
    connect(m_filter, &QLineEdit::returnPressed, this, &HistoryDialog::goToFirstMatch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"recordSummaryLabel"_s);
    m_summary->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"recordsTree"_s);
    m_tree->setAccessibleName(tr("Accounts and objections")); // views ignore buddy labels
    m_tree->setHeaderLabels({tr("Account / entry"), tr("State"), tr("Next step")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    // Every column in view at the dialog's size: long texts are cut with "…"
    // and shown whole in their tooltip.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    // The account takes what room there is; the next step is read in full in
    // its tooltip.
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->setMaximumSectionSize(fontMetrics().averageCharWidth() * 40);
    header->resizeSection(2, fontMetrics().averageCharWidth() * 30);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->headerItem()->setToolTip(column, m_tree->headerItem()->text(column));
    auto* treeLabel = new QLabel(tr("&Accounts, what needs action first:"), this);
    treeLabel->setBuddy(m_tree);

    m_evidence = new EvidenceList(this);
    connect(m_evidence, &EvidenceList::filesChosen, this, &HistoryDialog::attach);

    const auto makeButton = [this](const QString& text, const QString& name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    m_confirmButton = makeButton(tr("Meta's &confirmation …"), u"addConfirmationButton"_s);
    m_followUpButton = makeButton(tr("&Follow-up letter …"), u"followUpButton"_s);
    m_authorityButton = makeButton(tr("Notice to the a&uthority"), u"authorityNoticeButton"_s);
    auto* authorities = new QMenu(m_authorityButton);
    authorities->setObjectName(u"authorityMenu"_s);
    authorities
        ->addAction(tr("Irish Data Protection Commission (lead authority for Meta) …"), this,
                    [this] { saveAuthorityNotice(Authority::IrishDpc); })
        ->setObjectName(u"irishDpcAction"_s);
    authorities
        ->addAction(tr("HmbBfDI (proceedings concerning Meta in Germany) …"), this,
                    [this] { saveAuthorityNotice(Authority::HmbBfDI); })
        ->setObjectName(u"hmbbfdiAction"_s);
    authorities
        ->addAction(tr("Your own supervisory authority …"), this,
                    [this] { saveAuthorityNotice(Authority::Own); })
        ->setObjectName(u"ownAuthorityAction"_s);
    m_authorityButton->setMenu(authorities);
    m_documentButton = makeButton(tr("&Documentation as PDF …"), u"documentationButton"_s);
    m_reminderButton = makeButton(tr("Calendar &reminder …"), u"reminderButton"_s);
    m_closeButton = makeButton(tr("Close the &matter"), u"closeEntryButton"_s);
    m_removeButton = makeButton(tr("De&lete entry"), u"deleteRecordButton"_s);
    auto* actions = new QGridLayout;
    actions->addWidget(m_confirmButton, 0, 0);
    actions->addWidget(m_followUpButton, 0, 1);
    actions->addWidget(m_authorityButton, 0, 2);
    actions->addWidget(m_documentButton, 1, 0);
    actions->addWidget(m_reminderButton, 1, 1);
    actions->addWidget(m_closeButton, 1, 2);
    actions->addWidget(m_removeButton, 2, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(u"historyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Room for two lines at all times: the buttons above never move under the
    // pointer when a message comes or goes.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton* button : close->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    connect(close, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);

    auto* search = new QHBoxLayout;
    search->addWidget(filterLabel);
    search->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_summary);
    layout->addWidget(treeLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_evidence);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateButtons);
    connect(m_confirmButton, &QPushButton::clicked, this, &HistoryDialog::addConfirmation);
    connect(m_followUpButton, &QPushButton::clicked, this, &HistoryDialog::saveFollowUp);
    connect(m_documentButton, &QPushButton::clicked, this, [this] {
        if (const auto record = selected())
            showStatus(m_exporter.saveDocumentation(*record));
    });
    connect(m_reminderButton, &QPushButton::clicked, this, [this] {
        if (const auto record = selected())
            showStatus(m_exporter.saveReminder(*record));
    });
    connect(m_closeButton, &QPushButton::clicked, this, &HistoryDialog::toggleClosed);
    connect(m_removeButton, &QPushButton::clicked, this, &HistoryDialog::removeSelected);

    const QString error = m_records.loadOnce();
    if (!error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error);
        showStatus(error);
    }
    refresh(QString());
}

void HistoryDialog::select(const QString& id)
{
    refresh(id);
}

QTreeWidgetItem* HistoryDialog::addAccountRow(QTreeWidgetItem* parent, const AccountStatus& status)
{
    const QString state = status.state ? DocumentationPdfWriter::stateName(*status.state)
                                       : tr("No objection recorded");
    auto* item = new QTreeWidgetItem(
        parent, {accountText(status.account), state, AccountOverview::actionText(status)});
    item->setData(0, idRole, status.recordId);
    item->setData(0, accountRole, ObjectionRecord::accountKey(status.account));
    QStringList search{status.organisation, accountText(status.account)};
    for (const ObjectionRecord& entry : status.entries) {
        search << entry.id;
        const RecordState entryState = entry.state(status.account, Today::date());
        auto* child = new QTreeWidgetItem(
            item, {entryText(entry), DocumentationPdfWriter::stateName(entryState),
                   entry.attachments.isEmpty()
                       ? tr("Sent by %1").arg(entry.sentBy)
                       : tr("Sent by %1; %n file(s) kept", nullptr, int(entry.attachments.size()))
                             .arg(entry.sentBy)});
        child->setData(0, idRole, entry.id);
        child->setData(0, accountRole, ObjectionRecord::accountKey(status.account));
        for (int column = 0; column < child->columnCount(); ++column)
            child->setToolTip(column, child->text(column));
        child->setToolTip(0, child->text(0) + u'\n' + tr("Entry id: %1").arg(entry.id));
    }
    item->setData(0, searchRole, search.join(u'\n').toCaseFolded());
    for (int column = 0; column < item->columnCount(); ++column)
        item->setToolTip(column, item->text(column));
    return item;
}

void HistoryDialog::refresh(const QString& selectId, const QString& selectAccount)
{
    // What the user had open and selected stays so.
    QSet<QString> expanded;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        for (int row = 0; row < m_tree->topLevelItem(top)->childCount(); ++row) {
            const QTreeWidgetItem* account = m_tree->topLevelItem(top)->child(row);
            if (account->isExpanded())
                expanded.insert(account->data(0, accountRole).toString());
        }
    }
    const bool entrySelected = m_tree->currentItem() && m_tree->currentItem()->parent() &&
                               m_tree->currentItem()->parent()->parent();
    m_tree->clear();
    const QDate today = Today::date();
    // An unreadable record says nothing of what was recorded before, so no
    // account is called "without an objection" then.
    const QList<AccountStatus> overview =
        AccountOverview::build(m_records.records(), today, m_current.organisation.name.simplified(),
                               m_records.unreadable() ? QList<Account>() : m_current.accounts);
    QHash<QString, QTreeWidgetItem*> organisations;
    QTreeWidgetItem* toSelect = nullptr;
    int needAction = 0;
    int missing = 0;
    for (const AccountStatus& status : overview) {
        QTreeWidgetItem*& organisation = organisations[status.organisation];
        if (!organisation) {
            organisation = new QTreeWidgetItem(m_tree, {status.organisation});
            organisation->setFirstColumnSpanned(true);
            organisation->setToolTip(0, status.organisation);
            organisation->setExpanded(true);
            QFont bold = organisation->font(0);
            bold.setBold(true);
            organisation->setFont(0, bold);
        }
        QTreeWidgetItem* item = addAccountRow(organisation, status);
        item->setExpanded(expanded.contains(ObjectionRecord::accountKey(status.account)));
        if (status.action == AccountStatus::Action::Object)
            ++missing;
        else if (status.action == AccountStatus::Action::FollowUp)
            ++needAction;
        if (!selectId.isEmpty() && status.recordId == selectId && !toSelect &&
            (selectAccount.isEmpty() ||
             selectAccount == ObjectionRecord::accountKey(status.account))) {
            toSelect = item;
            for (int row = 0; entrySelected && row < item->childCount(); ++row) {
                if (item->child(row)->data(0, idRole).toString() == selectId)
                    toSelect = item->child(row);
            }
        }
    }
    if (overview.isEmpty()) {
        auto* empty = new QTreeWidgetItem(m_tree, {tr("No objection recorded yet.")});
        empty->setFlags(Qt::ItemIsEnabled);
    }
    QStringList summary;
    if (missing > 0)
        summary << tr("%n account(s) of %1 without a recorded objection.", nullptr, missing)
                       .arg(m_current.organisation.name.simplified());
    if (needAction > 0)
        summary << tr("%n account(s) without Meta's answer after a month.", nullptr, needAction);
    if (m_records.unreadable())
        summary.prepend(tr("The record file could not be read (see the message below); what "
                           "it holds is not shown, and no account is called missing."));
    m_summary->setText(summary.isEmpty() && !overview.isEmpty() ? tr("Nothing needs action today.")
                                                                : summary.join(u' '));
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    applyFilter();
    updateButtons();
}

void HistoryDialog::applyFilter()
{
    const QString filter = m_filter->text().simplified().toCaseFolded();
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* organisation = m_tree->topLevelItem(top);
        bool anyShown = false;
        for (int row = 0; row < organisation->childCount(); ++row) {
            QTreeWidgetItem* account = organisation->child(row);
            const bool shown =
                filter.isEmpty() || account->data(0, searchRole).toString().contains(filter);
            account->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        organisation->setHidden(!anyShown && organisation->childCount() > 0);
    }
    // No button acts on an entry the search has hidden.
    for (const QTreeWidgetItem* item = m_tree->currentItem(); item; item = item->parent()) {
        if (item->isHidden()) {
            m_tree->setCurrentItem(nullptr);
            break;
        }
    }
}

void HistoryDialog::goToFirstMatch()
{
    const QString filter = m_filter->text().simplified().toCaseFolded();
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* organisation = m_tree->topLevelItem(top);
        for (int row = 0; row < organisation->childCount(); ++row) {
            QTreeWidgetItem* account = organisation->child(row);
            if (account->isHidden())
                continue;
            // An entry's id: that entry, opened under its account.
            QTreeWidgetItem* target = account;
            for (int entry = 0; !filter.isEmpty() && entry < account->childCount(); ++entry) {
                if (account->child(entry)->data(0, idRole).toString().toCaseFolded().contains(
                        filter)) {
                    target = account->child(entry);
                    account->setExpanded(true);
                    break;
                }
            }
            m_tree->setCurrentItem(target);
            m_tree->setFocus();
            return;
        }
    }
}

std::optional<ObjectionRecord> HistoryDialog::selected() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString id = item ? item->data(0, idRole).toString() : QString();
    for (const ObjectionRecord& record : m_records.records()) {
        if (!id.isEmpty() && record.id == id)
            return record;
    }
    return std::nullopt;
}

QString HistoryDialog::selectedAccount() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, accountRole).toString() : QString();
}

void HistoryDialog::updateButtons()
{
    const std::optional<ObjectionRecord> record = selected();
    const bool hasRecord = record.has_value();
    for (QPushButton* button :
         {m_confirmButton, m_documentButton, m_reminderButton, m_closeButton, m_removeButton})
        button->setEnabled(hasRecord);
    // After a month without an answer (Art. 12(3) GDPR): the follow-up, once;
    // the notice to the authority then, or after the follow-up's own month –
    // a notice written the day of the follow-up would say "no answer" to a
    // letter Meta has not had time to answer.
    const bool open = hasRecord && !record->allConfirmed() && !record->closedOn.isValid();
    m_followUpButton->setEnabled(open && !record->followUpSentOn.isValid() &&
                                 Today::date() > record->answerDue());
    m_authorityButton->setEnabled(open && record->state(Today::date()) == RecordState::NoAnswer);
    m_closeButton->setText(hasRecord && record->closedOn.isValid() ? tr("Open the &matter again")
                                                                   : tr("Close the &matter"));
    m_evidence->showEntry(record);
}

void HistoryDialog::showStatus(const QString& message)
{
    if (!message.isEmpty())
        m_status->setText(message);
}
