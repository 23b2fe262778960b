#pragma once

#include <QString>

class QCoreApplication;

// Installs the app's own translation and Qt's (file and print dialogs, wizard
// buttons) for one language. Returns false when the app's translation is missing.
namespace AppTranslations {
bool install(QCoreApplication* app, const QString& language);
} // namespace AppTranslations
