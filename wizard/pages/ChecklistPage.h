#pragma once

#include "WizardPage.h"

// Step 3: what the user needs at hand. The boxes are a help, not a gate.
class ChecklistPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ChecklistPage(QWidget* parent = nullptr);

protected:
    void build() override;
};
