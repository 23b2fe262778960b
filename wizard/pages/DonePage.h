#pragma once

#include <QWizardPage>

// Step 8: the article's summary and what to do after sending.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);
};
