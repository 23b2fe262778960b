#include "AttachInWorker.h"

#include <QDir>
#include <QFileInfo>

#include "EvidenceCheck.h"
#include "WorkerProgress.h"

AttachResult AttachInWorker::add(QWidget* parent, const QString& path, const QString& recordId,
                                 const QDateTime& now, const QString& folder)
{
    AttachResult result;
    WorkerProgress::run(parent, tr("Copying %1 as evidence …").arg(QFileInfo(path).fileName()), 0,
                        [&](WorkerProgress::Progress& progress) {
                            result =
                                AttachmentStore::add(path, recordId, now, folder, &progress.cancel);
                        });
    if (result.attachment)
        EvidenceCheck::remember(*result.attachment, {});
    return result;
}
