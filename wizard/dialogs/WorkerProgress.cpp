#include "WorkerProgress.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

bool WorkerProgress::run(QWidget* parent, const QString& label, int steps,
                         const std::function<void(Progress&)>& work)
{
    Progress progress;
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&work, &progress] { work(progress); }));

    // Most files are done within the moment, and no dialog flickers. Clicks
    // and keys wait meanwhile, as they would if the work ran in this thread;
    // the window is still drawn.
    QTimer::singleShot(delayMs, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!watcher.isFinished()) {
        QProgressDialog dialog(label, tr("Cancel"), 0, std::max(steps, 0), parent);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(0);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        // Cancel hides the dialog: the work is then waited for without
        // taking input, which is quick, since it looks at the flag often.
        QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&progress, &loop] {
            progress.cancel.store(true);
            loop.quit();
        });
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &dialog,
                         [&dialog, &progress] { dialog.setValue(progress.done.load()); });
        if (steps > 0)
            ticker.start(100);
        dialog.show();
        loop.exec();
    }
    watcher.waitForFinished();
    return progress.cancel.load();
}
