#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QApplication;
class QGuiApplication;

// Whether the wizard can open a window here. Without a display Qt ends the
// program from inside QApplication with its own English message and exit code
// 134; the user gets a sentence in their language instead, with the way to
// write the letter without a window, and exit code 2.
class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)

public:
    // No display for the platform Qt would use (-platform, QT_QPA_PLATFORM or
    // the default), as far as the environment tells.
    static bool displayMissing(const QStringList& arguments);
    // Made before any QCoreApplication exists, in "de" or "en".
    static QString noDisplayMessage(const QString& language);
    // The QApplication; if Qt still finds no display (DISPLAY names one that
    // is not there), prints `message` and ends the program with exit code 2.
    static std::unique_ptr<QApplication> createApplication(int& argc, char** argv,
                                                           const QString& message);
    // Exports, --help and --version run on Qt's offscreen platform; on
    // Windows with Windows' fonts read as Linux reads them (see the .cpp).
    static void useHeadlessPlatform();
    // The application for exports, on the headless platform. Qt's warning that
    // XDG_RUNTIME_DIR is not set (usual for cron jobs and servers) is not
    // passed on: the command line prints only its own messages.
    static std::unique_ptr<QGuiApplication> createHeadlessApplication(int& argc, char** argv);
};
