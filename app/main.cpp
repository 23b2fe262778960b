#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include "AppTranslations.h"
#include "ObjectionWizard.h"
#include "QuitAfterFirstPaint.h"

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ki-widerspruch"_s);
    QApplication::setApplicationDisplayName(u"KI-Widerspruch"_s);
    QApplication::setApplicationVersion(QStringLiteral(KIW_VERSION));
    QApplication::setOrganizationName(u"KI-Widerspruch"_s);

    // The language must be known before the parser's own texts (--help) are
    // made, so --lang is read from the raw arguments first.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = AppTranslations::systemLanguage();
    const qsizetype langAt = arguments.indexOf(u"--lang"_s);
    if (langAt >= 0 && langAt + 1 < arguments.size())
        language = arguments.at(langAt + 1);
    for (const QString& argument : arguments) {
        if (argument.startsWith(u"--lang="_s))
            language = argument.mid(7);
    }
    const bool languageValid = AppTranslations::isSupported(language);
    AppTranslations::install(&app, languageValid ? language : AppTranslations::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Object to Meta's AI training as an organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption languageOption(
        u"lang"_s, QCoreApplication::translate("main", "Language of the user interface: de or en."),
        u"language"_s);
    parser.addOption(languageOption);
    QCommandLineOption benchmarkOption(u"quit-after-first-paint"_s);
    benchmarkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkOption);
    parser.process(app);
    if (!languageValid) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "Unknown language \"%1\": use --lang de or --lang en.")
                                   .arg(language)
                            << '\n';
        return 2;
    }

    ObjectionWizard wizard;
    QuitAfterFirstPaint quitter;
    if (parser.isSet(benchmarkOption))
        wizard.installEventFilter(&quitter);
    wizard.resize(wizard.sizeHint().expandedTo(QSize(820, 680)));
    wizard.show();
    return app.exec();
}
