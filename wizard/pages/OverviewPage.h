#pragma once

#include "AccountOverview.h"
#include "ObjectionRequest.h"
#include "WizardPage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QTextBrowser;
class RecordStore;

// Before the steps, when the record holds entries: an objection is a case
// that runs for months, and a user who comes back (a calendar reminder, a
// month later) must see what is due without typing anything. Each
// organisation with its accounts and their state, what is due now (the
// follow-up letter, an authority to inform), and the way into a new objection
// ("Next"). Not one of the numbered steps.
class OverviewPage : public WizardPage
{
    Q_OBJECT

public:
    // request: the wizard's details, for the follow-up of an entry recorded
    // by an earlier version (which kept only the text).
    OverviewPage(RecordStore& records, const ObjectionRequest& request, QWidget* parent = nullptr);

    // Reads the record again (after it was opened, or changed in a dialog).
    void refresh();
    int nextId() const override;

    // Above this many entries only the organisations are listed: the record
    // window reads them an organisation at a time.
    static constexpr int readAllUpTo = 5000;

signals:
    // Open the record window at an entry (empty: as it is).
    void recordWanted(const QString& id);

protected:
    void build() override;
    void load() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitDueHeight();
    int m_dueWidth = -1;
    void actOnDue();
    void updateButtons();

    RecordStore& m_records;
    const ObjectionRequest& m_request;
    QList<DueStep> m_steps;
    QLabel* m_summary = nullptr;
    QListWidget* m_due = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_showEntry = nullptr;
    QTextBrowser* m_case = nullptr;
    QTimer* m_poll = nullptr;
    bool m_opened = false; // the wizard tried to open the record
};
