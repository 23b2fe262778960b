#pragma once

#include <QSettings>
#include <optional>

#include "ObjectionRequest.h"

// The app's settings, typed, with every key in this one place. Tests switch
// QStandardPaths to test mode, which moves QSettings out of the user's files.
class AppSettings
{
public:
    AppSettings();

    // Whether the wizard keeps the last entries between runs (default: yes).
    bool rememberEntries() const;
    void setRememberEntries(bool remember);

    std::optional<ObjectionRequest> lastEntries() const;
    void setLastEntries(const ObjectionRequest& request);

    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    // Deletes everything the app stored in its settings, remembered entries
    // included (the record of objections is kept; it has its own delete).
    void forgetEverything();

private:
    QSettings m_settings;
};
