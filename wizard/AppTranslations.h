#pragma once

#include <QString>

class QCoreApplication;

// The user-interface language: the app's own translation and Qt's (file and
// print dialogs, wizard buttons). Switching at run time replaces the installed
// translators; Qt then sends every widget a LanguageChange event.
namespace AppTranslations {
// "de" for German system locales, "en" for all others.
QString systemLanguage();
bool isSupported(const QString& language);
// Installs the translations for "de" or "en" in place of the current ones.
// Returns false when the app's translation is missing.
bool install(QCoreApplication* app, const QString& language);
QString current();

// Another language for what is written while it lives (the documentation
// enclosed with an English notice to the Irish authority), then the user's
// again. Widgets are told twice and end in the user's language.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QString m_previous;
};
} // namespace AppTranslations
