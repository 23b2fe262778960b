#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real ki-widerspruch program (KIW_BINARY) as a user or a script
// would: no display and no window server (DISPLAY, WAYLAND_DISPLAY and
// QT_QPA_PLATFORM removed), a UTF-8 locale.
namespace ProgramRunner {

struct Result
{
    int exitCode = -1; // -1: crashed or did not finish in time
    QByteArray out;
    QString err;
};

inline QProcessEnvironment environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

inline Result finish(QProcess& process, int timeoutMs)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

inline Result run(const QStringList& arguments, int timeoutMs = 120000,
                  const QProcessEnvironment& env = environment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KIW_BINARY), arguments);
    return finish(process, timeoutMs);
}

// The program in a shell, for what only a shell does: redirect or close its
// standard output. The command follows the program's name, e.g.
// "--profile p.json --text - >&-".
inline Result runInShell(const QString& command, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"), QStringLiteral("exec \"$0\" ") + command,
                   QStringLiteral(KIW_BINARY)});
    return finish(process, timeoutMs);
}

} // namespace ProgramRunner
