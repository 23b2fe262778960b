#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class QWidget;

// Modal dialogs and the browser behind one small seam each, as in KeePassXC's
// FileDialog and MessageBox: the app shows the real thing, tests set the next
// answer beforehand and never block.
namespace FileDialog {
QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                        const QString& filter);
QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                        const QString& filter);
// The next getSaveFileName or getOpenFileName returns this instead of showing
// a dialog (once).
void setNextFileName(const QString& fileName);
// And this for the dialog after it (a save that asks twice).
void addNextFileName(const QString& fileName);
// The path the app suggested in its last getSaveFileName (tests only).
QString lastSuggestion();
} // namespace FileDialog

namespace PrintDialog {
// The next print skips Qt's print preview and goes to a printer that writes
// this file, painted as for any printer (tests only; once).
void setNextPrinterFile(const QString& fileName);
// The file set for the next print, and forgets it; empty: show the preview.
QString takeNextPrinterFile();
} // namespace PrintDialog

namespace MessageBox {
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
// A yes/no question before something is lost; true for yes. "No" is the
// default button.
bool question(QWidget* parent, const QString& title, const QString& text);
enum class SaveChoice
{
    Save,
    Discard,
    Cancel,
};
// Save, Discard or Cancel, for entries that would be lost.
SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text);
// One of a few options (at most three, each a button), or -1 when the user
// cancels.
int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& options);
// From now on, messages are recorded instead of shown and questions answered
// with the next answer (tests only).
void recordInsteadOfShowing();
void setNextAnswer(bool yes);
// The next choose() answers this index (once; after that: -1).
void setNextChoice(int index);
// The next askToSave answers this (once; after that: Discard).
void setNextSaveChoice(SaveChoice choice);
int saveQuestionCount(); // how many askToSave were asked

QString lastWarning();
QString lastMessage(); // the last warning, information or question
} // namespace MessageBox

namespace UrlOpener {
// Opens the URL in the user's browser; false if no browser could be started.
bool open(const QUrl& url);
// Tests see the URL the app asked to open instead of starting a browser.
void setHandler(const std::function<bool(const QUrl&)>& handler);
} // namespace UrlOpener
