#pragma once

#include <QWizardPage>

// A wizard page that builds its widgets the first time it is shown. The wizard
// then starts with only its first page built, which keeps start-up close to
// that of a bare QWizard (tests/benchmarks/StartupBenchmark).
class LazyWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    void initializePage() final;

protected:
    // Creates the page's widgets; called once, before the first load().
    virtual void build() = 0;
    // Shows the model in the widgets; called on every visit.
    virtual void load() {}
    bool isBuilt() const { return m_built; }

private:
    bool m_built = false;
};
