#pragma once

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>

// The desktop database of a test's own home (IsolatedHome): a desktop file as
// installed, but starting the program just built, made the default handler of
// ki-widerspruch:// links – so that xdg-open opens a calendar reminder's link
// as the desktop would. Linux only; tests skip it without xdg-utils.
namespace DesktopDatabase {

// Writes the desktop file and mimeapps.list; false if a file could not be written.
inline bool installLinkHandler(const QString& desktopName, const QByteArray& binary)
{
    const QString data = qEnvironmentVariable("XDG_DATA_HOME");
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (data.isEmpty() || config.isEmpty() ||
        !QDir().mkpath(data + QStringLiteral("/applications")))
        return false;
    QFile desktop(data + QStringLiteral("/applications/") + desktopName);
    QFile mimeapps(config + QStringLiteral("/mimeapps.list"));
    if (!desktop.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !mimeapps.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    desktop.write("[Desktop Entry]\nType=Application\nName=KI-Widerspruch (test)\nExec=" + binary +
                  " -- %u\nMimeType=x-scheme-handler/ki-widerspruch;\nNoDisplay=true\n");
    mimeapps.write(
        "[Default Applications]\nx-scheme-handler/ki-widerspruch=" + desktopName.toUtf8() + "\n");
    return desktop.flush() && mimeapps.flush();
}

// No desktop environment (xdg-open's generic way, the same on every
// machine) and no system folders (systemData: an empty folder), so that only
// the test's desktop file counts. xdg-open hands links to handlers only in a
// graphical session: DISPLAY is set, though the program stays offscreen.
inline QProcessEnvironment withoutDesktop(QProcessEnvironment environment,
                                          const QString& systemData)
{
    for (const char* variable :
         {"XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
          "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "MATE_DESKTOP_SESSION_ID", "BROWSER",
          "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), systemData);
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":9999"));
    return environment;
}

} // namespace DesktopDatabase
