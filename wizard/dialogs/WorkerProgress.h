#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

#include "CancelFlag.h"

class QWidget;

// Runs work on files that may take seconds (copying, reading or checking
// evidence) in a worker thread, so that the window goes on drawing. When it
// takes longer than a moment, a modal progress dialog with Cancel appears, as
// QProgressDialog's minimumDuration would show it.
class WorkerProgress
{
    Q_DECLARE_TR_FUNCTIONS(WorkerProgress)

public:
    // Shared by the window's thread and the worker.
    struct Progress
    {
        CancelFlag cancel{false}; // set by Cancel; the work looks at it
        std::atomic<int> done{0}; // steps done, set by the work
    };

    // The moment after which the dialog appears.
    static constexpr int delayMs = 300;

    // Runs work(progress) in a worker thread and returns once it has ended.
    // The dialog shows label and, when steps > 0, how many of them are done.
    // Returns whether the user cancelled.
    static bool run(QWidget* parent, const QString& label, int steps,
                    const std::function<void(Progress&)>& work);
};
