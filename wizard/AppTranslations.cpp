#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

bool AppTranslations::install(QCoreApplication* app, const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // Qt's own strings come from Debian's qt6-translations-l10n (qtbase_de.qm);
    // without them Qt's dialogs simply stay English.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }

    if (language == "en"_L1)
        return true; // English is the source language
    auto* appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, u"ki-widerspruch"_s, u"_"_s, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(appTranslator);
    return true;
}
