#pragma once

#include <QDialog>

#include "ObjectionRecord.h"

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Meta's answer for one or more accounts of an entry: when it came, its
// reference and a note. Meta confirms each online form by e-mail, so the
// accounts are ticked one by one.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    // preselected: the key of the account to tick (ObjectionRecord::accountKey);
    // empty ticks every account not yet confirmed.
    ConfirmationDialog(const ObjectionRecord& record, const QString& preselected,
                       QWidget* parent = nullptr);
    // Meta's e-mail, just attached: its date is the day received, and the
    // note says where it is kept.
    void fillFromMail(const Attachment& mail);
    MetaConfirmation confirmation() const;
    // The keys of the ticked accounts.
    QStringList confirmedAccounts() const;

    void accept() override;

private:
    const ObjectionRecord m_record;
    QListWidget* m_accountsList = nullptr;
    QDateEdit* m_receivedEdit = nullptr;
    QLineEdit* m_referenceEdit = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
};
