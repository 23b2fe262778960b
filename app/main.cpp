#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QHashFunctions>
#include <QIcon>
#include <QTimer>
#include <csignal>
#include <memory>

#include "AppStyle.h"
#include "AppTranslations.h"
#include "AttachmentStore.h"
#include "BundledFonts.h"
#include "CommandLineExport.h"
#include "CommandLineOptions.h"
#include "DialogSeams.h"
#include "DisplayCheck.h"
#include "EventReport.h"
#include "ExitCodes.h"
#include "FileAccess.h"
#include "ObjectionWizard.h"
#include "OnFirstPaint.h"
#include "ProfileFile.h"
#include "QtNotes.h"
#include "QuitOnSignal.h"
#include "RecordStartup.h"
#include "SingleInstance.h"
#include "Terminal.h"
#include "TerminalText.h"
#include "Today.h"

using namespace Qt::StringLiterals;

namespace {
// A second start without an entry: the window comes forward as it is, with
// whatever dialog is open on it; nothing new opens.
void bringForward(ObjectionWizard& wizard)
{
    if (wizard.isMinimized())
        wizard.showNormal();
    QWidget* top = QApplication::activeModalWidget();
    for (QWidget* window : {static_cast<QWidget*>(&wizard), top}) {
        if (window) {
            window->raise();
            window->activateWindow();
        }
    }
    EventReport::say(u"raised"_s);
    EventReport::recordWindowState(&wizard);
}

void showRecordEntry(ObjectionWizard& wizard, const QString& id)
{
    // An entry imported under a new id is found by the one on its reminder.
    // Without a record nothing is looked up: that would create it.
    QString shown = id;
    if (QFileInfo::exists(wizard.records().path()))
        shown = wizard.records().findId(id).value_or(id);
    EventReport::recordWindowShows(&wizard, shown);
    // Queued: the record window runs its own loop until it is closed, and
    // the caller (the socket's answer, the first paint) returns first.
    QMetaObject::invokeMethod(
        &wizard, [&wizard, shown] { wizard.showRecordEntry(shown); }, Qt::QueuedConnection);
}

int runWizard(const CommandLineOptions& options, QApplication& app)
{
    if (options.reportEvents)
        EventReport::enable();
    // One window: a start while the program runs hands its entry to the
    // open window and ends. With a profile a window of its own opens, so
    // that the open one keeps its entries. The start-up benchmark
    // (--quit-after-first-paint) pays what every start pays – the lock and,
    // as first, the server – but never hands its start to another window.
    SingleInstance instance;
    const bool forward = options.profiles.isEmpty() && !options.quitAfterFirstPaint;
    const SingleInstance::Start role = instance.start(options.recordEntry, forward);
    if (role == SingleInstance::Start::Forwarded)
        return ExitDone;
    if (role == SingleInstance::Start::NotForwarded && forward)
        Terminal::print(Terminal::Stream::Error, SingleInstance::noAnswerMessage() + u'\n');
    // The window is the program's face from now on (Windows: the GUI program
    // no longer listens to the console it answered the command line in).
    Terminal::releaseConsole();
    AppStyle::install();
    ObjectionWizard wizard;
    if (!options.profiles.isEmpty()) {
        const ProfileReadResult read = ProfileFile::read(options.profiles.constFirst());
        if (read.request) {
            ObjectionRequest request = *read.request;
            request.options.date = Today::date();
            wizard.setRequest(request);
        } else {
            const QString message = ObjectionWizard::tr("%1 could not be opened as a profile: %2")
                                        .arg(options.profiles.constFirst(), read.error);
            Terminal::print(Terminal::Stream::Error, terminalSafe(message) + u'\n');
            MessageBox::warning(nullptr, QApplication::applicationDisplayName(), message);
        }
    }
    // The icon is not needed to see the first page: QIcon decodes every PNG at
    // once, so it is set right after the page is on screen. Small sizes only;
    // menus and task bars take large ones from the installed icon theme.
    new OnFirstPaint(&wizard, [&wizard] {
        QIcon icon;
        for (int size : {16, 24, 32, 48, 64})
            icon.addFile(u":/icons/ki-widerspruch-%1.png"_s.arg(size), QSize(size, size));
        wizard.setWindowIcon(icon);
    });
    if (options.quitAfterFirstPaint)
        new OnFirstPaint(&wizard, reportFirstPaintAndQuit);
    new QuitOnSignal([&wizard] { wizard.endFromOutside(); }, &wizard);
    wizard.resize(wizard.initialSize());
    wizard.show();
    // Once the first page is on screen, never before: copies of evidence cut
    // off last time (the program ended while it wrote them) leave temporary
    // files, which go; the record is opened and checked (a large record or
    // its first import never delays the window). Then the entry a link or
    // --record-entry asked for.
    new OnFirstPaint(&wizard, [&wizard, &options, &instance, role] {
        // Later starts are answered once the window is on screen (until
        // then they wait and ask again): the server costs the first paint
        // nothing.
        if (role == SingleInstance::Start::First && instance.listen([&wizard](const QString& id) {
                if (id.isEmpty())
                    bringForward(wizard);
                else
                    showRecordEntry(wizard, id);
            }))
            EventReport::say(u"listening"_s);
        EventReport::say(u"window"_s);
        AttachmentStore::removeLeftovers();
        checkRecordAfterStart(&wizard, wizard.records());
        wizard.showCase(); // what is due, when the record holds entries
        if (!options.recordEntry.isEmpty())
            showRecordEntry(wizard, options.recordEntry);
    });
    return app.exec();
}
} // namespace

