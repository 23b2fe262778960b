#include "RecordStore.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopedValueRollback>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include "FileAccess.h"
#include "RecordSchema.h"

// Opening the database, its versions and damage, and the one transaction
// every change runs in. The rows are read and written in RecordRows.cpp, the
// JSON record of earlier versions is imported in RecordImport.cpp.

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> connectionCounter;

// SQLite's primary result codes the messages tell apart.
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26
};

// Empty when the file cannot be read.
QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

bool isDamage(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

// One record shared over the network is not supported: SQLite's locks are
// not reliable there (https://www.sqlite.org/useovernet.html).
QString networkFileSystem(const QString& folder)
{
    if (folder.startsWith(u"//"_s) || folder.startsWith(u"\\\\"_s))
        return u"SMB"_s;
#ifdef Q_OS_WIN
    // A mapped drive reports NTFS; Windows knows it is remote.
    const QString root = QStorageInfo(folder).rootPath();
    if (!root.isEmpty() && GetDriveTypeW(reinterpret_cast<const wchar_t*>(
                               QDir::toNativeSeparators(root).utf16())) == DRIVE_REMOTE)
        return QDir::toNativeSeparators(root);
#endif
    const QString type = QString::fromLatin1(QStorageInfo(folder).fileSystemType()).toLower();
    for (const QString& network : {u"nfs"_s, u"cifs"_s, u"smb"_s, u"9p"_s, u"sshfs"_s, u"davfs"_s,
                                   u"afs"_s, u"ncpfs"_s, u"glusterfs"_s, u"ceph"_s}) {
        if (type.contains(network))
            return type;
    }
    return {};
}
} // namespace

RecordStore::RecordStore(const QString& path, Access access) : m_path(path), m_access(access) {}

RecordStore::~RecordStore()
{
    disconnect();
}

QString RecordStore::defaultPath()
{
    // Windows: the local, not the roaming, profile – a database must not be
    // copied between computers at log-on and log-off.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(u"records.sqlite"_s);
}

QString RecordStore::legacyJsonPath(const QString& databasePath)
{
    // Any spelling of it (on Windows: in any case).
    if (FileAccess::sameFile(databasePath, defaultPath())) {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"records.json"_s);
    }
    return QFileInfo(databasePath).dir().filePath(u"records.json"_s);
}

QString RecordStore::connect(bool readOnly, bool immutable)
{
    disconnect();
    m_connection = u"kiw-record-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    QUrl uri = QUrl::fromLocalFile(m_path);
    uri.setQuery(u"immutable=1"_s);
    db.setDatabaseName(immutable ? uri.toString(QUrl::FullyEncoded) : m_path);
    // A second window writing waits for the first, up to five seconds (the
    // window does not react meanwhile).
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (immutable)
        options += u";QSQLITE_OPEN_URI"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return sqlError(tr("The record of objections could not be opened"), db.lastError());
    QSqlQuery query(db);
    query.exec(u"PRAGMA foreign_keys = ON"_s);
    m_open = true;
    return {};
}

void RecordStore::disconnect()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && !m_readOnly && m_access == Access::ReadWrite) {
            // The WAL folded back into the database: one file to copy or back up.
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_open = false;
}

