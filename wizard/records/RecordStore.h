#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QString>
#include <optional>

#include "FileIdentity.h"
#include "ObjectionRecord.h"

// The record of objections: an SQLite database (Qt SQL's QSQLITE driver) in
// the application's local data folder (docs/record-format.md). Every user
// action is one transaction that changes only what it means – attaching a
// file inserts a row, a confirmation updates that account's confirmation – so
// two windows, or the wizard and the command line, never undo each other's
// changes. A database written by a newer version is opened read-only; a
// damaged one is copied aside and never written over.
//
// One store per window and thread: each has its own connection.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    // The schema (PRAGMA user_version). 1: issue 26.
    static constexpr int schemaVersion = 1;
    // The JSON record (export, import, and the file of versions before the
    // database): written as version 3, versions 1 to 3 read.
    static constexpr int formatVersion = 3;
    // The JSON stub left where records.json was: older versions refuse it as
    // "written by a newer version" instead of starting an empty record.
    static constexpr int movedFormatVersion = 4;

    enum class Access
    {
        ReadWrite,
        ReadOnly // --follow-ups, a newer database: never written
    };

    explicit RecordStore(const QString& path = defaultPath(), Access access = Access::ReadWrite);
    ~RecordStore();
    RecordStore(const RecordStore&) = delete;
    RecordStore& operator=(const RecordStore&) = delete;

    // records.sqlite in the local application-data folder.
    static QString defaultPath();
    // The JSON record of versions before the database, beside it.
    static QString legacyJsonPath(const QString& databasePath);
    QString path() const { return m_path; }

    // Opens the database, creating it (and importing records.json once) if
    // needed. Returns what the user must know: empty when all is well. Later
    // calls return nothing unless the first failed.
    QString open();
    bool isOpen() const { return m_open; }
    // Written by a newer version, damaged, on a network drive: read-only.
    bool readOnly() const { return m_readOnly; }
    // Why the record cannot be written (empty when it can).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The database could not be read (damaged): nothing it shows is complete.
    bool unreadable() const { return m_unreadable; }
    // Why what is shown may be incomplete: not an ordinary file, or a read
    // that failed (empty when every read worked).
    QString readError() const { return m_notOrdinary ? m_readOnlyReason : m_readError; }
    // Where a damaged database was copied (empty otherwise).
    QString damagedCopy() const { return m_damagedCopy; }
    // A message to show once, e.g. that the JSON record was imported, or that
    // a network drive is not supported for a shared record (empty if none).
    QString notice() const { return m_notice; }

    // Reading. Entries come whole (with what was sent and the attachments).
    QList<ObjectionRecord> all();
    QList<ObjectionRecord> entriesOf(const QString& organisation);
    // The entries of every organisation whose name is the typed one as a
    // person reads it ("Blau-Weiss" for "Blau-Weiß", "e. V." for "e.V."; see
    // OrganisationNames).
    QList<ObjectionRecord> entriesMatching(const QString& organisation);
    std::optional<ObjectionRecord> entry(const QString& id);
    // Organisations with how many entries each, by name.
    struct Organisation
    {
        QString name;
        int entries = 0;
    };
    QList<Organisation> organisations();
    int count();
    // Ids of entries whose organisation, account names and addresses, id (or
    // an id it had in an imported archive) or Meta's references contain text,
    // at most limit, newest first.
    struct SearchHit
    {
        QString id;
        QString organisation;
    };
    QList<SearchHit> search(const QString& text, int limit = 1000);
    // The entry whose id, former id or case number is text (a reminder or a
    // notice names them).
    std::optional<QString> findId(const QString& text);

    // Changes: each returns an empty string on success, otherwise a message
    // for the user; nothing is changed then.
    // Sets id and recordedAt when empty; refuses an id that exists. An entry
    // that cannot be written (a full disk, a lock held too long) is kept here
    // and written before the next change, or by saveUnsaved().
    QString add(ObjectionRecord& record);
    QString add(ObjectionRecord&& record) { return add(record); }
    QString confirm(const QString& id, const QStringList& accountKeys,
                    const MetaConfirmation& confirmation);
    QString addAttachment(const QString& id, const Attachment& attachment);
    QString setFollowUpSent(const QString& id, const QDate& date);
    QString setAuthorityInformed(const QString& id, const QDate& date, const QString& authority);
    // An invalid date opens the entry again.
    QString setClosed(const QString& id, const QDate& date);
    QString remove(const QString& id);

    // Importing entries (the JSON record of earlier versions, an exported
    // record): an entry already here with the same content is skipped, one
    // with the same id and other content is a conflict the user decides.
    struct ImportPlan
    {
        QList<ObjectionRecord> fresh;
        QStringList same;
        QList<ObjectionRecord> conflicts;
        // Another entry of the same file had its id (older files allowed
        // it): always kept, under a new id.
        QList<ObjectionRecord> twiceInFile;
    };
    ImportPlan plan(const QList<ObjectionRecord>& records);
    // Adds plan.fresh, plan.twiceInFile and, with keepConflicts, each
    // conflict, the last two under a new id that the old one still finds; one
    // transaction, checked (count and ids) before it is committed. Evidence
    // is copied from sourceFolder (what the stored names are relative to)
    // into attachmentFolder, unless filesInPlace (the record of an earlier
    // version, whose files are there already).
    QString importRecords(const ImportPlan& plan, bool keepConflicts, const QString& sourceFolder,
                          const QString& attachmentFolder, int* added = nullptr,
                          bool filesInPlace = false);

    // Entries recorded in this window that are not on disk yet.
    bool hasUnsaved() const { return !m_unsaved.isEmpty(); }
    QString saveUnsaved();

    // True once after another window or program changed the database
    // (PRAGMA data_version), and after the database was replaced.
    bool changedElsewhere();

    // PRAGMA quick_check; an empty string when the database is sound. May
    // take seconds on a large database: run it in a worker (its own store).
    // damaged: set when the check found damage (not when it could not run).
    QString check(bool* damaged = nullptr);
    // After check() found damage (or open() could not read the file): copies
    // it aside (with its WAL) under a dated name if that was not done yet.
    QString setDamagedAside();
    // Starts a new, empty database where the damaged one was – only when the
    // user confirmed, and only if the file there is still damaged (another
    // window may have started a new one already: then that one is used).
    QString startNew();

    // The JSON record (RecordFile.cpp).
    static QByteArray toJson(const QList<ObjectionRecord>& records);
    static QByteArray recordJson(const ObjectionRecord& record);
    // Records, or an error naming the problem and its field.
    static std::pair<QList<ObjectionRecord>, QString> fromJson(const QByteArray& json);

