#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

// Ends the program once the watched window has painted. The app's hidden
// --quit-after-first-paint option and the bare QWizard of the start-up
// benchmark (tests/benchmarks) both use it, so they stop at the same moment.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