QString RecordStore::open()
{
    if (m_open)
        return {};
    if (m_opened) // refused for good (not an ordinary file): the same reason
        return m_readOnlyReason;
    m_opened = true;
    m_readOnly = m_access == Access::ReadOnly;
    m_readOnlyReason.clear();
    m_unreadable = false;
    m_notOrdinary = false;
    const QFileInfo info(m_path);
    const FileAccess::Target target = FileAccess::inspect(m_path);
    if (target.kind != FileAccess::Kind::Missing && target.kind != FileAccess::Kind::RegularFile) {
        // Not damaged: nothing is copied, nothing is started in its place.
        m_notOrdinary = true;
        m_readOnly = true;
        const QString what =
            target.kind == FileAccess::Kind::Folder
                ? tr("a folder")
                : (target.kind == FileAccess::Kind::SymbolicLink ? tr("a symbolic link")
                                                                 : tr("a device or a pipe"));
        // Never through a link (README, "Sicherheit und Verlässlichkeit"): the
        // record is written where the program keeps it, or not at all.
        m_readOnlyReason = tr("The record file %1 is not an ordinary file but %2. "
                              "KI-Widerspruch keeps the record only in its own data folder and "
                              "does not use it; please move it away.")
                               .arg(QDir::toNativeSeparators(m_path), what);
        return m_readOnlyReason;
    }
    if (target.kind == FileAccess::Kind::Missing && m_access == Access::ReadOnly) {
        m_opened = false; // created later by the program
        return tr("There is no record of objections yet (%1).")
            .arg(QDir::toNativeSeparators(m_path));
    }
    if (m_access == Access::ReadWrite && !QDir().mkpath(info.absolutePath())) {
        m_opened = false;
        return tr("The folder %1 for the record of objections could not be created; please "
                  "check the folder and try again.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    if (QString error = connect(m_readOnly); !error.isEmpty()) {
        m_opened = false;
        return error;
    }
    m_identity = FileIdentity::of(m_path);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (isDamage(query.lastError()))
            return setDamagedAside();
        const QSqlError firstError = query.lastError();
        query = QSqlQuery(); // the connection is closed below
        // A folder the program may not write to: SQLite cannot make the
        // files a reader shares with writers there. Nobody writes it then,
        // so it is read as it is – only then, never to get past a lock.
        const int code = primaryCode(firstError);
        const bool folderReadOnly =
            (code == SqliteCantOpen || code == SqliteReadOnly || code == SqlitePerm) &&
            !QFileInfo(info.absolutePath()).isWritable();
        if (target.kind == FileAccess::Kind::RegularFile && folderReadOnly &&
            connect(true, true).isEmpty()) {
            QSqlQuery readOnly(QSqlDatabase::database(m_connection));
            if (readOnly.exec(u"PRAGMA user_version"_s) && readOnly.next() &&
                readOnly.value(0).toInt() <= schemaVersion) {
                m_readOnly = true;
                m_readOnlyReason =
                    tr("The record of objections %1 is in a folder KI-Widerspruch may not write "
                       "to. It is shown but not changed; please check the folder's permissions "
                       "to record anything.")
                        .arg(QDir::toNativeSeparators(m_path));
                m_identity = FileIdentity::of(m_path);
                m_dataVersion = -1;
                return m_access == Access::ReadOnly ? QString() : m_readOnlyReason;
            }
        }
        const QString error =
            sqlError(tr("The record of objections could not be read"), firstError);
        disconnect();
        m_opened = false;
        return error;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion) {
        m_readOnly = true;
        m_readOnlyReason =
            tr("The record of objections %1 was written by a newer version of KI-Widerspruch. "
               "It is shown but not changed; please use the newer version to record anything.")
                .arg(QDir::toNativeSeparators(m_path));
        if (QString error = connect(true); !error.isEmpty())
            return error;
    }
    if (!m_readOnly) {
        const QString network = networkFileSystem(info.absolutePath());
        // WAL needs shared memory between the processes, which a network
        // file system does not give; the rollback journal works there.
        query.exec(network.isEmpty() ? u"PRAGMA journal_mode = WAL"_s
                                     : u"PRAGMA journal_mode = DELETE"_s);
        // Another program with the database open in WAL mode keeps it so.
        const QString mode = query.next() ? query.value(0).toString().toLower() : QString();
        query.finish();
        if (!network.isEmpty() && mode != u"delete"_s)
            m_notice = tr("The record of objections is on a network drive, and another program "
                          "has it open; it could not be set up for a network drive.");
        query.exec(u"PRAGMA synchronous = FULL"_s);
        if (!network.isEmpty()) {
            m_notice =
                (m_notice.isEmpty() ? QString() : m_notice + u' ') +
                tr("The record of objections is on a network drive (%1). It is kept there, but "
                   "one record used by several people or computers over a network drive is not "
                   "supported: entries may be lost. Please keep the record on this computer and "
                   "share it by exporting it.")
                    .arg(network);
        }
        if (version == 0) {
            if (QString error = prepareNew(); !error.isEmpty()) {
                disconnect();
                m_opened = false;
                return error;
            }
        }
        if (QString error = importLegacyJson(); !error.isEmpty())
            m_notice = m_notice.isEmpty() ? error : m_notice + u"\n\n"_s + error;
    }
    m_dataVersion = dataVersion(); // the baseline
    return m_readOnlyReason;
}

QString RecordStore::prepareNew()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    // Two windows may create it at once: the second finds it made.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(tr("The record of objections could not be created"), query.lastError());
    query.exec(u"PRAGMA user_version"_s);
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (version == 0) {
        for (const QString& statement : RecordSchema::statements()) {
            if (!query.exec(statement)) {
                const QString error = sqlError(tr("The record of objections could not be created"),
                                               query.lastError());
                query.exec(u"ROLLBACK"_s);
                return error;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion))) {
            const QString error =
                sqlError(tr("The record of objections could not be created"), query.lastError());
            query.exec(u"ROLLBACK"_s);
            return error;
        }
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QString error =
            sqlError(tr("The record of objections could not be created"), query.lastError());
        query.exec(u"ROLLBACK"_s);
        return error;
    }
    return {};
}

