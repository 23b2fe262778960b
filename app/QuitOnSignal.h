#pragma once

#include <QObject>
#include <functional>

class QSocketNotifier;

// Ends the program in an orderly way on SIGTERM, SIGINT and SIGHUP (logout,
// Ctrl+C in the terminal, a session that goes away), so that what the user
// typed is remembered as on a normal close: the handler only writes to a
// pipe, and the event loop runs `before` and then quits.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    QuitOnSignal(std::function<void()> before, QObject* parent);
    ~QuitOnSignal() override;

private:
    std::function<void()> m_before;
    QSocketNotifier* m_notifier = nullptr;
};
