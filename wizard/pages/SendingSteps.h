#pragma once

#include <QGroupBox>
#include <QList>
#include <QPair>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The preview page's "What to do next": the ways a letter leaves the program
// as numbered steps in the order they are done (DOMAIN.md, "How an objection
// is made"), each ticked off from what the program itself knows, and the
// first step not done the one whose button Enter presses.
class SendingSteps : public QGroupBox
{
    Q_OBJECT

public:
    // The page's buttons, placed into the steps (they keep their page's texts).
    struct Buttons
    {
        QPushButton* save = nullptr;
        QPushButton* print = nullptr;
        QPushButton* copy = nullptr;
        QPushButton* instagramForm = nullptr;
        QPushButton* facebookForm = nullptr;
        QPushButton* record = nullptr;
        QPushButton* policy = nullptr;
    };
    // What was done for the letter as it is now.
    struct Progress
    {
        int namedPersons = 0; // step 0 only when the letter names people
        bool saved = false;
        bool printed = false;
        bool copied = false;
        bool formOpened = false;
        bool recorded = false;
        QStringList recipient; // Meta's address as the letter prints it
        // Each Instagram account of the letter, and whether its form is recorded.
        QList<QPair<QString, bool>> instagram;
    };

    SendingSteps(const Buttons& buttons, QWidget* parent = nullptr);

    void setProgress(const Progress& progress);
    // The button of the first step not done; none when every step is done or
    // the first one open is ticked by hand (the powers of attorney).
    QPushButton* currentButton() const;
    // What the user works with in the first step not done (a button or the
    // tick box), or none when every step is done.
    QWidget* currentAction() const;
    bool allDone() const;
    void retranslate();

signals:
    void changed(); // ticked by hand

private:
    struct Step
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        QLabel* state = nullptr;
        QLabel* text = nullptr;
    };
    Step addStep(QVBoxLayout* layout, const QList<QWidget*>& actions);
    bool done(int step) const;
    int current() const; // -1: all done
    void refresh();

    Buttons m_buttons;
    Progress m_progress;
    QCheckBox* m_personsReady = nullptr;
    QList<Step> m_steps;
    QLabel* m_instagram = nullptr;
    QLabel* m_policyText = nullptr;
};
