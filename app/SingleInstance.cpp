#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include "RecordEntryLink.h"

using namespace Qt::StringLiterals;

namespace {
constexpr char requestHead[] = "KIW-OPEN 1";
constexpr int maxConnections = 8;
// A peer that connects and says nothing (or never ends its line) is dropped.
constexpr int peerTimeoutMs = 2000;
// sockaddr_un holds 108 bytes on Linux, 104 on macOS.
constexpr qsizetype maxSocketPathBytes = 100;

// Private to the user: the runtime folder on Linux and the BSDs (0700,
// XDG_RUNTIME_DIR or one Qt makes in /tmp); elsewhere the user's own
// temporary folder. On Windows the name is a pipe's, not a path.
QString privateFolder()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime;
#endif
    return QDir::tempPath();
}

QString baseName()
{
    // The data folder tells apart users and isolated homes (tests); the
    // user's name also pipes on Windows, which all users share.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray key =
        QCryptographicHash::hash((user + u'\n' + data).toUtf8(), QCryptographicHash::Sha256);
    return u"ki-widerspruch-"_s + QString::fromLatin1(key.toHex().left(16));
}

int remaining(const QDeadlineTimer& deadline)
{
    return int(qMax<qint64>(0, deadline.remainingTime()));
}
} // namespace

SingleInstance::SingleInstance(QObject* parent) : QObject(parent) {}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock: with the lock free, a new start may
    // already listen under the same name, and closing would remove its socket.
    delete m_server;
    m_server = nullptr;
}

QString SingleInstance::serverName()
{
#ifdef Q_OS_WIN
    return baseName();
#else
    const QString path = privateFolder() + u'/' + baseName() + u".socket"_s;
    // Too long for a socket address: a plain name, which Qt puts in /tmp.
    return QFile::encodeName(path).size() <= maxSocketPathBytes ? path : baseName();
#endif
}

QString SingleInstance::lockFilePath()
{
    return privateFolder() + u'/' + baseName() + u".lock"_s;
}

QString SingleInstance::noAnswerMessage()
{
    return tr("KI-Widerspruch is running already but does not answer; a second window opens.");
}

QByteArray SingleInstance::request(const QString& entryId)
{
    QByteArray line(requestHead);
    if (RecordEntryLink::isValidId(entryId))
        line += ' ' + entryId.toLatin1();
    return line + '\n';
}

std::optional<QString> SingleInstance::entryFromRequest(const QByteArray& line)
{
    if (line.size() > maxRequestSize || !line.endsWith('\n'))
        return std::nullopt;
    const QByteArray body = line.chopped(1);
    const QByteArray head(requestHead);
    if (body == head)
        return QString();
    if (!body.startsWith(QByteArray(head + ' ')))
        return std::nullopt;
    // Checked again here: any program of the user may connect.
    const QString id = QString::fromLatin1(body.mid(head.size() + 1));
    if (!RecordEntryLink::isValidId(id))
        return std::nullopt;
    return id;
}

SingleInstance::Start SingleInstance::start(const QString& entryId, bool forward, int timeoutMs)
{
    auto lock = std::make_unique<QLockFile>(lockFilePath());
    // Stale only when its process is gone: a window may stay open for weeks.
    lock->setStaleLockTime(0);
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            return Start::First;
        }
        if (lock->error() != QLockFile::LockFailedError)
            return Start::Unavailable;
        if (!forward)
            return Start::NotForwarded;
        if (const std::optional<QByteArray> answer = ask(entryId, deadline))
            return *answer == "OK\n" ? Start::Forwarded : Start::NotForwarded;
        if (deadline.hasExpired())
            return Start::NotForwarded;
        // The first is still opening its window (it listens only then), or
        // it is just ending and frees the lock: ask again in a moment.
        QThread::msleep(50);
    }
}

std::optional<QByteArray> SingleInstance::ask(const QString& entryId,
                                              const QDeadlineTimer& deadline)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(remaining(deadline)))
        return std::nullopt;
    socket.write(request(entryId));
    socket.waitForBytesWritten(remaining(deadline));
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 16) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(remaining(deadline)))
            break;
        answer += socket.read(16 - answer.size());
    }
    if (answer.isEmpty() && !deadline.hasExpired())
        return std::nullopt; // closed without an answer: it is ending
    return answer;
}

bool SingleInstance::listen(std::function<void(const QString&)> handler)
{
    if (!m_lock || m_server)
        return false;
    m_handler = std::move(handler);
    m_server = new QLocalServer(this);
    // Only this user may connect (a socket of mode 0700; a pipe with the
    // user's rights on Windows).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(maxConnections);
    // What a crashed instance left under the name is not listening (the
    // lock is ours, so no running one is).
    QLocalServer::removeServer(serverName());
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            accept(socket);
    });
    if (m_server->listen(serverName()))
        return true;
    // Later starts would wait for an answer that never comes: they may be
    // the first instead.
    delete m_server;
    m_server = nullptr;
    m_lock.reset();
    return false;
}

void SingleInstance::accept(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (m_connections >= maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    // Read no more than a request can be: a flood stays with its sender.
    socket->setReadBufferSize(maxRequestSize);
    QTimer::singleShot(peerTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() >= maxRequestSize) {
                socket->abort();
                socket->deleteLater();
            }
            return;
        }
        const std::optional<QString> entry = entryFromRequest(socket->readLine(maxRequestSize + 1));
        disconnect(socket, &QLocalSocket::readyRead, this, nullptr); // one request a connection
        socket->write(entry ? "OK\n" : "NO\n");
        socket->disconnectFromServer();
        // After the answer is on its way: the handler may open a window
        // with a loop of its own.
        if (entry)
            QTimer::singleShot(0, this, [this, id = *entry] { m_handler(id); });
    });
}
