#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "AttachmentStore.h"

class QWidget;

// AttachmentStore::add in a worker thread (WorkerProgress): a 50 MB file, a
// large mail or a slow drive no longer freeze the window, and the user can
// stop the copy.
class AttachInWorker
{
    Q_DECLARE_TR_FUNCTIONS(AttachInWorker)

public:
    // As AttachmentStore::add; after Cancel the result has cancelled set and
    // nothing is kept. A copy kept counts as checked (EvidenceCheck), since
    // add() has read it back.
    static AttachResult add(QWidget* parent, const QString& path, const QString& recordId,
                            const QDateTime& now,
                            const QString& folder = AttachmentStore::defaultFolder());
};
