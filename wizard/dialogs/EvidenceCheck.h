#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "AttachmentStore.h"

class QWidget;

// Whether the kept copies of evidence are still as they were added (their
// SHA-256), checked in a worker thread with progress (WorkerProgress) when
// the user asks or the documentation is made - not each time an entry is
// shown, which read every file in the window's thread. What was found is
// remembered while the program runs.
class EvidenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCheck)

public:
    struct Result
    {
        QString problem; // empty: unchanged (AttachmentStore::verify)
        QDateTime checkedAt;
    };

    // AttachmentStore::verify for each attachment, in their order; nullopt
    // when the user cancelled (what was checked until then is remembered).
    static std::optional<QStringList> run(QWidget* parent, const QList<Attachment>& attachments,
                                          const QString& folder = AttachmentStore::defaultFolder());

    // The last result for the kept copy, or none when it was not checked yet.
    static std::optional<Result> last(const Attachment& attachment);
    static void remember(const Attachment& attachment, const QString& problem);
};
