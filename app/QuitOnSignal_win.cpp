#include "QuitOnSignal.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMutex>
#include <QSessionManager>
#include <memory>
#include <utility>
#include <windows.h>

// QuitOnSignal on Windows (see QuitOnSignal.h).

namespace {
// The console control handler runs on a thread Windows starts for it; what it
// asks for runs on Qt's. Guarded: the wizard may be going at the same time.
QMutex receiverMutex;
QObject* receiver = nullptr;
std::function<void()> endOnQtThread;
// Set once `before` has run; the handler waits for it.
HANDLE entriesSaved = nullptr;
bool ended = false;

// Windows gives a handler 5 seconds for close, log-off and shut-down, then
// ends the process anyway.
constexpr DWORD longestWait = 4500;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    {
        const QMutexLocker lock(&receiverMutex);
        if (receiver == nullptr)
            return FALSE; // Windows' own handler: the program ends at once
        QMetaObject::invokeMethod(receiver, endOnQtThread, Qt::QueuedConnection);
    }
    // Ctrl+C and Ctrl+Break: handled, the program ends in its own time. The
    // console window closed, log-off, shut-down: Windows ends the process as
    // soon as this returns.
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        WaitForSingleObject(entriesSaved, longestWait);
    return TRUE;
}
} // namespace

QuitOnSignal::QuitOnSignal(std::function<void()> before, QObject* parent)
    : QObject(parent), m_before(std::move(before))
{
    entriesSaved = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    ended = false;
    {
        const QMutexLocker lock(&receiverMutex);
        receiver = this;
        endOnQtThread = [this] {
            if (!std::exchange(ended, true))
                m_before();
            SetEvent(entriesSaved);
            QCoreApplication::quit();
        };
    }
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#if QT_CONFIG(sessionmanager)
    // Log-off and shut-down reach the windows, not the console: Qt asks for
    // the data (WM_QUERYENDSESSION), which is not yet the end – another
    // program may still cancel it; when the session does end
    // (WM_ENDSESSION), Qt says aboutToQuit, and Windows ends the process as
    // soon as that returns.
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        auto sessionEnds = std::make_shared<bool>(false);
        connect(gui, &QGuiApplication::commitDataRequest, this,
                [sessionEnds](QSessionManager&) { *sessionEnds = true; });
        connect(gui, &QCoreApplication::aboutToQuit, this, [this, sessionEnds] {
            if (*sessionEnds && !std::exchange(ended, true))
                m_before();
        });
    }
#endif
}

QuitOnSignal::~QuitOnSignal()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    {
        const QMutexLocker lock(&receiverMutex);
        receiver = nullptr;
        endOnQtThread = nullptr;
    }
    // A handler still waiting goes on; the program is ending anyway.
    SetEvent(entriesSaved);
}
