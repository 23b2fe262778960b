#pragma once

#include <QWidget>

class QLabel;
class QWizard;

// The wizard's side: "Step 4 of 8" and the titles of all steps, the current
// one marked, so users see how far they are. The titles are the pages' own,
// so the list never says something the page does not.
class StepList : public QWidget
{
    Q_OBJECT

public:
    explicit StepList(QWizard* wizard);

    // Shows the wizard's current page and the titles in the current language.
    void refresh();

private:
    QWizard* m_wizard;
    QLabel* m_indicator;
    QList<QLabel*> m_steps;
};
