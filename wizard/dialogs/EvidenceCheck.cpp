#include "EvidenceCheck.h"

#include <QHash>

#include "WorkerProgress.h"

using namespace Qt::StringLiterals;

namespace {
// Used in the window's thread only. The same stored name with another
// checksum is another file (a record entry edited by hand).
QHash<QString, EvidenceCheck::Result>& results()
{
    static QHash<QString, EvidenceCheck::Result> known;
    return known;
}

QString key(const Attachment& attachment)
{
    return attachment.storedName + u'\n' + attachment.sha256;
}
} // namespace

std::optional<QStringList> EvidenceCheck::run(QWidget* parent, const QList<Attachment>& attachments,
                                              const QString& folder)
{
    QStringList problems(attachments.size());
    qsizetype checked = 0; // written by the worker, read once it has ended
    const bool cancelled = WorkerProgress::run(
        parent, tr("Checking the files kept as evidence …"), int(attachments.size()),
        [&](WorkerProgress::Progress& progress) {
            for (; checked < attachments.size() && !isCancelled(&progress.cancel); ++checked) {
                problems[checked] = AttachmentStore::verify(attachments.at(checked), folder);
                progress.done.store(int(checked + 1));
            }
        });
    for (qsizetype i = 0; i < checked; ++i)
        remember(attachments.at(i), problems.at(i));
    if (cancelled && checked < attachments.size())
        return std::nullopt;
    return problems;
}

std::optional<EvidenceCheck::Result> EvidenceCheck::last(const Attachment& attachment)
{
    const auto found = results().constFind(key(attachment));
    if (found == results().cend())
        return std::nullopt;
    return *found;
}

void EvidenceCheck::remember(const Attachment& attachment, const QString& problem)
{
    results().insert(key(attachment), {problem, QDateTime::currentDateTime()});
}
