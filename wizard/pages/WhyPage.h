#pragma once

#include "WizardPage.h"

// Step 1: why an organisation should object (the article's first section).
class WhyPage : public WizardPage
{
    Q_OBJECT

public:
    explicit WhyPage(QWidget* parent = nullptr);

protected:
    void build() override;
};
