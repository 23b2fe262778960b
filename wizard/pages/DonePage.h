#pragma once

#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "SessionLog.h"
#include "WizardPage.h"

class QComboBox;
class QLabel;
class QTextBrowser;

// Step 8: what the user did in this run, what to do after sending, and the two texts
// the organisation publishes itself: a note telling its followers how they
// object, and a paragraph for the privacy notice of its pages.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    DonePage(const ObjectionRequest& request, RecordStore& records, const SessionLog& log,
             QWidget* parent = nullptr);
    // The last step, though the overview has a higher id.
    int nextId() const override { return -1; }

protected:
    void build() override;
    void load() override;

private:
    void copy(bool privacyNotice);
    // What this user did in this run, then what comes next.
    void showSummary();
    QString whatYouDid() const;

    const ObjectionRequest& m_request;
    RecordStore& m_records;
    const SessionLog& m_log;
    QTextBrowser* m_view = nullptr;
    QComboBox* m_textLanguage = nullptr;
    QLabel* m_copied = nullptr;
};
