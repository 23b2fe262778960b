#include "AppSettings.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <cerrno>

#include "AtomicFileWriter.h"
#include "FileAccess.h"
#include "ProfileFile.h"

using namespace Qt::StringLiterals;

namespace {
const QString rememberKey = u"privacy/rememberEntries"_s;
const QString entriesKey = u"entries/last"_s; // a profile (docs/profile-format.md)
const QString folderKey = u"files/lastFolder"_s;
const QString checklistKey = u"checklist/ticked"_s;
const QString recordEmptyKey = u"record/knownEmpty"_s;
const QString recordWindowSizeKey = u"recordWindow/size"_s;
const QString recordWindowSplitterKey = u"recordWindow/splitter"_s;
const QString recordWindowStepColumnKey = u"recordWindow/nextStepColumn"_s;

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
// The files QSettings reads for this program on Unix: the user's and the
// system's, for the program and for its organisation. (Windows keeps them in
// the registry, macOS in a property list.)
QStringList settingsFiles()
{
    QString organisation = QCoreApplication::organizationName();
    if (organisation.isEmpty())
        organisation = u"Unknown Organization"_s; // as QSettings names it
    const QString application = QCoreApplication::applicationName();
    QStringList folders{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
    const QString system = qEnvironmentVariable("XDG_CONFIG_DIRS", u"/etc/xdg"_s);
    folders << system.split(u':', Qt::SkipEmptyParts);
    QStringList files;
    for (const QString& folder : std::as_const(folders)) {
        files << QDir(folder).filePath(organisation + u'/' + application + u".conf"_s)
              << QDir(folder).filePath(organisation + u".conf"_s);
    }
    return files;
}
#endif
} // namespace

AppSettings::AppSettings()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (const QString& file : settingsFiles()) {
        const FileAccess::Kind kind = FileAccess::inspect(file).kind;
        if (kind == FileAccess::Kind::Missing || kind == FileAccess::Kind::RegularFile)
            continue;
        const FileAccess::ReadResult read = FileAccess::readRegularFile(file, 1);
        if (read.error.isEmpty())
            continue; // a link to a regular file
        m_fileProblem = tr("The settings file %1 cannot be used: %2. KI-Widerspruch does not "
                           "change it and keeps its settings only until it is closed.")
                            .arg(QDir::toNativeSeparators(file), read.error);
        return;
    }
#endif
    m_settings = std::make_unique<QSettings>();
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings ? m_settings->value(key, fallback) : m_memory.value(key, fallback);
}

void AppSettings::setValue(const QString& key, const QVariant& value)
{
    if (m_settings)
        m_settings->setValue(key, value);
    else
        m_memory.insert(key, value);
}

void AppSettings::remove(const QString& key)
{
    if (m_settings)
        m_settings->remove(key);
    else
        m_memory.remove(key);
}

bool AppSettings::rememberEntries() const
{
    // Off until the user turns it on (Art. 25 GDPR). Entries stored by an
    // earlier version, where it was on by default, stay in use until the user
    // decides.
    return value(rememberKey, value(entriesKey).isValid()).toBool();
}

QString AppSettings::location() const
{
    return m_settings ? QDir::toNativeSeparators(m_settings->fileName()) : QString();
}

void AppSettings::setRememberEntries(bool remember)
{
    setValue(rememberKey, remember);
    if (!remember)
        remove(entriesKey);
    if (m_settings)
        m_settings->sync();
}

