#pragma once

#include "WizardPage.h"

// Step 2: the two routes, online form and letter by post.
class HowPage : public WizardPage
{
    Q_OBJECT

public:
    explicit HowPage(QWidget* parent = nullptr);

protected:
    void build() override;
};
