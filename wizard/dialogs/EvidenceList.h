#pragma once

#include <QWidget>
#include <optional>

#include "ObjectionRecord.h"

class QListWidget;
class QPushButton;

// The evidence kept with one record entry: Meta's e-mails (date, sender,
// subject shown), screenshots and PDFs, each with its checksum and whether the
// kept copy was unchanged when last checked (EvidenceCheck, on the button).
// Files are added by the button or dropped here.
class EvidenceList : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceList(QWidget* parent = nullptr);

    // The entry shown, or none.
    void showEntry(const std::optional<ObjectionRecord>& record);

signals:
    // The user chose or dropped these files for the shown entry.
    void filesChosen(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void choose();
    void check();
    void fill();

    QListWidget* m_list = nullptr;
    QPushButton* m_attachButton = nullptr;
    QPushButton* m_checkButton = nullptr;
    std::optional<ObjectionRecord> m_record;
};
