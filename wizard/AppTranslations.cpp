#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
struct Installed
{
    QString language = u"en"_s; // the source language needs no translator
    QPointer<QTranslator> qt;
    QPointer<QTranslator> app;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QString AppTranslations::systemLanguage()
{
    return QLocale::system().language() == QLocale::German ? u"de"_s : u"en"_s;
}

bool AppTranslations::isSupported(const QString& language)
{
    return language == "de"_L1 || language == "en"_L1;
}

bool AppTranslations::install(QCoreApplication* app, const QString& language)
{
    Installed& state = installed();
    remove(state.qt);
    remove(state.app);
    state.language = u"en"_s;
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language == "en"_L1)
        return true;

    // Qt's own strings come from Debian's qt6-translations-l10n (qtbase_de.qm);
    // without them Qt's dialogs simply stay English.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        state.qt = qtTranslator;
    } else {
        delete qtTranslator;
    }

    auto* appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, u"ki-widerspruch"_s, u"_"_s, u":/i18n"_s)) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    state.app = appTranslator;
    state.language = language;
    return true;
}

QString AppTranslations::current()
{
    return installed().language;
}

AppTranslations::ScopedLanguage::ScopedLanguage(const QString& language) : m_previous(current())
{
    if (language != m_previous)
        install(QCoreApplication::instance(), language);
}

AppTranslations::ScopedLanguage::~ScopedLanguage()
{
    if (current() != m_previous)
        install(QCoreApplication::instance(), m_previous);
}
