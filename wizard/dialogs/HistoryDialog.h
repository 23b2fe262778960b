#pragma once

#include <QDialog>
#include <optional>

#include "AccountOverview.h"
#include "ObjectionRequest.h"
#include "RecordExporter.h"
#include "RecordStore.h"

class EvidenceList;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The record of objections, per account: for each organisation its Pages and
// Instagram accounts, what needs action first, then what is waiting, then
// what is done; under each account the entries (letter, online forms) that
// covered it. From here Meta's confirmation and evidence are added, the
// follow-up letter, the notice to the authority, the documentation sheet and
// the reminder are saved.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // current: the request in the wizard; its accounts without an objection
    // are listed, and its sender data fills the follow-up letter.
    explicit HistoryDialog(RecordStore& records, const ObjectionRequest& current = {},
                           QWidget* parent = nullptr);

    // Selects an entry by id (after recording a new one).
    void select(const QString& id);

private:
    void refresh(const QString& selectId, const QString& selectAccount = QString());
    QTreeWidgetItem* addAccountRow(QTreeWidgetItem* parent, const AccountStatus& status);
    // A copy: the store replaces its list with what is on disk at every change.
    std::optional<ObjectionRecord> selected() const;
    QString selectedAccount() const;
    void applyFilter();
    void goToFirstMatch();
    void addConfirmation();
    void attach(const QStringList& paths);
    void saveFollowUp();
    void saveAuthorityNotice(Authority authority);
    void toggleClosed();
    void removeSelected();
    // Saves a change of the entry and shows the result.
    void store(const ObjectionRecord& updated, const QString& done);
    // Asks, and sets a date of the entry to today (written again, authority informed).
    void offerToRecord(ObjectionRecord record, QDate ObjectionRecord::*field,
                       const QString& question, const QString& done);
    void updateButtons();
    void showStatus(const QString& message);

    RecordStore& m_records;
    ObjectionRequest m_current;
    RecordExporter m_exporter;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
    EvidenceList* m_evidence = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_followUpButton = nullptr;
    QPushButton* m_authorityButton = nullptr;
    QPushButton* m_documentButton = nullptr;
    QPushButton* m_reminderButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
};
