#pragma once

#include <QObject>
#include <functional>

class QSocketNotifier;

// Ends the program in an orderly way when it is told to from outside, so that
// what the user typed is remembered as on a normal close: `before` runs on
// the program's own thread, then the event loop quits. Per platform:
// - QuitOnSignal_posix.cpp: SIGTERM, SIGINT and SIGHUP (logout, Ctrl+C in the
//   terminal, a session that goes away); the handler only writes to a pipe.
// - QuitOnSignal_win.cpp: Ctrl+C, Ctrl+Break, the console window closed, log-off
//   and shut-down, for ki-widerspruch-cli.exe in its console (a console
//   control handler, which runs on a thread of its own: it hands over and, where
//   Windows ends the process as soon as it returns, waits); and the end of the
//   session as the windows hear it (WM_QUERYENDSESSION, WM_ENDSESSION), where
//   only `before` runs – Windows ends the process right after.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    QuitOnSignal(std::function<void()> before, QObject* parent);
    ~QuitOnSignal() override;

private:
    std::function<void()> m_before;
    QSocketNotifier* m_notifier = nullptr; // POSIX: the pipe the handler writes to
};
