#pragma once

#include <QDialog>

#include "ObjectionRecord.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

// Meta's answer to an objection: when it came, its reference and a note.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmationDialog(const ObjectionRecord& record, QWidget* parent = nullptr);
    MetaConfirmation confirmation() const;

private:
    QDateEdit* m_receivedEdit = nullptr;
    QLineEdit* m_referenceEdit = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
};
