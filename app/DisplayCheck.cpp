#include "DisplayCheck.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "ExitCodes.h"
#include "QtNotes.h"
#include "TerminalText.h"

using namespace Qt::StringLiterals;

namespace {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
// Only the X11 and Wayland desktops are looked for (displayMissing()).
QString optionValue(const QStringList& arguments, const QString& name)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        for (const QString& spelling : {QString(u'-' + name), QString(u"--"_s + name)}) {
            if (argument == spelling && i + 1 < arguments.size())
                return arguments.at(i + 1);
            if (argument.startsWith(spelling + u'='))
                return argument.mid(spelling.size() + 1);
        }
    }
    return {};
}

bool waylandAvailable()
{
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY", u"wayland-0"_s);
    if (QDir::isAbsolutePath(display))
        return QFileInfo::exists(display);
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(display));
}
#endif

QString noDisplay;
QtMessageHandler previousHandler = nullptr;
QList<std::pair<QtMsgType, QString>> heldBack;

// While QApplication is made: Qt's own complaints about the display are held
// back, and its fatal "could not load the platform plugin" becomes ours.
void duringStart(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // Only when the display is what is missing: a plugin that does not exist
    // (-platform foo) keeps Qt's own words.
    const bool displayMissing =
        std::any_of(heldBack.cbegin(), heldBack.cend(), [](const auto& held) {
            return held.second.contains(u"connect to display"_s) ||
                   held.second.contains(u"wl_display"_s);
        });
    if (type == QtFatalMsg && !noDisplay.isEmpty() && displayMissing) {
        std::fputs(qPrintable(terminalSafe(noDisplay) + u'\n'), stderr);
        std::_Exit(ExitWrongUsage);
    }
    if (type == QtFatalMsg) { // what was held back explains the end
        for (const auto& held : std::as_const(heldBack))
            std::fputs(qPrintable(held.second + u'\n'), stderr);
    }
    if (type == QtFatalMsg && previousHandler) {
        previousHandler(type, context, message);
    } else if (type == QtFatalMsg) {
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
        std::abort();
    }
    heldBack << std::pair{type, qFormatLogMessage(type, context, message)};
}

// Passes on what was held back while the application was made, but for
// Qt's notes that say nothing to the user (QtNotes).
void passOnHeldBack()
{
    qInstallMessageHandler(previousHandler);
    for (const auto& [type, text] : std::as_const(heldBack)) {
        if (QtNotes::isNoise(text))
            continue;
        if (previousHandler)
            previousHandler(type, QMessageLogContext(), text);
        else
            std::fputs(qPrintable(text + u'\n'), stderr);
    }
    heldBack.clear();
}
} // namespace

bool DisplayCheck::displayMissing(const QStringList& arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QString platforms = optionValue(arguments, u"platform"_s);
    if (platforms.isEmpty())
        platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platforms.isEmpty())
        platforms = u"wayland;xcb"_s; // what Qt tries on a Linux desktop
    for (const QString& entry : platforms.split(u';', Qt::SkipEmptyParts)) {
        const QString platform = entry.section(u':', 0, 0);
        if (platform == "xcb"_L1 && !qEnvironmentVariableIsEmpty("DISPLAY"))
            return false;
        if (platform.startsWith("wayland"_L1) && waylandAvailable())
            return false;
        if (platform != "xcb"_L1 && !platform.startsWith("wayland"_L1))
            return false; // offscreen, vnc, eglfs, …: no desktop needed, or not ours to judge
    }
    return true;
#else
    Q_UNUSED(arguments)
    return false;
#endif
}

QString DisplayCheck::noDisplayMessage(const QString& language)
{
    static const char* const source = QT_TR_NOOP(
        "No display was found, so the wizard cannot open a window. Start it on a desktop, or "
        "write the letter without a window: ki-widerspruch --profile FILE --pdf LETTER.pdf "
        "(see ki-widerspruch --help).");
    QTranslator translator;
    if (language != "en"_L1 &&
        translator.load(QLocale(language), u"ki-widerspruch"_s, u"_"_s, u":/i18n"_s)) {
        const QString translated = translator.translate("DisplayCheck", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

void DisplayCheck::useHeadlessPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_WIN
    // Qt's offscreen platform reads fonts with FreeType from one folder, as
    // on Linux: Windows' own, for the scripts a name may be written in, and
    // the letter font from fonts/ beside the program (BundledFonts). So the
    // letter is laid out and embedded by the same engine from the same font
    // file as on Debian: the same bytes for the same profile and date.
    // (Windows' native font engine, which the window uses, writes the same
    // text with other font names.) A folder the user set is kept.
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR")) {
        const QString windows = qEnvironmentVariable("SystemRoot", u"C:\\Windows"_s);
        qputenv("QT_QPA_FONTDIR", QFile::encodeName(windows + u"\\Fonts"_s));
    }
#endif
}

std::unique_ptr<QApplication> DisplayCheck::createApplication(int& argc, char** argv,
                                                              const QString& message)
{
    noDisplay = message;
    previousHandler = qInstallMessageHandler(duringStart);
    auto app = std::make_unique<QApplication>(argc, argv);
    passOnHeldBack();
    return app;
}

std::unique_ptr<QGuiApplication> DisplayCheck::createHeadlessApplication(int& argc, char** argv)
{
    previousHandler = qInstallMessageHandler(duringStart);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    passOnHeldBack();
    return app;
}
