#include "SendingSteps.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
enum StepIndex
{
    PersonsStep,
    SaveStep,
    PrintStep,
    FormStep,
    StepCount
};

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

SendingSteps::SendingSteps(const Buttons& buttons, QWidget* parent)
    : QGroupBox(parent), m_buttons(buttons)
{
    setObjectName(u"sendingStepsGroupBox"_s);
    m_personsReady = new QCheckBox(this);
    m_personsReady->setObjectName(u"personsReadyCheckBox"_s);
    connect(m_personsReady, &QCheckBox::toggled, this, [this] {
        refresh();
        emit changed();
    });
    m_instagram = wrappingLabel(this);
    m_instagram->setObjectName(u"instagramAccountsLabel"_s);
    m_policyText = wrappingLabel(this);

    auto* layout = new QVBoxLayout(this);
    m_steps << addStep(layout, {m_personsReady}) << addStep(layout, {buttons.save})
            << addStep(layout, {buttons.print})
            << addStep(layout,
                       {buttons.copy, buttons.instagramForm, buttons.facebookForm, buttons.record});
    // Below the form step's buttons: which Instagram accounts still need it.
    auto* formLayout = qobject_cast<QVBoxLayout*>(m_steps.at(FormStep).box->layout());
    formLayout->addWidget(m_instagram);
    // Always offered, whatever step is open: the entry point that stays when
    // the direct form addresses move (DOMAIN.md).
    layout->addWidget(m_policyText);
    layout->addWidget(buttons.policy, 0, Qt::AlignLeft);
    layout->addStretch();
    retranslate();
}

SendingSteps::Step SendingSteps::addStep(QVBoxLayout* layout, const QList<QWidget*>& actions)
{
    Step step;
    step.box = new QWidget(this);
    step.box->setObjectName(u"sendingStep%1"_s.arg(m_steps.size()));
    step.title = new QLabel(step.box);
    step.title->setObjectName(u"sendingStepTitle%1"_s.arg(m_steps.size()));
    step.title->setTextFormat(Qt::PlainText);
    step.title->setWordWrap(true);
    QFont bold = step.title->font();
    bold.setBold(true);
    step.title->setFont(bold);
    step.state = new QLabel(step.box);
    step.state->setObjectName(u"sendingStepState%1"_s.arg(m_steps.size()));
    step.state->setTextFormat(Qt::PlainText);
    step.text = wrappingLabel(step.box);
    step.text->setObjectName(u"sendingStepText%1"_s.arg(m_steps.size()));

    auto* heading = new QHBoxLayout;
    heading->addWidget(step.title, 1);
    heading->addWidget(step.state, 0, Qt::AlignRight | Qt::AlignTop);
    // One button a row: the column beside the letter stays narrow, and the
    // order within a step reads from top to bottom.
    auto* buttons = new QVBoxLayout;
    for (QWidget* action : actions)
        buttons->addWidget(action, 0, Qt::AlignLeft);
    auto* stepLayout = new QVBoxLayout(step.box);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addLayout(heading);
    stepLayout->addWidget(step.text);
    stepLayout->addLayout(buttons);
    layout->addWidget(step.box);
    return step;
}

void SendingSteps::setProgress(const Progress& progress)
{
    m_progress = progress;
    refresh();
}

bool SendingSteps::done(int step) const
{
    switch (step) {
    case PersonsStep:
        return m_progress.namedPersons == 0 || m_personsReady->isChecked();
    case SaveStep:
        return m_progress.saved;
    case PrintStep:
        return m_progress.printed;
    default:
        return m_progress.copied && m_progress.formOpened && m_progress.recorded &&
               std::all_of(m_progress.instagram.cbegin(), m_progress.instagram.cend(),
                           [](const QPair<QString, bool>& account) { return account.second; });
    }
}

int SendingSteps::current() const
{
    for (int step = 0; step < StepCount; ++step) {
        if (!done(step))
            return step;
    }
    return -1;
}

bool SendingSteps::allDone() const
{
    return current() < 0;
}

QPushButton* SendingSteps::currentButton() const
{
    switch (current()) {
    case SaveStep:
        return m_buttons.save;
    case PrintStep:
        return m_buttons.print;
    case FormStep:
        if (!m_progress.copied)
            return m_buttons.copy;
        if (!m_progress.formOpened)
            return m_progress.instagram.isEmpty() ? m_buttons.facebookForm
                                                  : m_buttons.instagramForm;
        return m_buttons.record;
    default:
        return nullptr;
    }
}

QWidget* SendingSteps::currentAction() const
{
    if (current() == PersonsStep)
        return m_personsReady;
    return currentButton();
}

void SendingSteps::retranslate()
{
    setTitle(tr("What to do next"));
    m_personsReady->setText(tr("Signed and at &hand"));
    m_policyText->setText(tr("The way to the objection through Meta's privacy policy keeps "
                             "working when the forms' addresses change."));
    refresh();
}

void SendingSteps::refresh()
{
    m_steps.at(PersonsStep).box->setVisible(m_progress.namedPersons > 0);
    // Numbered from 0: the powers of attorney come before the letter.
    const QStringList titles = {tr("0. Powers of attorney"), tr("1. Save as PDF"),
                                tr("2. Print, sign, send by post"), tr("3. Online forms")};
    const int open = current();
    for (int step = 0; step < StepCount; ++step) {
        const Step& shown = m_steps.at(step);
        shown.title->setText(titles.at(step));
        shown.state->setText(done(step) ? tr("✓ Done") : step == open ? tr("Next") : QString());
        shown.box->setAccessibleName(titles.at(step) + u": "_s + shown.state->text());
    }
    m_steps.at(PersonsStep)
        .text->setText(tr("The letter names %n person(s) who object through your organisation "
                          "and offers Meta their signed powers of attorney on request. Keep them "
                          "with your copy of the letter.",
                          nullptr, m_progress.namedPersons));
    m_steps.at(SaveStep).text->setText(
        tr("For printing and for your own file: Meta publishes no e-mail address for "
           "objections, so the PDF is not sent anywhere."));
    m_steps.at(PrintStep).text->setText(
        tr("Sign the printed letter and send it by post, ideally by registered "
           "mail, to: %1. Then record it with “Record as sent” (below step 3).")
            .arg(m_progress.recipient.join(u", "_s)));
    QString form = tr("For each Instagram account, and for your own personal profile as an "
                      "admin: copy the text, open the form while logged in, paste the text "
                      "(Ctrl+V), send it, and record it as sent. A Facebook Page is covered by "
                      "the letter: the form, sent while logged in with your personal account, "
                      "may cover only your own profile.");
    if (open == FormStep) {
        form += u' ' + (!m_progress.copied       ? tr("Next: copy the text.")
                        : !m_progress.formOpened ? tr("Next: open the form.")
                                                 : tr("Next: record it as sent."));
    }
    m_steps.at(FormStep).text->setText(form);
    // A few names say which accounts; forty would bury the step.
    constexpr int shownAccounts = 6;
    QStringList accounts;
    for (const auto& [name, recorded] : m_progress.instagram.mid(0, shownAccounts))
        accounts << (recorded ? tr("✓ %1 (recorded)").arg(name) : name);
    if (m_progress.instagram.size() > shownAccounts)
        accounts << tr("and %1 more").arg(m_progress.instagram.size() - shownAccounts);
    m_instagram->setText(accounts.isEmpty()
                             ? tr("The letter lists no Instagram account.")
                             : tr("Instagram accounts: %1").arg(accounts.join(u"; "_s)));
}
