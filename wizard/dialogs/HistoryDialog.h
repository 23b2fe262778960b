#pragma once

#include <QDialog>
#include <optional>

#include "RecordExporter.h"
#include "RecordStore.h"

class QLabel;
class QPushButton;
class QTreeWidget;

// The record of objections: every objection made, per organisation, with its
// accounts and state; Meta's confirmation is added here, and the documentation
// sheet and the calendar reminder are saved from here.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(RecordStore& records, QWidget* parent = nullptr);

    // Selects the record with this id (after recording a new one).
    void select(const QString& id);

private:
    void refresh(const QString& selectId);
    // A copy: the store replaces its list with what is on disk at every change.
    std::optional<ObjectionRecord> selected() const;
    void addConfirmation();
    void removeSelected();
    void updateButtons();
    void showStatus(const QString& message);

    RecordStore& m_records;
    RecordExporter m_exporter;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_documentButton = nullptr;
    QPushButton* m_reminderButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_status = nullptr;
};
