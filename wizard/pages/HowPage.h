#pragma once

#include <QWizardPage>

// Step 2: the two routes, online form and letter by post.
class HowPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HowPage(QWidget* parent = nullptr);
};
