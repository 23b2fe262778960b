#pragma once

#include "RecordStore.h"
#include "WizardPage.h"

// Step 8: the article's summary and what to do after sending.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DonePage(RecordStore& records, QWidget* parent = nullptr);

protected:
    void build() override;

private:
    RecordStore& m_records;
};
