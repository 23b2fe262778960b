#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <functional>

// Runs a function once, right after the watched window has painted for the
// first time. The app uses it to do what the first page does not need (the
// window icon) after the page is on screen; --quit-after-first-paint and the
// bare QWizard of the start-up benchmark use it to stop at the same moment.
class OnFirstPaint : public QObject
{
public:
    OnFirstPaint(QObject* watched, std::function<void()> action)
        : QObject(watched), m_action(std::move(action))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_action) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_action, nullptr));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

// For the start-up benchmark: prints when the first page was on screen, as
// nanoseconds of the steady clock (CLOCK_MONOTONIC on Linux, shared by all
// processes), then quits.
inline void reportFirstPaintAndQuit()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("first-paint %lld\n",
                static_cast<long long>(std::chrono::nanoseconds(now).count()));
    std::fflush(stdout);
    QCoreApplication::quit();
}
