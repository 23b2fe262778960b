#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QDeadlineTimer;
class QLocalServer;
class QLocalSocket;
class QLockFile;

// One program, one window: a second start (from the menu, a calendar
// reminder's link, --record-entry) hands its request to the window that is
// open, over a local socket (a Unix domain socket in the user's private
// runtime folder; a named pipe on Windows), and ends. Per user and per data
// folder, so that two users, or tests with folders of their own, never meet.
//
// Who is the first is decided by a lock file beside the socket (QLockFile: a
// lock left by a crashed instance is taken over), not by the socket alone:
// on Windows two servers may listen on one pipe name, and a socket file left
// by a crashed instance would make everyone think the name is taken.
// Exports and the other command-line modes never take part.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Start
    {
        First,        // no other instance: this one opens the window and listens
        Forwarded,    // the running instance took the request: end this one
        NotForwarded, // one runs, but was not asked or did not answer in time
        Unavailable   // no lock could be made (e.g. no such folder): on its own
    };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Before the window exists. With forward, hands an instance that runs
    // already the entry id (empty: only bring the window forward); waits at
    // most `timeoutMs`, so a hung instance never blocks a start.
    Start start(const QString& entryId, bool forward, int timeoutMs = defaultTimeoutMs);
    // Once the window exists (only after start() gave First): later starts
    // reach `handler` with an id checked again here (empty: plain start).
    bool listen(std::function<void(const QString&)> handler);

    // A message for standard error when a request was not taken in time.
    static QString noAnswerMessage();

    // Where the socket and the lock are; for the tests (a stale socket).
    static QString serverName();
    static QString lockFilePath();
    // What a second start sends: "KIW-OPEN 1" and the id, one line.
    static QByteArray request(const QString& entryId);
    // The id from such a line (empty for a plain start), or nothing when the
    // line is not exactly that with a valid id.
    static std::optional<QString> entryFromRequest(const QByteArray& line);

    static constexpr int defaultTimeoutMs = 3000;
    // A request is at most this long; a peer that sends more is dropped.
    static constexpr qsizetype maxRequestSize = 128;

private:
    void accept(QLocalSocket* socket);
    // The running instance's answer; nothing when it could not be reached
    // or went away without one (then it is asked again, or replaced).
    static std::optional<QByteArray> ask(const QString& entryId, const QDeadlineTimer& deadline);

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    std::function<void(const QString&)> m_handler;
    int m_connections = 0;
};
