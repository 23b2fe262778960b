#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "AttachmentStore.h"
#include "DialogSeams.h"
#include "HistoryDialog.h"
#include "RecordArchive.h"
#include "Today.h"

// The whole record exported as a folder (archive, another computer), imported
// from one, and a new record started where a damaged one was.

using namespace Qt::StringLiterals;

void HistoryDialog::exportRecord()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("KI-Widerspruch record %1").arg(Today::date().toString(Qt::ISODate)));
    const QString folder = FileDialog::getSaveFileName(
        this, tr("Export the record into a new folder"), suggested, tr("Folder (*)"));
    if (folder.isEmpty())
        return;
    int written = 0;
    QStringList problems;
    const QString error = RecordArchive::write(m_records, folder, AttachmentStore::defaultFolder(),
                                               &written, &problems);
    if (!error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error);
        showStatus(error);
        return;
    }
    if (!problems.isEmpty()) {
        MessageBox::warning(
            this, windowTitle(),
            tr("Everything else was exported, but: %1.").arg(problems.mid(0, 10).join(u"; "_s)));
    }
    showStatus(tr("%n entries exported to %1, with the evidence files and their checksums "
                  "(SHA256SUMS).",
                  nullptr, written)
                   .arg(QDir::toNativeSeparators(folder)));
}

void HistoryDialog::importRecord()
{
    const QString chosen = FileDialog::getOpenFileName(
        this, tr("Import a record"), QString(),
        tr("Exported record or record file (records.json SHA256SUMS *.json)"));
    if (chosen.isEmpty())
        return;
    // Inside an export folder: the folder, so that its checksums are checked.
    QString path = chosen;
    const QFileInfo info(chosen);
    if (QFileInfo::exists(info.dir().filePath(QString::fromLatin1(RecordArchive::checksumFile))))
        path = info.absolutePath();
    const RecordArchive::ReadResult read = RecordArchive::read(path);
    if (!read.error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), read.error + u' ' + tr("Nothing was imported."));
        showStatus(read.error);
        return;
    }
    const RecordStore::ImportPlan plan = m_records.plan(read.records);
    bool keepBoth = false;
    if (!plan.conflicts.isEmpty()) {
        // Neither is lost: without "Yes" the other versions stay in the export.
        keepBoth = MessageBox::question(
            this, windowTitle(),
            tr("%n entries in the import have the id of an entry in your record but other "
               "content. Keep both? The imported entries then get new ids; their old ids (on "
               "notices and reminders) still find them. Answer “No” to leave them out; they stay "
               "in the export.",
               nullptr, int(plan.conflicts.size())));
    }
    int added = 0;
    const QString error = m_records.importRecords(plan, keepBoth, read.attachmentFolder,
                                                  AttachmentStore::defaultFolder(), &added);
    if (!error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error + u' ' + tr("Nothing was imported."));
        showStatus(error);
        return;
    }
    refresh(QString());
    QString status = tr("%n entries imported.", nullptr, added);
    if (!plan.same.isEmpty())
        status += u' ' + tr("%n were in the record already and were skipped.", nullptr,
                            int(plan.same.size()));
    if (!plan.conflicts.isEmpty() && !keepBoth)
        status += u' ' + tr("%n with another entry's id were left out.", nullptr,
                            int(plan.conflicts.size()));
    showStatus(status);
}

void HistoryDialog::startNewRecord()
{
    if (!MessageBox::question(
            this, windowTitle(),
            tr("Start a new, empty record of objections? The damaged one stays as a copy (%1). "
               "Export what can still be read first if you have not done so.")
                .arg(QDir::toNativeSeparators(m_records.damagedCopy()))))
        return;
    const QString error = m_records.startNew();
    if (!error.isEmpty())
        MessageBox::warning(this, windowTitle(), error);
    refresh(QString());
    showStatus(error.isEmpty() ? tr("A new record of objections was started.") : error);
}
