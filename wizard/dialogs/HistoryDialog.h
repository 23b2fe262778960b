#pragma once

#include <QDialog>
#include <QSet>
#include <functional>
#include <optional>

#include "AccountOverview.h"
#include "ObjectionRequest.h"
#include "RecordExporter.h"
#include "RecordStore.h"

class EvidenceList;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTimer;
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

    // Up to this many entries every organisation is shown; above it those of
    // the wizard's organisation, the ones opened and the ones found.
    static constexpr int showAllUpTo = 5000;

    // Keeps the window's size and split for the next time.
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The detail pane's text of a row (the other roles are HistoryDialog.cpp's).
    static constexpr int detailRole = Qt::UserRole + 4;

    void refresh(const QString& selectId, const QString& selectAccount = QString());
    QTreeWidgetItem* addAccountRow(QTreeWidgetItem* parent, const AccountStatus& status);
    // Read from the database when asked: what another window changed counts.
    std::optional<ObjectionRecord> selected() const;
    // Another window or the command line changed the record: show it.
    void showChangesElsewhere();
    QString selectedAccount() const;
    void applyFilter();
    void goToFirstMatch();
    void addConfirmation();
    // Asks for Meta's confirmation of the entry (ConfirmationDialog) and
    // records it; false when the user cancelled. mail: the e-mail it came
    // with, which gives its date; before: what the status line says first.
    bool confirm(const ObjectionRecord& entry, const QString& account,
                 const Attachment* mail = nullptr, const QString& before = QString());
    // Returns what the entry now keeps of these files (added or there
    // already), in their order.
    QList<Attachment> attach(const QStringList& paths);
    // Meta's e-mail attached and its accounts confirmed, in one action.
    void attachMailAndConfirm();
    // The detail pane for the selected row.
    void showDetails();
    void restoreLayout();
    void saveFollowUp();
    void saveAuthorityNotice(Authority authority);
    void toggleClosed();
    void removeSelected();
    // Shows the result of a change of the entry.
    void changed(const QString& id, const QString& error, const QString& done);
    // Asks, then makes the change (written again, authority informed, closed).
    void offerToRecord(const QString& id, const QString& question,
                       const std::function<QString()>& change, const QString& done);
    void exportRecord();
    void importRecord();
    void startNewRecord();
    void updateButtons();
    void showStatus(const QString& message);

    RecordStore& m_records;
    ObjectionRequest m_current;
    // Organisations (case-folded) shown in full besides the wizard's.
    QSet<QString> m_opened;
    QSet<QString> m_found;
    // The entries the search found in the database (ids).
    QSet<QString> m_hits;
    QTimer* m_poll = nullptr;
    bool m_building = false;      // refresh() expands items itself: not the user's
    bool m_splitRestored = false; // the user's split of an earlier run is used

    RecordExporter m_exporter;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    EvidenceList* m_evidence = nullptr;
    QPushButton* m_mailConfirmButton = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_followUpButton = nullptr;
    QPushButton* m_authorityButton = nullptr;
    QPushButton* m_documentButton = nullptr;
    QPushButton* m_reminderButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_newRecordButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
};