int main(int argc, char* argv[])
{
    const QStringList arguments =
        CommandLineOptions::withoutQtOptions(Terminal::arguments(argc, argv));
    // Only the wizard needs the desktop. Exports, --help, --version and wrong
    // usage must work on servers without a display, so they run on a headless
    // platform; a first parse (before any translation) tells which.
    const bool exporting = CommandLineOptions::asksForExport(arguments);
    const bool needsWindow = [&arguments, exporting] {
        QCommandLineParser probe;
        CommandLineOptions::describe(probe);
        CommandLineOptions probed;
        return !exporting && probe.parse(arguments) && !probe.isSet(u"help"_s) &&
               !probe.isSet(u"version"_s) && probed.read(probe).isEmpty();
    }();
    // Windows: the window never borrows the console it was started from (a
    // borrowed console given back at the end kept the process alive under
    // Wine after "start ki-widerspruch.exe"); everything else writes to it.
    if (!needsWindow)
        Terminal::setUp();
    FileAccess::guardStandardOutput();
    // The language is needed before the parser's own texts (--help) are made.
    const QString requested = CommandLineOptions::requestedUiLanguage(arguments);
    const QString language =
        AppTranslations::isSupported(requested) ? requested : AppTranslations::systemLanguage();
    if (needsWindow && DisplayCheck::displayMissing(Terminal::arguments(argc, argv))) {
        Terminal::print(Terminal::Stream::Error, DisplayCheck::noDisplayMessage(language) + u'\n');
        return ExitWrongUsage;
    }
    if (!needsWindow)
        DisplayCheck::useHeadlessPlatform();
#ifdef SIGPIPE
    // A reader that stops early (| head) is a write error with a message and
    // exit code 4, not a silent end of the program.
    if (exporting)
        std::signal(SIGPIPE, SIG_IGN);
#endif
    // QPdfWriter lists the fonts in QHash order; Qt seeds QHash randomly per
    // process, which would put the fonts in a different order in every run.
    // A fixed seed makes the same input give the same bytes (reproducible
    // archives), in the wizard as on the command line; the randomness only
    // defends servers against hash flooding.
    QHashSeed::setDeterministicGlobalSeed();
    std::unique_ptr<QGuiApplication> app;
    int exportArgc = 1;
    if (needsWindow)
        app = DisplayCheck::createApplication(argc, argv, DisplayCheck::noDisplayMessage(language));
    else // on the headless platform, whatever Qt option (-platform) was given
        app = DisplayCheck::createHeadlessApplication(exportArgc, argv);
    QtNotes::dropNoise();
    // Windows: the letter font from fonts/ beside the program (Debian: from
    // its package, and there is no such folder).
    BundledFonts::load();
    QGuiApplication::setApplicationName(u"ki-widerspruch"_s);
    QGuiApplication::setApplicationDisplayName(u"KI-Widerspruch"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(KIW_VERSION));
    QGuiApplication::setOrganizationName(u"KI-Widerspruch"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(KIW_APP_ID));

    AppTranslations::install(app.get(), language);

    QCommandLineParser parser;
    CommandLineOptions::describe(parser);
    CommandLineOptions options;
    QString error;
    // Help, version and wrong usage as QCommandLineParser's showHelp() and
    // showVersion() print them, but through Terminal: Qt's would print the
    // ANSI code page on Windows, and end the program from inside.
    if (!parser.parse(arguments)) {
        error = parser.errorText();
    } else if (parser.isSet(u"help"_s)) {
        Terminal::answer(Terminal::Stream::Output, parser.helpText());
        return ExitDone;
    } else if (parser.isSet(u"version"_s)) {
        Terminal::answer(Terminal::Stream::Output, QCoreApplication::applicationName() + u' ' +
                                                       QCoreApplication::applicationVersion() +
                                                       u'\n');
        return ExitDone;
    } else {
        error = options.read(parser);
    }
    auto* widgets = qobject_cast<QApplication*>(app.get());
    if (!error.isEmpty() || (!exporting && !widgets)) {
        Terminal::answer(Terminal::Stream::Error,
                         terminalSafe(error) + u'\n' +
                             CommandLineOptions::tr("See: ki-widerspruch --help") + u'\n');
        return ExitWrongUsage;
    }

    if (exporting)
        return CommandLineExport::run(options);
    return runWizard(options, *widgets);
}
