#include "HistoryDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "EvidenceList.h"
#include "OrganisationNames.h"
#include "RecordDetails.h"
#include "Today.h"
#include "pages/ScrollingBody.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int accountRole = Qt::UserRole + 1;
constexpr int searchRole = Qt::UserRole + 2;
constexpr int organisationRole = Qt::UserRole + 3;

// As a person reads names: "Blau-Weiss" is "Blau-Weiß", "e. V." is "e.V.".
QString organisationKey(const QString& name)
{
    return OrganisationNames::matchKey(name);
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, HistoryDialog::tr("d MMM yyyy"));
}

QString accountText(const Account& account)
{
    return platformName(account.platform) + u": "_s + account.name + u" ("_s + account.address +
           u')';
}

// The window's scrolled content. A scroll area gives content with wrapping
// labels the height it would like; this one takes the window's height and
// scrolls only below the least it needs.
class WindowBody : public QWidget
{
public:
    using QWidget::QWidget;
    int heightForWidth(int width) const override
    {
        return layout() ? layout()->totalMinimumHeightForWidth(width)
                        : QWidget::heightForWidth(width);
    }
};

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
    // the detail pane below and in its tooltip.
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

    // The selected row's state and next step in full, wrapped: readable
    // without a tooltip, at 200 % too. Below the list, resizable with it.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"recordDetailsView"_s);
    m_details->setAccessibleName(tr("State and next step of the selected row"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);

    m_evidence = new EvidenceList(this);
    connect(m_evidence, &EvidenceList::filesChosen, this, &HistoryDialog::attach);

    // The list, the details and the evidence share what height there is
    // (a 1366 × 768 screen, or 200 %): the user moves the borders.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"recordSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->addWidget(m_evidence);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);

    const auto makeButton = [this](const QString& text, const QString& name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    m_mailConfirmButton = makeButton(tr("A&ttach e-mail and mark accounts as confirmed …"),
                                     u"attachMailAndConfirmButton"_s);
    m_mailConfirmButton->setToolTip(
        tr("Attaches Meta's confirmation e-mail (.eml or .msg) to the entry, then records the "
           "confirmation with the e-mail's date."));
    m_confirmButton = makeButton(tr("Meta's c&onfirmation …"), u"addConfirmationButton"_s);
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
    m_exportButton = makeButton(tr("E&xport record …"), u"exportRecordButton"_s);
    m_importButton = makeButton(tr("&Import record …"), u"importRecordButton"_s);
    m_newRecordButton = makeButton(tr("Start a &new record …"), u"newRecordButton"_s);
    auto* actions = new QGridLayout;
    // Meta's e-mail first: the most frequent action once it has come.
    actions->addWidget(m_mailConfirmButton, 0, 0, 1, 2);
    actions->addWidget(m_confirmButton, 0, 2);
    actions->addWidget(m_followUpButton, 1, 0);
    actions->addWidget(m_authorityButton, 1, 1);
    actions->addWidget(m_documentButton, 1, 2);
    actions->addWidget(m_reminderButton, 2, 0);
    actions->addWidget(m_closeButton, 2, 1);
    actions->addWidget(m_removeButton, 2, 2);
    actions->addWidget(m_exportButton, 3, 0);
    actions->addWidget(m_importButton, 3, 1);
    actions->addWidget(m_newRecordButton, 3, 2);

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
    // On a screen smaller than the window's least size (1366 × 768 at
    // 200 %) the window scrolls, as the wizard's pages do, and still fits.
    auto* body = new WindowBody(this);
    fillWithScrollingBody(this, body, u"recordScrollArea"_s);
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(search);
    layout->addWidget(m_summary);
    layout->addWidget(treeLabel);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);
    // The status beside Close: a line of height more for the list.
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateButtons);
    connect(m_mailConfirmButton, &QPushButton::clicked, this, &HistoryDialog::attachMailAndConfirm);
    // An organisation listed closed is read when opened.
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (m_building || item->parent() || item->childCount() > 0)
            return;
        m_opened.insert(item->data(0, organisationRole).toString());
        QTimer::singleShot(0, this, [this] { refresh(QString()); });
    });
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
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::exportRecord);
    connect(m_importButton, &QPushButton::clicked, this, &HistoryDialog::importRecord);
    connect(m_newRecordButton, &QPushButton::clicked, this, &HistoryDialog::startNewRecord);
    // Without a window manager's activation (a second window left open beside
    // this one) the record is looked at every few seconds while shown.
    m_poll = new QTimer(this);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &HistoryDialog::showChangesElsewhere);
    m_poll->start();
    restoreLayout();

    QString error = m_records.open();
    // What could not be written when it was recorded, if it can be now.
    if (error.isEmpty() && m_records.hasUnsaved())
        error = m_records.saveUnsaved();
    if (!error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error);
        showStatus(error);
    } else if (!m_records.readOnlyReason().isEmpty()) {
        showStatus(m_records.readOnlyReason());
    } else if (!m_records.notice().isEmpty()) {
        showStatus(m_records.notice()); // e.g. an earlier version's file not imported yet
    }
    // What another window changed before this one opened is read now: not
    // "changed in another window" on the first look.
    m_records.changedElsewhere();
    refresh(QString());
    if (!m_records.readError().isEmpty())
        showStatus(m_records.readError());
}

