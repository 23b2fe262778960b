#include <QDesktopServices>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include "BrowserStart.h"

using namespace Qt::StringLiterals;

// Linux and the BSDs. Qt starts xdg-open detached and calls that success, so
// "no browser" (xdg-open's exit status 3 or 4) was reported as opened. Here a
// shell starts it and waits a moment: a desktop's opener (gio, kde-open)
// returns at once with its status; without a desktop xdg-open runs the
// browser in the foreground, and still running after the wait means it
// started. The shell leaves it running when it returns.
bool BrowserStart::open(const QUrl& url)
{
    const QString xdgOpen = QStandardPaths::findExecutable(u"xdg-open"_s);
    // In a sandbox Qt asks the desktop portal, which does report failures.
    if (xdgOpen.isEmpty() || qEnvironmentVariableIsSet("FLATPAK_ID") ||
        qEnvironmentVariableIsSet("SNAP"))
        return QDesktopServices::openUrl(url);
    const QString waitForIt = uR"sh("$1" "$2" </dev/null >/dev/null 2>&1 &
pid=$!
i=0
while kill -0 "$pid" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -gt 10 ] && exit 0
    sleep 0.1
done
wait "$pid")sh"_s;
    QProcess shell;
    shell.start(u"/bin/sh"_s,
                {u"-c"_s, waitForIt, u"sh"_s, xdgOpen, url.toString(QUrl::FullyEncoded)});
    if (!shell.waitForFinished(5000)) {
        shell.kill();
        shell.waitForFinished(1000);
        return true; // xdg-open is running: the browser is on its way
    }
    return shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
}
