#include "CommandLineOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include "FileAccess.h"
#include "RecordEntryLink.h"

using namespace Qt::StringLiterals;

namespace {
// The arguments up to "--": after it come only links (Exec=… -- %u).
QStringList optionsPart(const QStringList& arguments)
{
    const qsizetype end = arguments.indexOf(u"--"_s);
    return end < 0 ? arguments : arguments.first(end);
}

// The value of --name VALUE or --name=VALUE in raw arguments.
QString rawValue(const QStringList& all, const QString& name)
{
    const QStringList arguments = optionsPart(all);
    QString value;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == name && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(name + u'='))
            value = arguments.at(i).mid(name.size() + 1);
    }
    return value;
}
} // namespace

void CommandLineOptions::describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Object to Meta's AI training as an organisation.\n\n"
           "Without options the wizard starts. With --pdf, --text or --out-dir the letter is "
           "written without any window, also on servers without a display.\n"
           "Exit codes: 0 done, 2 wrong usage, 3 a profile or the record could not be read or a "
           "profile lacks what the letter needs, 4 a file could not be written."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"profile"_s, tr("Profile to use (docs/profile-format.md). Several for --out-dir."),
         tr("file")},
        {u"pdf"_s, tr("Write the letter as PDF to this file, without a window."), tr("file")},
        {u"text"_s,
         tr("Write the text for Meta's online form to this file (\"-\" for the "
            "standard output)."),
         tr("file")},
        {u"out-dir"_s, tr("Write one PDF and one text file per profile into this folder."),
         tr("folder")},
        {u"letter-lang"_s, tr("Language of the letter: de or en (default: as in the profile)."),
         tr("language")},
        {u"date"_s,
         tr("Date of the letter, YYYY-MM-DD (default: today). The same profile and "
            "date give byte-for-byte the same files."),
         tr("date")},
        {u"follow-ups"_s,
         tr("Instead of the objection, write the follow-up letter to Meta for each entry of the "
            "profile's organisation in the record without an answer after a month (as of "
            "--date).")},
        {u"record"_s,
         tr("Record for --follow-ups: an exported folder or a record file of format 1 to 3 "
            "(docs/record-format.md), by default the program's own database. Only read."),
         tr("path")},
        {u"record-entry"_s,
         tr("Open the record of objections at this entry (the id a calendar reminder names). If "
            "the program is running already, its open window shows it instead of a second one."),
         tr("id")},
        {u"lang"_s, tr("Language of the program and its messages: de or en."), tr("language")},
    });
    parser.addPositionalArgument(
        u"link"_s,
        tr("A link ki-widerspruch://record/ID, as a calendar reminder carries it: the same as "
           "--record-entry ID."),
        u"[link]"_s);
    QCommandLineOption benchmark(u"quit-after-first-paint"_s);
    benchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmark);
    QCommandLineOption report(u"report-events"_s);
    report.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(report);
}

QString CommandLineOptions::read(const QCommandLineParser& parser)
{
    profiles = parser.values(u"profile"_s);
    pdfPath = parser.value(u"pdf"_s);
    textPath = parser.value(u"text"_s);
    outDir = parser.value(u"out-dir"_s);
    followUps = parser.isSet(u"follow-ups"_s);
    recordPath = parser.value(u"record"_s);
    quitAfterFirstPaint = parser.isSet(u"quit-after-first-paint"_s);
    reportEvents = parser.isSet(u"report-events"_s);
    // Any web page can open a link: it is checked before anything is done
    // with it, and only a right one is kept.
    const QString entryProblem = readRecordEntry(parser);
    if (!entryProblem.isEmpty())
        return entryProblem;
    // "--pdf ''" in a script whose variable was empty: said, not taken as "no --pdf".
    for (const QString& name : {u"profile"_s, u"pdf"_s, u"text"_s, u"out-dir"_s, u"letter-lang"_s,
                                u"date"_s, u"lang"_s, u"record"_s}) {
        const QStringList values = parser.values(name);
        if (std::any_of(values.cbegin(), values.cend(),
                        [](const QString& value) { return value.isEmpty(); }))
            return tr("--%1 was given an empty value.").arg(name);
    }
    const QString uiLanguage = parser.value(u"lang"_s);
    if (parser.isSet(u"lang"_s) && uiLanguage != "de"_L1 && uiLanguage != "en"_L1)
        return tr("Unknown language “%1”: use --lang de or --lang en.").arg(uiLanguage);
    letterLanguage = parser.value(u"letter-lang"_s);
    if (parser.isSet(u"letter-lang"_s) && letterLanguage != "de"_L1 && letterLanguage != "en"_L1) {
        return tr("Unknown letter language “%1”: use --letter-lang de or --letter-lang en.")
            .arg(letterLanguage);
    }
    if (parser.isSet(u"date"_s)) {
        const QString typed = parser.value(u"date"_s);
        date = QDate::fromString(typed, u"yyyy-MM-dd"_s);
        // Written right, but no such day (2026-02-29, 2026-04-31, 2026-13-01).
        static const QRegularExpression shape(u"^2\\d\\d\\d-\\d\\d-\\d\\d$"_s);
        if (!date.isValid() && shape.match(typed).hasMatch()) {
            return tr("There is no day “%1” in the calendar: check the month and the day "
                      "(--date YYYY-MM-DD).")
                .arg(typed);
        }
        if (!date.isValid() || date.year() < 2000 || date.year() > 2999) {
            return tr("“%1” is not a date between 2000 and 2999: use --date YYYY-MM-DD, e.g. "
                      "--date 2026-11-29.")
                .arg(parser.value(u"date"_s));
        }
    }
    if (!outDir.isEmpty() && (!pdfPath.isEmpty() || !textPath.isEmpty()))
        return tr("--out-dir writes its own files; use it without --pdf and --text.");
    if (followUps && outDir.isEmpty())
        return tr("--follow-ups writes into a folder: use it with --out-dir.");
    if (!recordPath.isEmpty() && !followUps)
        return tr("--record goes with --follow-ups.");
    if (isExport() && profiles.isEmpty())
        return tr("Exporting needs a profile: --profile FILE.");
    if (profiles.size() > 1 && outDir.isEmpty())
        return tr("Several profiles can only be exported together with --out-dir.");
    if (isExport() && !recordEntry.isEmpty())
        return tr("--record-entry and a link open the wizard; they do not go with --pdf, --text "
                  "or --out-dir.");
    if (!isExport() && (!letterLanguage.isEmpty() || date.isValid()))
        return tr("--letter-lang and --date go with --pdf, --text or --out-dir.");
    return sameFileProblem();
}

