#pragma once

#include "AppSettings.h"
#include "WizardPage.h"

// Step 3: what the user needs at hand (the boxes are a help, not a gate), and
// what the app keeps on this computer, with the switch to keep nothing.
class ChecklistPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ChecklistPage(AppSettings& settings, QWidget* parent = nullptr);

protected:
    void build() override;

private:
    AppSettings& m_settings;
};
