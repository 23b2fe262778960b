#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "AttachmentStore.h"
#include "ObjectionRecord.h"

class RecordStore;

// The whole record as files, to archive it or move it to another computer
// (docs/record-format.md): a folder with records.json (the JSON record,
// written as a stream, so without a size ceiling), attachments/<id>/… (the
// evidence files) and SHA256SUMS (as sha256sum writes and checks it).
class RecordArchive
{
    Q_DECLARE_TR_FUNCTIONS(RecordArchive)

public:
    static constexpr const char* recordsFile = "records.json";
    static constexpr const char* checksumFile = "SHA256SUMS";

    // Writes the archive into folder, which must not exist or be empty.
    // Returns an empty string on success, otherwise a message for the user.
    // problems: evidence files missing or changed since they were kept (the
    // rest is exported all the same).
    static QString write(RecordStore& store, const QString& folder,
                         const QString& attachmentFolder = AttachmentStore::defaultFolder(),
                         int* written = nullptr, QStringList* problems = nullptr);

    struct ReadResult
    {
        QList<ObjectionRecord> records;
        QString attachmentFolder; // what the stored names are relative to
        QString error;            // every problem named, nothing read then
    };
    // An archive folder (every file checked against SHA256SUMS) or a record
    // JSON file of format 1 to 3 (its evidence in "attachments" beside it).
    static ReadResult read(const QString& path);
};
