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
    auto* watcher = new QFutureWatcher<QString>(window);
    QPointer<QWidget> guard(window);
    QObject::connect(
        watcher, &QFutureWatcher<QString>::finished, window, [watcher, guard, &records] {
            const QString problem = watcher->result();
            watcher->deleteLater();
            if (problem.isEmpty() || !guard)
                return;
            const QString reason = records.setDamagedAside();
            // SQLite's own words (English, technical) go to the log only.
            qWarning("record check: %s", qPrintable(problem));
            MessageBox::warning(guard, title(),
                                reason + u' ' +
                                    RecordStore::tr("Open “Record of objections” to export what "
                                                    "can still be read."));
        });
    watcher->setFuture(QtConcurrent::run([path] {
        RecordStore store(path, RecordStore::Access::ReadOnly);
        return store.check();
    }));
}
