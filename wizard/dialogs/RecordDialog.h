#pragma once

#include <QDialog>
#include <optional>

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
    // formOpened: the platform whose online form the user opened last in this
    // session; its account is ticked when the form route is chosen.
    RecordDialog(const ObjectionRequest& request, QWidget* parent = nullptr,
                 std::optional<Platform> formOpened = std::nullopt);

    // The entries as entered, one per ticked account when "one form per
    // account" is chosen, else one; the caller adds the sent text.
    QList<ObjectionRecord> records() const;
    bool wantsReminder() const;

    void accept() override;

private:
    ObjectionRecord record() const;
    bool onePerAccount() const;
    // Ticks what the chosen route covers by default: every account for the
    // letter, the account the form was opened for (or none) for the form.
    void tickForRoute();
    void tickAll(bool ticked);

    const ObjectionRequest& m_request;
    std::optional<Platform> m_formOpened;
    QDateEdit* m_dateEdit = nullptr;
    QRadioButton* m_onlineButton = nullptr;
    QRadioButton* m_letterButton = nullptr;
    QLineEdit* m_adminLoginEdit = nullptr;
    QListWidget* m_accountsList = nullptr;
    QCheckBox* m_perAccountBox = nullptr;
    QLineEdit* m_sentByEdit = nullptr;
    QCheckBox* m_reminderBox = nullptr;
};
