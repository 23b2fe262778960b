#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QSize>
#include <QVariantHash>
#include <memory>
#include <optional>

#include "ObjectionRequest.h"

// The app's settings, typed, with every key in this one place. Tests switch
// QStandardPaths to test mode, which moves QSettings out of the user's files.
//
// Nothing stored is lost by reading it: a settings file that is not a regular
// file (a FIFO would block the start) is not read at all, and remembered
// entries that fail a check are kept as they were, set aside as a profile
// file, while the wizard starts with what of them can be used.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    AppSettings();
    ~AppSettings();

    // Whether the wizard keeps the last entries between runs (default: no).
    bool rememberEntries() const;
    void setRememberEntries(bool remember);
    // The file the settings are kept in, for the user; empty when they are
    // kept only until the program is closed.
    QString location() const;

    struct Remembered
    {
        std::optional<ObjectionRequest> request; // what can be used, if anything was stored
        QString problem; // for the user: what could not be used, and where the entries are now
    };
    Remembered lastEntries();
    void setLastEntries(const ObjectionRequest& request);

    // Which items of the checklist ("What you need") the user ticked, by id:
    // kept, so the list tracks what is done across sessions.
    QStringList checklistTicks() const;
    void setChecklistTicks(const QStringList& ids);

    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    // Whether the record of objections held no entry when it was last read:
    // the wizard then starts on its first step without looking (the record
    // is opened only after the first paint). A guess, corrected once read.
    bool recordKnownEmpty() const;
    void setRecordKnownEmpty(bool empty);
    // The record window as the user left it: its size (device-independent
    // pixels), the split between the list and the details, and the width of
    // the "Next step" column. Empty or zero when never stored.
    struct WindowLayout
    {
        QSize size;
        QByteArray splitter;
        int stepColumn = 0;
    };
    WindowLayout recordWindow() const;
    void setRecordWindow(const WindowLayout& layout);

    // Deletes everything the app stored in its settings, remembered entries
    // included (the record of objections is kept; it has its own delete).
    void forgetEverything();

    // Writes what changed; a message for the user when the settings file
    // could not be written (a folder without write permission), else empty.
    QString saveProblem();

    // For the user when the settings file cannot be used; empty otherwise.
    QString fileProblem() const { return m_fileProblem; }

private:
    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);
    void remove(const QString& key);
    QString setAside(const QByteArray& entries);

    std::unique_ptr<QSettings> m_settings; // null: the file is not used in this run
    QVariantHash m_memory;                 // the settings of this run when it is not
    QString m_fileProblem;
    bool m_holdEntries = false; // stored entries that could not be set aside stay untouched
};
