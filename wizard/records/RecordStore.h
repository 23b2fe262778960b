#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

#include "ObjectionRecord.h"

// The record of objections: one JSON file in the user's application-data
// folder, written atomically after every change. If the file cannot be read,
// it is kept as it is and set aside (renamed) before anything new is written.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    // 3: each entry keeps what was sent (sender, signatory, options, named
    // persons) and an online form's reference (issue 25).
    static constexpr int formatVersion = 3;
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    explicit RecordStore(const QString& path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Each returns an empty string on success, otherwise a message for the user.
    // After a failed save the change is still held here, so nothing typed is
    // lost and the next save writes it.
    QString load();
    // Loads on first use only (not at start-up); later calls return nothing.
    QString loadOnce();
    QString add(const ObjectionRecord& record);
    // Taken by value: a caller may pass an entry of records(), which a change
    // replaces with what is on disk.
    QString update(ObjectionRecord record);
    QString remove(QString id);

    const QList<ObjectionRecord>& records() const { return m_records; }
    // The file could not be read: records() shows only what was added since,
    // so it says nothing about what was recorded before.
    bool unreadable() const { return m_unreadableFileKept; }
    // A change is held here that could not be written (shown, not on disk).
    bool hasUnsavedChange() const { return !m_pending.isEmpty(); }

    static QByteArray toJson(const QList<ObjectionRecord>& records);
    // Records, or an error naming the problem.
    static std::pair<QList<ObjectionRecord>, QString> fromJson(const QByteArray& json);

private:
    // One change to the list; returns false when it changed nothing.
    using Change = std::function<bool(QList<ObjectionRecord>&)>;
    // Applies a change under the file lock to the records as they are on disk
    // now, after the changes held here that could not be written yet.
    QString change(const Change& apply);
    QString save();

    QString m_path;
    QList<ObjectionRecord> m_records;
    bool m_unreadableFileKept = false;
    bool m_loaded = false;
    // Changes shown here but not on disk yet (the file was locked by another
    // window too long, or could not be written), in order. They are made again
    // on what is on disk at the next change: another window's entries written
    // in between are kept, not overwritten with this window's older view.
    QList<Change> m_pending;
};
