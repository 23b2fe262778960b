#pragma once

#include <QWizard>

#include "AppSettings.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"

// The wizard owns the one request object; every page is handed a reference to
// it. Pages write each edit straight into it, so neither going back, nor
// switching the language, nor opening a profile mixes up what was typed.
class ObjectionWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WhyPageId,
        HowPageId,
        ChecklistPageId,
        OrganisationPageId,
        AccountsPageId,
        LetterOptionsPageId,
        PreviewPageId,
        DonePageId,
    };

    // Starts with the entries remembered from the last run, if the user keeps them.
    explicit ObjectionWizard(QWidget* parent = nullptr);

    ObjectionRequest& request() { return m_request; }
    // Replaces the request and shows it on every page (a profile was opened).
    void setRequest(const ObjectionRequest& request);
    RecordStore& records() { return m_records; }

    // Switches the user interface to "de" or "en" (not the letter's language).
    void setUiLanguage(const QString& language);
    void openProfile();
    void saveProfile();
    // Keeps the entries for the next run (if the user wants that); also when
    // the program is ended from outside (see app/QuitOnSignal).
    void rememberEntries();

    // Asks before a record of objections that could not be saved is lost.
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void rememberEntriesOnPageChange();
    void goBackTo(int id);

    ObjectionRequest m_request;
    AppSettings m_settings;
    QStringList m_startProblems; // shown when the window first appears
    bool m_saveWarned = false;
    RecordStore m_records;
};
