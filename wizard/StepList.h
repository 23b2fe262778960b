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
    // steps: the ids of the numbered pages, in order (a page outside them,
    // the overview, is shown without a number).
    StepList(QWizard* wizard, const QList<int>& steps);

    // Shows the wizard's current page and the titles in the current language.
    void refresh();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The titles only where they fit whole: on a small or scaled screen (200 %
    // on 1920x1080 with a tall font such as Noto Sans) a title cut in half
    // says less than none; "Step 4 of 8" and the page's own title remain.
    void showStepsIfRoom();
    // The list's width, from the texts of the current language.
    void fitWidthToTexts();
    int heightOfAllSteps(int width) const;

    QWizard* m_wizard;
    QList<int> m_ids;
    QLabel* m_indicator;
    int m_gapAfterIndicator = 0;
    QList<QLabel*> m_steps;
};
