#include "AppSettings.h"

#include "ProfileFile.h"

using namespace Qt::StringLiterals;

namespace {
const QString rememberKey = u"privacy/rememberEntries"_s;
const QString entriesKey = u"entries/last"_s; // a profile (docs/profile-format.md)
const QString folderKey = u"files/lastFolder"_s;
} // namespace

AppSettings::AppSettings() = default;

bool AppSettings::rememberEntries() const
{
    return m_settings.value(rememberKey, true).toBool();
}

void AppSettings::setRememberEntries(bool remember)
{
    m_settings.setValue(rememberKey, remember);
    if (!remember)
        m_settings.remove(entriesKey);
    m_settings.sync();
}

std::optional<ObjectionRequest> AppSettings::lastEntries() const
{
    if (!rememberEntries())
        return std::nullopt;
    const QByteArray json = m_settings.value(entriesKey).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    // The same checks as for a profile the user opens: a damaged entry is
    // simply not used.
    return ProfileFile::fromJson(json).request;
}

void AppSettings::setLastEntries(const ObjectionRequest& request)
{
    if (!rememberEntries())
        return;
    // Unchanged entries are not written again: every write locks and rewrites
    // the settings file, which a start or a page change should not wait for.
    const QByteArray json = ProfileFile::toJson(request);
    if (m_settings.value(entriesKey).toByteArray() != json)
        m_settings.setValue(entriesKey, json);
}

QString AppSettings::lastFolder() const
{
    return m_settings.value(folderKey).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    m_settings.setValue(folderKey, folder);
}

void AppSettings::forgetEverything()
{
    m_settings.clear();
    m_settings.setValue(rememberKey, false); // the user asked to keep nothing
    m_settings.sync();
}
