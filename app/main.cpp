#include <QApplication>
#include <QCommandLineParser>

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

    // German first: the English edition follows in a later release.
    AppTranslations::install(&app, u"de"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Object to Meta's AI training as an organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption benchmarkOption(u"quit-after-first-paint"_s);
    benchmarkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkOption);
    parser.process(app);

    ObjectionWizard wizard;
    QuitAfterFirstPaint quitter;
    if (parser.isSet(benchmarkOption))
        wizard.installEventFilter(&quitter);
    wizard.resize(wizard.sizeHint().expandedTo(QSize(820, 680)));
    wizard.show();
    return app.exec();
}
