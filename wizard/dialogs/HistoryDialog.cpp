#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ConfirmationDialog.h"
#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int idRole = Qt::UserRole;

// Every account, for the tooltip.
QString accountsText(const ObjectionRecord& record)
{
    QStringList names;
    for (const Account& account : record.accounts) {
        const QString platform = platformName(account.platform);
        names << platform + u": "_s + account.name;
    }
    return names.join(u"\n"_s);
}

// At most three lines in the row, so forty accounts do not make one row
// taller than the view.
QString accountsShown(const ObjectionRecord& record)
{
    constexpr qsizetype shown = 3;
    QStringList lines = accountsText(record).split(u'\n');
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - (shown - 1);
        lines = lines.mid(0, shown - 1);
        lines << HistoryDialog::tr("and %1 more").arg(more);
    }
    return lines.join(u'\n');
}
} // namespace

HistoryDialog::HistoryDialog(RecordStore& records, QWidget* parent)
    : QDialog(parent), m_records(records), m_exporter(this)
{
    setWindowTitle(tr("Record of objections"));
    setObjectName(u"historyDialog"_s);
    resize(820, 480);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"recordsTree"_s);
    m_tree->setAccessibleName(tr("Objections made")); // views ignore buddy labels
    m_tree->setHeaderLabels(
        {tr("Organisation / sent on"), tr("Accounts"), tr("Route"), tr("Sent by"), tr("State")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    // Every column in view at the dialog's size, none wider than it needs:
    // long texts are cut with "…" and shown whole in their tooltip.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setMaximumSectionSize(fontMetrics().averageCharWidth() * 28);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->headerItem()->setToolTip(column, m_tree->headerItem()->text(column));
    auto* treeLabel = new QLabel(tr("&Objections made:"), this);
    treeLabel->setBuddy(m_tree);

    const auto makeButton = [this](const QString& text, const QString& name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    m_confirmButton = makeButton(tr("Add Meta's &confirmation …"), u"addConfirmationButton"_s);
    m_documentButton = makeButton(tr("&Documentation as PDF …"), u"documentationButton"_s);
    m_reminderButton = makeButton(tr("Calendar &reminder …"), u"reminderButton"_s);
    m_removeButton = makeButton(tr("De&lete entry"), u"deleteRecordButton"_s);
    auto* actions = new QGridLayout;
    actions->addWidget(m_confirmButton, 0, 0);
    actions->addWidget(m_documentButton, 0, 1);
    actions->addWidget(m_reminderButton, 1, 0);
    actions->addWidget(m_removeButton, 1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"historyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(treeLabel);
    layout->addWidget(m_tree, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateButtons);
    connect(m_confirmButton, &QPushButton::clicked, this, &HistoryDialog::addConfirmation);
    connect(m_documentButton, &QPushButton::clicked, this, [this] {
        if (const auto record = selected())
            showStatus(m_exporter.saveDocumentation(*record));
    });
    connect(m_reminderButton, &QPushButton::clicked, this, [this] {
        if (const auto record = selected())
            showStatus(m_exporter.saveReminder(*record));
    });
    connect(m_removeButton, &QPushButton::clicked, this, &HistoryDialog::removeSelected);

    const QString error = m_records.loadOnce();
    if (!error.isEmpty())
        showStatus(error);
    refresh(QString());
}

void HistoryDialog::select(const QString& id)
{
    refresh(id);
}

void HistoryDialog::refresh(const QString& selectId)
{
    m_tree->clear();
    QList<ObjectionRecord> records = m_records.records();
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
        return a.organisation != b.organisation ? a.organisation < b.organisation
                                                : a.sentOn > b.sentOn;
    });
    const QDate today = QDate::currentDate();
    QTreeWidgetItem* organisationItem = nullptr;
    QTreeWidgetItem* toSelect = nullptr;
    for (const ObjectionRecord& record : records) {
        if (!organisationItem || organisationItem->text(0) != record.organisation) {
            organisationItem = new QTreeWidgetItem(m_tree, {record.organisation});
            organisationItem->setFirstColumnSpanned(true);
            organisationItem->setToolTip(0, record.organisation);
            organisationItem->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(
            organisationItem, {record.sentOn.toString(tr("d MMM yyyy")), accountsShown(record),
                               DocumentationPdfWriter::routeName(record.route), record.sentBy,
                               DocumentationPdfWriter::stateName(record.state(today))});
        item->setData(0, idRole, record.id);
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
        // Every account, but not taller than a screen: forty at 200 % would be.
        QStringList all = accountsText(record).split(u'\n');
        if (all.size() > 20) {
            const qsizetype more = all.size() - 19;
            all = all.mid(0, 19);
            all << tr("and %1 more").arg(more);
        }
        item->setToolTip(1, all.join(u'\n'));
        if (record.id == selectId)
            toSelect = item;
    }
    if (records.isEmpty()) {
        auto* empty = new QTreeWidgetItem(m_tree, {tr("No objection recorded yet.")});
        empty->setFlags(Qt::ItemIsEnabled);
    }
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    updateButtons();
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

void HistoryDialog::addConfirmation()
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    ConfirmationDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ObjectionRecord updated = *current;
    updated.confirmation = dialog.confirmation();
    const QString error = m_records.update(updated);
    if (!error.isEmpty())
        MessageBox::warning(this, windowTitle(), error);
    refresh(updated.id);
    showStatus(error.isEmpty() ? tr("Meta's confirmation was recorded.") : error);
}

void HistoryDialog::removeSelected()
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    const QString id = current->id;
    if (!MessageBox::question(
            this, windowTitle(),
            tr("Delete the record of the objection of %1 from %2? Your "
               "organisation may need it to show what it did.")
                .arg(current->organisation, current->sentOn.toString(tr("d MMM yyyy")))))
        return;
    const QString error = m_records.remove(id);
    if (!error.isEmpty())
        MessageBox::warning(this, windowTitle(), error);
    refresh(QString());
    showStatus(error.isEmpty() ? tr("The entry was deleted.") : error);
}

void HistoryDialog::updateButtons()
{
    const bool hasRecord = selected().has_value();
    for (QPushButton* button :
         {m_confirmButton, m_documentButton, m_reminderButton, m_removeButton})
        button->setEnabled(hasRecord);
}

void HistoryDialog::showStatus(const QString& message)
{
    if (!message.isEmpty())
        m_status->setText(message);
}
