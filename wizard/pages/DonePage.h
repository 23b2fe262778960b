#pragma once

#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "WizardPage.h"

class QComboBox;
class QLabel;

// Step 8: the article's summary, what to do after sending, and the two texts
// the organisation publishes itself: a note telling its followers how they
// object, and a paragraph for the privacy notice of its pages.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    DonePage(const ObjectionRequest& request, RecordStore& records, QWidget* parent = nullptr);

protected:
    void build() override;
    void load() override;

private:
    void copy(bool privacyNotice);

    const ObjectionRequest& m_request;
    RecordStore& m_records;
    QComboBox* m_textLanguage = nullptr;
    QLabel* m_copied = nullptr;
};
