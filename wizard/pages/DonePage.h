#pragma once

#include "WizardPage.h"

// Step 8: the article's summary and what to do after sending.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);

protected:
    void build() override;
};
