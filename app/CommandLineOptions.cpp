#include "CommandLineOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
// The value of --name VALUE or --name=VALUE in raw arguments.
QString rawValue(const QStringList& arguments, const QString& name)
{
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
           "Exit codes: 0 done, 2 wrong usage, 3 a profile could not be read, 4 a file could "
           "not be written."));
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
        {u"lang"_s, tr("Language of the program and its messages: de or en."), tr("language")},
    });
    QCommandLineOption benchmark(u"quit-after-first-paint"_s);
    benchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmark);
}

QString CommandLineOptions::read(const QCommandLineParser& parser)
{
    profiles = parser.values(u"profile"_s);
    pdfPath = parser.value(u"pdf"_s);
    textPath = parser.value(u"text"_s);
    outDir = parser.value(u"out-dir"_s);
    quitAfterFirstPaint = parser.isSet(u"quit-after-first-paint"_s);
    if (!parser.positionalArguments().isEmpty()) {
        return tr("Unexpected argument “%1”. Profiles are given with --profile.")
            .arg(parser.positionalArguments().constFirst());
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
        date = QDate::fromString(parser.value(u"date"_s), u"yyyy-MM-dd"_s);
        if (!date.isValid() || date.year() < 2000 || date.year() > 2999) {
            return tr("“%1” is not a date: use --date YYYY-MM-DD, e.g. --date 2026-11-29.")
                .arg(parser.value(u"date"_s));
        }
    }
    if (!outDir.isEmpty() && (!pdfPath.isEmpty() || !textPath.isEmpty()))
        return tr("--out-dir writes its own files; use it without --pdf and --text.");
    if (isExport() && profiles.isEmpty())
        return tr("Exporting needs a profile: --profile FILE.");
    if (profiles.size() > 1 && outDir.isEmpty())
        return tr("Several profiles can only be exported together with --out-dir.");
    if (!isExport() && (!letterLanguage.isEmpty() || date.isValid()))
        return tr("--letter-lang and --date go with --pdf, --text or --out-dir.");
    return {};
}

bool CommandLineOptions::asksForExport(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
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
