#pragma once

#include <QDialog>

#include "ObjectionRecord.h"
#include "ObjectionRequest.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QRadioButton;

// "Record as sent": when, which route, which accounts, by whom. Starts filled
// from the request; the caller stores the result.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(const ObjectionRequest& request, QWidget* parent = nullptr);

    // The record as entered; the caller adds the sent text.
    ObjectionRecord record() const;
    bool wantsReminder() const;

    void accept() override;

private:
    const ObjectionRequest& m_request;
    QDateEdit* m_dateEdit = nullptr;
    QRadioButton* m_onlineButton = nullptr;
    QRadioButton* m_letterButton = nullptr;
    QLineEdit* m_adminLoginEdit = nullptr;
    QListWidget* m_accountsList = nullptr;
    QLineEdit* m_sentByEdit = nullptr;
    QCheckBox* m_reminderBox = nullptr;
};