QString RecordStore::reopenIfReplaced()
{
    const FileIdentity now = FileIdentity::of(m_path);
    // Gone (another window is starting a new record right now): nothing is
    // made here; the next change or look finds the new one.
    if (now == m_identity || !now.valid)
        return {};
    // Another window started a new record where a damaged one was (or the
    // file was moved): continue with what is at the path now.
    disconnect();
    m_opened = false;
    m_replaced = true;
    m_damagedCopy.clear();
    const QString message = open();
    return m_open ? QString() : message;
}

qint64 RecordStore::dataVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(u"PRAGMA data_version"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

bool RecordStore::changedElsewhere()
{
    if (!m_open)
        return false;
    if (!reopenIfReplaced().isEmpty() || !m_open)
        return false;
    bool changed = std::exchange(m_replaced, false);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"PRAGMA data_version"_s) && isDamage(query.lastError()) && !m_unreadable) {
        setDamagedAside(); // broken from outside: shown as damaged from now on
        return true;
    }
    if (query.isActive() && query.next()) {
        const qint64 version = query.value(0).toLongLong();
        changed = changed || (m_dataVersion != -1 && version != m_dataVersion);
        m_dataVersion = version;
    }
    return changed;
}

QString RecordStore::write(const QString& id, const Work& work)
{
    if (!m_open) {
        const QString error = open();
        if (!m_open)
            return error;
    }
    // Entries that could not be written before go first, in their own
    // transaction (saveUnsaved() calls this again with them).
    if (!m_unsaved.isEmpty() && !m_savingUnsaved) {
        const QScopedValueRollback<bool> saving(m_savingUnsaved, true);
        saveUnsaved();
    }
    // A window that found the record damaged moves to the new one another
    // window started (if one did) instead of refusing.
    if (QString error = reopenIfReplaced(); !error.isEmpty())
        return error;
    if (m_readOnly)
        return m_readOnlyReason;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    // Broken from outside since it was opened: set aside, never written.
    m_lastError = QSqlError();
    const auto damaged = [this, &db, &query] {
        return isDamage(query.lastError()) || isDamage(db.lastError()) || isDamage(m_lastError);
    };
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return damaged() ? setDamagedAside()
                         : sqlError(tr("The change could not be saved"), query.lastError());
    const auto rollBack = [&](const QString& error) {
        const bool broken = damaged();
        query.exec(u"ROLLBACK"_s);
        return broken ? setDamagedAside() : error;
    };
    // Replaced between the look above and the lock: not into the old file.
    if (FileIdentity::of(m_path) != m_identity)
        return rollBack(tr("The record of objections was replaced by another window just now; "
                           "please try again."));
    // A newer version may have taken the database over since it was opened.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return rollBack(sqlError(tr("The change could not be saved"), query.lastError()));
    if (query.value(0).toInt() > schemaVersion) {
        query.finish();
        query.exec(u"ROLLBACK"_s);
        m_readOnly = true;
        m_readOnlyReason =
            tr("The record of objections %1 was changed by a newer version of KI-Widerspruch "
               "since this window opened it. Nothing was saved; please use the newer version.")
                .arg(QDir::toNativeSeparators(m_path));
        return m_readOnlyReason;
    }
    query.finish();
    if (!id.isEmpty()) {
        query.prepare(u"SELECT 1 FROM entries WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return rollBack(sqlError(tr("The change could not be saved"), query.lastError()));
        if (!query.next())
            return rollBack(tr("This entry no longer exists (it was deleted in another window)."));
        query.finish();
    }
    m_writing = true;
    const QString error = work();
    m_writing = false;
    if (!error.isEmpty())
        return rollBack(error);
    if (!query.exec(u"COMMIT"_s))
        return rollBack(sqlError(tr("The change could not be saved"), query.lastError()));
    return {};
}

QString RecordStore::sqlError(const QString& what, const QSqlError& error) const
{
    m_lastError = error; // write() tells damage from other failures by it
    QString reason;
    switch (primaryCode(error)) {
    case SqliteFull:
        reason = tr("the disk is full");
        break;
    case SqliteReadOnly:
        reason = tr("the drive or the file is read-only");
        break;
    case SqlitePerm:
    case SqliteCantOpen:
        reason = tr("access was denied or the folder does not exist");
        break;
    case SqliteBusy:
    case SqliteLocked:
        reason = tr("another KI-Widerspruch window has been writing it for too long; please try "
                    "again");
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        reason = tr("the file is damaged");
        break;
    case SqliteIoErr:
        reason = tr("the drive reported a read or write error");
        break;
    default:
        reason = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
        break;
    }
    return tr("%1 (%2): %3.").arg(what, QDir::toNativeSeparators(m_path), reason);
}

QString RecordStore::check(bool* damaged)
{
    if (damaged)
        *damaged = false;
    if (!m_open) {
        const QString error = open();
        if (damaged)
            *damaged = m_unreadable;
        if (!m_open || m_unreadable)
            return error;
    }
    if (m_unreadable) {
        if (damaged)
            *damaged = true;
        return tr("the file is damaged");
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        if (damaged)
            *damaged = isDamage(query.lastError());
        if (isDamage(query.lastError()))
            return tr("the file is damaged");
        return sqlError(tr("The record of objections could not be checked"), query.lastError());
    }
    QStringList problems;
    while (query.next() && problems.size() < 5) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    if (damaged)
        *damaged = !problems.isEmpty();
    return problems.isEmpty() ? QString() : problems.join(u"; "_s);
}

QString RecordStore::setDamagedAside()
{
    m_unreadable = true;
    m_readOnly = true;
    // Only an ordinary file is copied: a FIFO would block, a link is not ours.
    if (FileAccess::inspect(m_path).kind != FileAccess::Kind::RegularFile)
        return m_readOnlyReason;
    m_damagedIdentity = FileIdentity::of(m_path);
    // Its state is the file and its log together.
    const auto state = [](const QString& file) {
        return QByteArray(sha256Of(file) + sha256Of(file + u"-wal"_s));
    };
    const QFileInfo info(m_path);
    m_damagedCopy.clear();
    // Set aside already (at an earlier start, or by another window): that
    // copy, not one more of the same bytes.
    const QByteArray now = state(m_path);
    for (const QFileInfo& earlier :
         info.dir().entryInfoList({u"records-damaged-*.sqlite"_s}, QDir::Files, QDir::Time)) {
        if (earlier.size() == info.size() && state(earlier.filePath()) == now) {
            m_damagedCopy = earlier.filePath();
            break;
        }
    }
    if (m_damagedCopy.isEmpty()) {
        const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        QString copy = info.dir().filePath(u"records-damaged-%1.sqlite"_s.arg(stamp));
        for (int n = 2; QFileInfo::exists(copy); ++n)
            copy = info.dir().filePath(u"records-damaged-%1-%2.sqlite"_s.arg(stamp).arg(n));
        bool copied = QFile::copy(m_path, copy);
        for (const QString& suffix : {u"-wal"_s, u"-journal"_s}) {
            if (copied && QFileInfo::exists(m_path + suffix))
                copied = QFile::copy(m_path + suffix, copy + suffix);
        }
        if (copied)
            m_damagedCopy = copy;
    }
    m_readOnlyReason =
        m_damagedCopy.isEmpty()
            ? tr("The record of objections %1 is damaged and could not be copied aside. It is "
                 "left as it is and not written; please make a copy of the folder before "
                 "anything else.")
                  .arg(QDir::toNativeSeparators(m_path))
            : tr("The record of objections %1 is damaged. A copy was kept as %2; the file is "
                 "not written. What can still be read is shown; you can export it and then "
                 "start a new record.")
                  .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(m_damagedCopy));
    return m_readOnlyReason;
}

