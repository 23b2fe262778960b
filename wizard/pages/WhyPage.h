#pragma once

#include <QWizardPage>

// Step 1: why an organisation should object (the article's first section).
class WhyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WhyPage(QWidget* parent = nullptr);
};
