#include "RecordStartup.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include "DialogSeams.h"
#include "RecordStore.h"

namespace {
QString title()
{
    return RecordStore::tr("Record of objections");
}
} // namespace

void checkRecordAfterStart(QWidget* window, RecordStore& records)
{
    const QString path = records.path();
    // Nothing recorded yet and nothing to import: the database is made with
    // the first entry.
    if (!QFileInfo::exists(path) && !QFileInfo::exists(RecordStore::legacyJsonPath(path)))
        return;
    if (const QString message = records.open(); !message.isEmpty())
        MessageBox::warning(window, title(), message);
    if (!records.notice().isEmpty())
        MessageBox::information(window, title(), records.notice());
    if (!records.isOpen() || records.unreadable())
        return;
    // Its own connection in its own thread; the window stays responsive.
    // Only damage the check found counts; a check that could not run (the
    // record busy, a read error) is logged, never called damage.
    struct Result
    {
        QString problem;
        bool damaged = false;
    };
    auto* watcher = new QFutureWatcher<Result>(window);
    QPointer<QWidget> guard(window);
    QObject::connect(
        watcher, &QFutureWatcher<Result>::finished, window, [watcher, guard, &records] {
            const Result result = watcher->result();
            watcher->deleteLater();
            if (result.problem.isEmpty() || !guard)
                return;
            // SQLite's own words (English, technical) go to the log only.
            qWarning("record check: %s", qPrintable(result.problem));
            if (!result.damaged)
                return;
            const QString reason = records.setDamagedAside();
            MessageBox::warning(guard, title(),
                                reason + u' ' +
                                    RecordStore::tr("Open “Record of objections” to export what "
                                                    "can still be read."));
        });
    watcher->setFuture(QtConcurrent::run([path] {
        RecordStore store(path, RecordStore::Access::ReadOnly);
        Result result;
        result.problem = store.check(&result.damaged);
        return result;
    }));
}