QString CommandLineOptions::readRecordEntry(const QCommandLineParser& parser)
{
    recordEntry.clear();
    const QStringList positional = parser.positionalArguments();
    const auto isLink = [](const QString& argument) { return RecordEntryLink::isLink(argument); };
    if (std::any_of(positional.cbegin(), positional.cend(), isLink) && positional.size() > 1)
        return tr("Only one link can be opened at a time; nothing was opened.");
    if (!positional.isEmpty() && !isLink(positional.constFirst())) {
        return tr("Unexpected argument “%1”. Profiles are given with --profile.")
            .arg(positional.constFirst());
    }
    const QStringList entries = parser.values(u"record-entry"_s);
    if (entries.size() + positional.size() > 1)
        return tr("Give one record entry: either --record-entry ID or one link.");
    QString id;
    if (!positional.isEmpty()) {
        const RecordEntryLink::Parsed link = RecordEntryLink::parse(positional.constFirst());
        if (!link.error.isEmpty())
            return link.error;
        id = link.id;
    } else if (!entries.isEmpty()) {
        if (entries.constFirst().isEmpty())
            return tr("--%1 was given an empty value.").arg(u"record-entry"_s);
        const QString problem = RecordEntryLink::idProblem(entries.constFirst());
        if (!problem.isEmpty())
            return problem;
        id = entries.constFirst();
    }
    recordEntry = id;
    return {};
}

QString CommandLineOptions::sameFileProblem() const
{
    // Two things written into one file, or a letter over its own profile,
    // would lose one of them. "-" is standard output, which may have been
    // sent into a file.
    const auto sameAsText = [this](const QString& path) {
        return textPath == "-"_L1 ? FileAccess::standardOutputGoesTo(path)
                                  : FileAccess::sameFile(path, textPath);
    };
    if (!pdfPath.isEmpty() && !textPath.isEmpty() && sameAsText(pdfPath)) {
        return tr("--pdf and --text name the same file (%1); each needs a file of its own. "
                  "Nothing was written.")
            .arg(pdfPath);
    }
    for (const QString& profile : profiles) {
        const bool overPdf = !pdfPath.isEmpty() && FileAccess::sameFile(profile, pdfPath);
        const bool overText = !textPath.isEmpty() && sameAsText(profile);
        if (overPdf || overText) {
            return tr("--%1 would write over the profile %2. Please choose another file "
                      "name; nothing was written.")
                .arg(overPdf ? u"pdf"_s : u"text"_s, profile);
        }
    }
    return {};
}

QStringList CommandLineOptions::withoutQtOptions(const QStringList& arguments)
{
    static const QStringList withValue{
        u"platform"_s,        u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
        u"qwindowgeometry"_s, u"qwindowicon"_s,        u"qwindowtitle"_s,  u"session"_s,
        u"display"_s,         u"geometry"_s,           u"style"_s,         u"stylesheet"_s};
    static const QStringList flags{u"reverse"_s, u"widgetcount"_s, u"nograb"_s,
                                   u"dograb"_s,  u"sync"_s,        u"qmljsdebugger"_s};
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == "--"_L1) { // what follows is a link, never an option
            result << arguments.mid(i);
            break;
        }
        QString name = argument.startsWith("--"_L1) ? argument.mid(2) : argument.mid(1);
        const bool hasInlineValue = name.contains(u'=');
        name = name.section(u'=', 0, 0);
        if (i > 0 && argument.startsWith(u'-') && withValue.contains(name)) {
            if (!hasInlineValue)
                ++i; // its value
            continue;
        }
        if (i > 0 && argument.startsWith(u'-') && flags.contains(name))
            continue;
        result << argument;
    }
    return result;
}

bool CommandLineOptions::asksForExport(const QStringList& arguments)
{
    for (const QString& argument : optionsPart(arguments)) {
        for (const QString& option : {u"--pdf"_s, u"--text"_s, u"--out-dir"_s}) {
            if (argument == option || argument.startsWith(option + u'='))
                return true;
        }
    }
    return false;
}

QString CommandLineOptions::requestedUiLanguage(const QStringList& arguments)
{
    return rawValue(arguments, u"--lang"_s);
}
