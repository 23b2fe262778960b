#pragma once

#include <QKeySequence>
#include <QPointer>
#include <QWizard>

#include "AppSettings.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "SessionLog.h"

class HistoryDialog;
class OverviewPage;
class StepList;

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
        // Before the steps and not one of them: shown first when the record
        // holds entries (OverviewPage).
        OverviewPageId = 100,
    };

    // Starts with the entries remembered from the last run, if the user keeps them.
    explicit ObjectionWizard(QWidget* parent = nullptr);
    // Hidden while the request still exists: hiding takes the focus from a
    // field, and the pages answer that (editingFinished) by reading it.
    ~ObjectionWizard() override;

    // Roomy where the screen allows, never larger than the screen's free
    // area (at 200 % a 1920x1080 screen holds 960x540): the pages scroll.
    QSize initialSize() const;

    ObjectionRequest& request() { return m_request; }
    // Replaces the request and shows it on every page (a profile was opened);
    // it counts as saved.
    void setRequest(const ObjectionRequest& request);
    RecordStore& records() { return m_records; }

    // Switches the user interface to "de" or "en" (not the letter's language).
    void setUiLanguage(const QString& language);
    // Both ask first when typed entries would be lost.
    void openProfile();
    bool saveProfile();
    // What the user did in this run (for the summary on the last page).
    const SessionLog& log() const { return m_log; }
    // Keeps the entries for the next run (if the user wants that); also when
    // the program is ended from outside (see app/QuitOnSignal).
    void rememberEntries();
    // The session ends or the program was told to quit (SIGTERM, Ctrl+C):
    // entries are remembered if the user keeps them, and nothing is asked,
    // for no one may be there to answer.
    void endFromOutside();

    // Asks before a record of objections that could not be saved is lost.
    void done(int result) override;

    // Opens the record of objections from every page.
    static QKeySequence recordShortcut();

    // Once the record is open (after the first paint): the overview is shown
    // first when it holds entries, and goes when it holds none.
    void showCase();

    // Brings the window forward and opens the record of objections at an
    // entry (a calendar reminder's link, a second start of the program). An
    // empty id opens the record as it is. The id must be checked before.
    // Returns when the record window is closed (call it queued from a socket).
    void showRecordEntry(const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void addOverview();
    static QString defaultCountry(); // in the language of the user interface
    void rememberEntriesOnPageChange();
    void goBackTo(int id);
    // Whether anything was typed since the entries were started with, opened
    // or saved as a profile.
    bool hasUnkeptEntries() const;
    // Asks to save typed entries before they are lost; false: the user stays.
    bool mayDiscardEntries(const QString& question);

    ObjectionRequest m_request;
    ObjectionRequest m_kept; // the entries as last started with, opened or saved
    SessionLog m_log;
    StepList* m_steps = nullptr;
    AppSettings m_settings;
    QStringList m_startProblems; // shown when the window first appears
    bool m_saveWarned = false;
    bool m_endingFromOutside = false;
    RecordStore m_records;
    QPointer<HistoryDialog> m_recordWindow; // while the record window is open
    OverviewPage* m_overview = nullptr;     // while the record holds entries
};