QString RecordStore::startNew()
{
    if (m_notOrdinary)
        return m_readOnlyReason; // not damaged, not ours: never removed
    // One window at a time, and only while the file is still a damaged one.
    QLockFile lock(m_path + u".new-lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return tr("Another KI-Widerspruch window is starting a new record; please try again.");
    const auto reopen = [this] {
        disconnect();
        m_opened = false;
        m_damagedCopy.clear();
        return open();
    };
    if (!QFileInfo::exists(m_path))
        return reopen();
    {
        // Looked at read-only: nothing is written into the damaged file.
        RecordStore probe(m_path, Access::ReadOnly);
        bool damaged = false;
        const QString problem = probe.check(&damaged);
        if (!damaged && problem.isEmpty())
            return reopen(); // sound (another window started it): that one is used
        if (!damaged) {
            return tr("The record of objections could not be checked (%1); nothing was "
                      "changed. Please try again.")
                .arg(problem);
        }
    }
    // A copy of the file as it is now, with its log (the copy made earlier,
    // if nothing changed since).
    setDamagedAside();
    if (m_damagedCopy.isEmpty())
        return m_readOnlyReason; // never removed without a copy
    disconnect();
    // The log and the shared memory first, the file last: a window looking
    // meanwhile finds the old file or none, never a new file with old logs.
    for (const QString& suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s, QString()}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::remove(m_path + suffix)) {
            return tr("The damaged record %1 could not be removed; a copy is kept as %2.")
                .arg(QDir::toNativeSeparators(m_path + suffix),
                     QDir::toNativeSeparators(m_damagedCopy));
        }
    }
    return reopen();
}
