#pragma once

#include <QWizardPage>

// Step 3: what the user needs at hand. The boxes are a help, not a gate.
class ChecklistPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChecklistPage(QWidget* parent = nullptr);
};
