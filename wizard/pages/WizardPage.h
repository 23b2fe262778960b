#pragma once

#include <QStringList>
#include <QWizardPage>
#include <functional>
#include <vector>

class QLabel;

// The base of every page of the wizard. It does two things the pages share:
// - builds the page's widgets the first time it is shown, so the wizard starts
//   with only its first page built (start-up close to a bare QWizard);
// - keeps every visible text in the current language: texts are bound once and
//   set again whenever the user switches the language, without touching what
//   was typed.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    void initializePage() final;
    // Shows the model again, for when it changed behind the page's back (a
    // profile was opened). Pages not built yet load it when first shown.
    void reload();

    // What the page still needs before Next is enabled, named as the fields'
    // labels name them ("Contact person", "E-mail"); empty when complete.
    virtual QStringList missing() const { return {}; }
    // Complete when nothing is missing, so Next and the list of what is
    // missing never disagree.
    bool isComplete() const override;
    // Shows what is missing under the page, next to the disabled Next button.
    void showMissing();

protected:
    // Creates the page's widgets; called once, before the first load().
    virtual void build() = 0;
    // Shows the model in the widgets; called on every visit.
    virtual void load() {}
    bool isBuilt() const { return m_built; }
    // A widget for the page's content inside a scroll area that fills the
    // page: forms taller than a small or scaled screen scroll, and the
    // wizard's buttons stay in view. Call once, in build().
    QWidget* scrollingBody();

    // Runs refresh now and after every language change. Use tr() inside it.
    void onLanguageChange(std::function<void()> refresh);
    // Shorthand for widgets with setText(); source is marked with QT_TR_NOOP.
    template <typename Widget> void bindText(Widget* widget, const char* source)
    {
        onLanguageChange([this, widget, source] { widget->setText(translated(source)); });
    }
    void bindTitles(const char* title, const char* subTitle);
    // The source text translated in the context of the concrete page class.
    QString translated(const char* source) const;
    // A field's label as an item of what is missing: without "&", "*", ":".
    QString fieldName(const char* labelSource) const;

    void changeEvent(QEvent* event) override;

private:
    bool m_built = false;
    QLabel* m_missingLabel = nullptr; // on pages that scroll (the forms)
    std::vector<std::function<void()>> m_refreshers;
};
