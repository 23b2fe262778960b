#pragma once

#include "LazyWizardPage.h"

// Step 8: the article's summary and what to do after sending.
class DonePage : public LazyWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);

protected:
    void build() override;
};