void HistoryDialog::select(const QString& id)
{
    refresh(id);
    // The entry itself (a reminder's link names it), under the first account
    // it covered – also when another entry gives that account its state.
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* organisation = m_tree->topLevelItem(top);
        for (int row = 0; row < organisation->childCount(); ++row) {
            QTreeWidgetItem* account = organisation->child(row);
            for (int child = 0; child < account->childCount(); ++child) {
                if (account->child(child)->data(0, idRole).toString() != id)
                    continue;
                account->setExpanded(true);
                m_tree->setCurrentItem(account->child(child));
                m_tree->scrollToItem(account->child(child));
                return;
            }
        }
    }
    // A reminder's link to an entry deleted since, or of another record.
    showStatus(tr("The record holds no entry %1. It may have been deleted, or the reminder "
                  "belongs to the record on another computer.")
                   .arg(id));
}

QTreeWidgetItem* HistoryDialog::addAccountRow(QTreeWidgetItem* parent, const AccountStatus& status)
{
    const QString state = status.state ? DocumentationPdfWriter::stateName(*status.state)
                                       : tr("No objection recorded");
    auto* item = new QTreeWidgetItem(
        parent, {accountText(status.account), state, AccountOverview::actionText(status)});
    item->setData(0, idRole, status.recordId);
    item->setData(0, accountRole, ObjectionRecord::accountKey(status.account));
    item->setData(0, detailRole, RecordDetails::forAccount(status, Today::date()));
    QStringList search{status.organisation, organisationKey(status.organisation),
                       accountText(status.account)};
    for (const ObjectionRecord& entry : status.entries) {
        search << entry.id << caseNumber(entry.id) << entry.formReference;
        for (const MetaConfirmation& confirmation : entry.confirmations)
            search << confirmation.reference;
        const RecordState entryState = entry.state(status.account, Today::date());
        auto* child = new QTreeWidgetItem(
            item, {entryText(entry), DocumentationPdfWriter::stateName(entryState),
                   entry.attachments.isEmpty()
                       ? tr("Sent by %1").arg(entry.sentBy)
                       : tr("Sent by %1; %n file(s) kept", nullptr, int(entry.attachments.size()))
                             .arg(entry.sentBy)});
        child->setData(0, idRole, entry.id);
        child->setData(0, accountRole, ObjectionRecord::accountKey(status.account));
        child->setData(0, detailRole,
                       RecordDetails::forEntry(entry, status.account, Today::date()));
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
    const QScopedValueRollback<bool> building(m_building, true);
    m_tree->clear();
    const QDate today = Today::date();
    // A large record (thousands of entries of many organisations) is read an
    // organisation at a time: the wizard's, the ones opened and the ones the
    // search found; the others are listed to be opened.
    const QList<RecordStore::Organisation> organisations = m_records.organisations();
    int total = 0;
    for (const RecordStore::Organisation& organisation : organisations)
        total += organisation.entries;
    const bool everything = total <= showAllUpTo;
    QSet<QString> wanted = m_opened + m_found;
    wanted.insert(organisationKey(m_current.organisation.name));
    if (!selectId.isEmpty()) {
        if (const auto entry = m_records.entry(selectId))
            wanted.insert(organisationKey(entry->organisation));
    }
    QList<ObjectionRecord> entries;
    QList<RecordStore::Organisation> notShown;
    for (const RecordStore::Organisation& organisation : organisations) {
        if (everything || wanted.contains(organisationKey(organisation.name)))
            entries << m_records.entriesOf(organisation.name);
        else
            notShown << organisation;
    }
    // A damaged record says nothing certain of what was recorded before, so
    // no account is called "without an objection" then.
    const QList<AccountStatus> overview =
        AccountOverview::build(entries, today, m_current.organisation.name.simplified(),
                               m_records.unreadable() ? QList<Account>() : m_current.accounts);
    QHash<QString, QTreeWidgetItem*> tops;
    QTreeWidgetItem* toSelect = nullptr;
    int needAction = 0;
    int missing = 0;
    for (const AccountStatus& status : overview) {
        QTreeWidgetItem*& organisation = tops[status.organisation];
        if (!organisation) {
            organisation = new QTreeWidgetItem(m_tree, {status.organisation});
            organisation->setFirstColumnSpanned(true);
            organisation->setToolTip(0, status.organisation);
            organisation->setData(0, organisationRole, organisationKey(status.organisation));
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
        // The row selected before stays selected: the account (wherever it
        // is sorted now) or the entry under it – any of its entries, not only
        // the one its state comes from, which a confirmation or a newer
        // entry changes.
        const bool coversSelected =
            std::any_of(status.entries.cbegin(), status.entries.cend(),
                        [&selectId](const ObjectionRecord& entry) { return entry.id == selectId; });
        if (!selectId.isEmpty() && !toSelect &&
            (selectAccount.isEmpty()
                 ? status.recordId == selectId
                 : selectAccount == ObjectionRecord::accountKey(status.account) &&
                       coversSelected)) {
            toSelect = item;
            for (int row = 0; entrySelected && row < item->childCount(); ++row) {
                if (item->child(row)->data(0, idRole).toString() == selectId) {
                    toSelect = item->child(row);
                    item->setExpanded(true);
                }
            }
        }
    }
    for (const RecordStore::Organisation& organisation : std::as_const(notShown)) {
        auto* item = new QTreeWidgetItem(
            m_tree, {tr("%1 (%n entries; open to show them)", nullptr, organisation.entries)
                         .arg(organisation.name)});
        item->setFirstColumnSpanned(true);
        item->setData(0, organisationRole, organisationKey(organisation.name));
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        item->setToolTip(0, item->text(0));
    }
    // Never "nothing recorded" when the record could not be read.
    const bool unread = !m_records.isOpen() || !m_records.readError().isEmpty();
    if (overview.isEmpty() && notShown.isEmpty()) {
        auto* empty = new QTreeWidgetItem(
            m_tree, {unread ? tr("The record could not be read; nothing is shown (see the "
                                 "message below).")
                            : tr("No objection recorded yet.")});
        empty->setFlags(Qt::ItemIsEnabled);
    }
    QStringList summary;
    if (missing > 0)
        summary << tr("%n account(s) of %1 without a recorded objection.", nullptr, missing)
                       .arg(m_current.organisation.name.simplified());
    if (needAction > 0)
        summary << tr("%n account(s) without Meta's answer after a month.", nullptr, needAction);
    if (!notShown.isEmpty())
        summary << tr("%n further organisation(s) are listed closed; open one or search to see "
                      "its entries.",
                      nullptr, int(notShown.size()));
    if (unread && !m_records.unreadable())
        summary.prepend(tr("The record could not be read completely (see the message below); "
                           "what is shown may be incomplete."));
    else if (m_records.unreadable())
        summary.prepend(tr("The record is damaged (see the message below): what is shown may be "
                           "incomplete, and no account is called missing."));
    else if (m_records.readOnly())
        summary.prepend(tr("The record is shown but cannot be changed (see the message below)."));
    m_summary->setText(summary.isEmpty() && !overview.isEmpty() ? tr("Nothing needs action today.")
                                                                : summary.join(u' '));
    if (toSelect) {
        m_tree->setCurrentItem(toSelect);
        m_tree->scrollToItem(toSelect);
    }
    applyFilter();
    updateButtons();
}

void HistoryDialog::applyFilter()
{
    const QString filter = m_filter->text().simplified().toCaseFolded();
    // "Blau-Weiss" finds "Blau-Weiß" (a name typed as a person writes it).
    const QString nameFilter = filter.size() >= 3 ? organisationKey(filter) : QString();
    // The database finds ids an entry had before an import, and entries of
    // organisations not shown yet: those are shown then (a few at most).
    QSet<QString> hits;
    QSet<QString> organisations;
    if (!filter.isEmpty()) {
        for (const RecordStore::SearchHit& hit : m_records.search(filter, 2000)) {
            hits.insert(hit.id);
            if (organisations.size() < 20)
                organisations.insert(organisationKey(hit.organisation));
        }
        for (const RecordStore::Organisation& known : m_records.organisations()) {
            if (!nameFilter.isEmpty() && organisations.size() < 20 &&
                organisationKey(known.name).contains(nameFilter))
                organisations.insert(organisationKey(known.name));
        }
    }
    m_hits = hits;
    bool missingOrganisation = false;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(top);
        if (item->childCount() == 0 &&
            organisations.contains(item->data(0, organisationRole).toString()) &&
            !m_found.contains(item->data(0, organisationRole).toString()))
            missingOrganisation = true;
    }
    if (missingOrganisation) {
        m_found += organisations;
        const QTreeWidgetItem* current = m_tree->currentItem();
        refresh(current ? current->data(0, idRole).toString() : QString(), selectedAccount());
        return; // refresh() filters again
    }
    const auto matches = [&filter, &nameFilter](const QTreeWidgetItem* account) {
        const QString searched = account->data(0, searchRole).toString();
        return filter.isEmpty() || searched.contains(filter) ||
               (!nameFilter.isEmpty() && searched.contains(nameFilter));
    };
    // An account found by its own name shows alone: the database also finds
    // the letter that names it, and with it every other account of that
    // letter ("Mannschaft 33" would show all forty).
    bool anyAccountMatches = false;
    for (int top = 0; top < m_tree->topLevelItemCount() && !anyAccountMatches; ++top) {
        for (int row = 0; row < m_tree->topLevelItem(top)->childCount(); ++row)
            anyAccountMatches = anyAccountMatches || matches(m_tree->topLevelItem(top)->child(row));
    }
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* organisation = m_tree->topLevelItem(top);
        bool anyShown = false;
        for (int row = 0; row < organisation->childCount(); ++row) {
            QTreeWidgetItem* account = organisation->child(row);
            bool shown = matches(account);
            for (int entry = 0; !shown && !anyAccountMatches && entry < account->childCount();
                 ++entry)
                shown = hits.contains(account->child(entry)->data(0, idRole).toString());
            account->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        organisation->setHidden(!filter.isEmpty() && !anyShown);
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
            // An entry's id (or the id it had before an import): that entry,
            // opened under its account.
            QTreeWidgetItem* target = account;
            for (int entry = 0; !filter.isEmpty() && entry < account->childCount(); ++entry) {
                const QString id = account->child(entry)->data(0, idRole).toString();
                if (id.toCaseFolded().contains(filter) || m_hits.contains(id)) {
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
    if (id.isEmpty())
        return std::nullopt;
    return m_records.entry(id);
}

void HistoryDialog::showChangesElsewhere()
{
    if (!isVisible() || !m_records.changedElsewhere())
        return;
    const QTreeWidgetItem* current = m_tree->currentItem();
    refresh(current ? current->data(0, idRole).toString() : QString(), selectedAccount());
    showStatus(tr("The record was changed in another window; what is shown is up to date."));
}

void HistoryDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        showChangesElsewhere();
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
    // As the overview and --follow-ups see it: an account Meta confirmed
    // through another entry, or named in another entry's follow-up, needs
    // no letter from this one.
    const EntryNeed need =
        hasRecord ? AccountOverview::needOf(
                        *record, m_records.entriesMatching(record->organisation), Today::date())
                  : EntryNeed{};
    m_followUpButton->setEnabled(need.followUp);
    m_authorityButton->setEnabled(need.authority);
    m_closeButton->setText(hasRecord && record->closedOn.isValid() ? tr("Open the &matter again")
                                                                   : tr("Close the &matter"));
    m_mailConfirmButton->setEnabled(hasRecord && !m_records.readOnly());
    m_evidence->showEntry(record);
    showDetails();
    m_newRecordButton->setVisible(m_records.unreadable());
    m_importButton->setEnabled(!m_records.readOnly());
}

void HistoryDialog::showStatus(const QString& message)
{
    if (!message.isEmpty())
        m_status->setText(message);
}