AppSettings::Remembered AppSettings::lastEntries()
{
    if (!rememberEntries())
        return {};
    const QByteArray json = value(entriesKey).toByteArray();
    if (json.isEmpty())
        return {};
    // The same checks as for a profile the user opens; but these are the
    // user's own entries, so what passes is used and nothing is thrown away.
    const ProfileFile::Salvaged salvaged = ProfileFile::salvage(json);
    if (salvaged.problems.isEmpty())
        return {salvaged.request, {}};
    // Nothing at all could be read: the wizard starts as on a first run.
    const std::optional<ObjectionRequest> usable =
        salvaged.request == ObjectionRequest() ? std::nullopt
                                               : std::optional<ObjectionRequest>(salvaged.request);
    QStringList problems = salvaged.problems.mid(0, 3);
    if (salvaged.problems.size() > 3)
        problems << tr("and %n more", nullptr, int(salvaged.problems.size() - 3));
    const QString why = problems.join(u"; "_s);
    const QString keptIn = setAside(json);
    if (keptIn.isEmpty()) {
        m_holdEntries = true;
        return {usable,
                tr("The entries remembered from the last time could not all be used (%1). What "
                   "could be used is filled in. The stored entries are left as they are; until "
                   "KI-Widerspruch is closed, nothing new is remembered.")
                    .arg(why)};
    }
    return {usable,
            tr("The entries remembered from the last time could not all be used (%1). What could "
               "be used is filled in. The stored entries were kept unchanged as a profile: %2")
                .arg(why, QDir::toNativeSeparators(keptIn))};
}

QString AppSettings::setAside(const QByteArray& entries)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return {};
    const QString stem = QDir(folder).filePath(u"remembered-entries-%1"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    for (int n = 1; n < 100; ++n) {
        const QString path = (n == 1 ? stem : stem + u'-' + QString::number(n)) + u".kiw.json"_s;
        const AtomicFileWriter::NewFile written =
            AtomicFileWriter::createNew(path, [&entries](QIODevice* device) {
                return device->write(entries) == entries.size();
            });
        if (written.nameTaken)
            continue;
        return written.error.isEmpty() ? path : QString();
    }
    return {};
}

void AppSettings::setLastEntries(const ObjectionRequest& request)
{
    if (!rememberEntries() || m_holdEntries)
        return;
    // Unchanged entries are not written again: every write locks and rewrites
    // the settings file, which a start or a page change should not wait for.
    const QByteArray json = ProfileFile::toJson(request);
    if (value(entriesKey).toByteArray() != json)
        setValue(entriesKey, json);
}

QString AppSettings::saveProblem()
{
    if (!m_settings)
        return {};
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    return tr("Your entries could not be saved for the next time: the settings file %1 cannot "
              "be written (%2). They stay until KI-Widerspruch is closed.")
        .arg(QDir::toNativeSeparators(m_settings->fileName()),
             // QSettings says AccessError for a full or read-only drive too.
             FileAccess::writeReason(m_settings->status() == QSettings::AccessError ? EACCES : EIO,
                                     m_settings->fileName()));
}

QStringList AppSettings::checklistTicks() const
{
    return value(checklistKey).toStringList();
}

void AppSettings::setChecklistTicks(const QStringList& ids)
{
    setValue(checklistKey, ids);
}

QString AppSettings::lastFolder() const
{
    return value(folderKey).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    setValue(folderKey, folder);
}

bool AppSettings::recordKnownEmpty() const
{
    return value(recordEmptyKey, false).toBool();
}

void AppSettings::setRecordKnownEmpty(bool empty)
{
    if (recordKnownEmpty() != empty)
        setValue(recordEmptyKey, empty);
}

AppSettings::WindowLayout AppSettings::recordWindow() const
{
    // What a hand-edited file holds may be anything: the caller bounds it.
    return {value(recordWindowSizeKey).toSize(), value(recordWindowSplitterKey).toByteArray(),
            value(recordWindowStepColumnKey).toInt()};
}

void AppSettings::setRecordWindow(const WindowLayout& layout)
{
    setValue(recordWindowSizeKey, layout.size);
    setValue(recordWindowSplitterKey, layout.splitter);
    setValue(recordWindowStepColumnKey, layout.stepColumn);
}

void AppSettings::forgetEverything()
{
    if (m_settings)
        m_settings->clear();
    m_memory.clear();
    m_holdEntries = false;        // the user asked for the stored entries to go
    setValue(rememberKey, false); // the user asked to keep nothing
    if (m_settings)
        m_settings->sync();
}