private:
    using Work = std::function<QString()>;
    QString write(const QString& id, const Work& work);
    // One statement as one change (write()); what: the message if it fails.
    QString execute(const QString& id, const QString& sql, const QVariantList& values,
                    const QString& what);
    QString connect(bool readOnly, bool immutable = false);
    void disconnect();
    QString prepareNew();
    QString importLegacyJson();
    QString reopenIfReplaced();
    qint64 dataVersion();
    QString sqlError(const QString& what, const QSqlError& error) const;
    QList<ObjectionRecord> load(const QString& where, const QVariantList& values);
    QString insert(const ObjectionRecord& record);

    QString m_path;
    QString m_connection;
    Access m_access;
    bool m_open = false;
    bool m_opened = false; // open() was called and succeeded or said why not
    bool m_readOnly = false;
    bool m_unreadable = false;
    QString m_readOnlyReason;
    QString m_damagedCopy;
    QString m_notice;
    FileIdentity m_identity;
    qint64 m_dataVersion = -1;
    bool m_replaced = false;
    bool m_notOrdinary = false; // a folder, link or device: not used, not touched
    FileIdentity m_damagedIdentity;
    mutable QSqlError m_lastError;
    QString m_readError;
    bool m_duplicate = false; // insert() found the id taken
    bool m_writing = false;   // inside write()'s transaction: reads join it
    QList<ObjectionRecord> m_unsaved;
    bool m_savingUnsaved = false;
};
