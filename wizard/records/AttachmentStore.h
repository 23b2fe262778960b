#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

#include "CancelFlag.h"
#include "ObjectionRecord.h"

// What adding a file gave. Exactly one of attachment and error is set; a
// warning may come with an attachment: the file was kept, but something about
// it needs saying (it could not be read as an e-mail, it was already kept).
struct AttachResult
{
    std::optional<Attachment> attachment;
    QString error;          // nothing was written
    QString warning;        // kept all the same
    bool cancelled = false; // the user stopped it (error says so); nothing was written
};

// Keeps evidence files (Meta's confirmation e-mail, screenshots, PDFs) for a
// record entry: each one copied into <folder>/<record id>/, never changed
// afterwards (written atomically, checked by its SHA-256, made read-only), so
// the organisation can show later exactly what it received (Art. 5(2) GDPR).
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    // Screenshots and Meta's mails are far smaller; a larger file is most
    // likely chosen by mistake (a video, a disk image).
    static constexpr qint64 maxSize = 50 * 1024 * 1024;

    // <AppLocalDataLocation>/attachments, beside the record (records.sqlite).
    static QString defaultFolder();

    // Copies the file at sourcePath for the record entry recordId. For an
    // .eml or .msg file the mail fields are filled from MailReader. The same
    // bytes added twice to one entry give the copy already kept, with a warning.
    // The copy may be read by its owner only. Setting cancel (from another
    // thread) stops the work and removes what was written.
    static AttachResult add(const QString& sourcePath, const QString& recordId,
                            const QDateTime& now, const QString& folder = defaultFolder(),
                            const CancelFlag* cancel = nullptr);

    // Deletes the temporary files of copies that were cut off (the program
    // ended or the computer went off while it wrote them) in the record
    // folders; nothing else, and nothing a symbolic link leads to. A file
    // written to in the last hour is left: another running instance of the
    // program may be writing it.
    static void removeLeftovers(const QString& folder = defaultFolder());

    // Empty when the kept copy exists and has its SHA-256, otherwise what is
    // wrong ("… is missing", "… was changed since it was added").
    static QString verify(const Attachment& attachment, const QString& folder = defaultFolder());

    // Deletes every file kept for the record entry (when the entry is deleted).
    // Empty on success or when there is nothing; a message otherwise.
    static QString removeAll(const QString& recordId, const QString& folder = defaultFolder());
};
