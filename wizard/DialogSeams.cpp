#include "DialogSeams.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <optional>
#include <utility>

#include "BrowserStart.h"

namespace {
QStringList& nextFileNames()
{
    static QStringList names;
    return names;
}

QString& nextPrinterFile()
{
    static QString file;
    return file;
}

QString& lastSuggestedPath()
{
    static QString path;
    return path;
}

struct RecordedWarnings
{
    bool record = false;
    bool answer = true;
    MessageBox::SaveChoice saveChoice = MessageBox::SaveChoice::Discard;
    int choice = -1;
    int saveQuestions = 0;
    QString last;
    QString lastMessage;
};

RecordedWarnings& recordedWarnings()
{
    static RecordedWarnings warnings;
    return warnings;
}

std::function<bool(const QUrl&)>& urlHandler()
{
    static std::function<bool(const QUrl&)> handler;
    return handler;
}
} // namespace

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption,
                                    const QString& suggestedPath, const QString& filter)
{
    lastSuggestedPath() = suggestedPath;
    if (!nextFileNames().isEmpty())
        return nextFileNames().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileNames() = QStringList{fileName};
}

void FileDialog::addNextFileName(const QString& fileName)
{
    nextFileNames() << fileName;
}

QString FileDialog::lastSuggestion()
{
    return lastSuggestedPath();
}

void PrintDialog::setNextPrinterFile(const QString& fileName)
{
    nextPrinterFile() = fileName;
}

QString PrintDialog::takeNextPrinterFile()
{
    return std::exchange(nextPrinterFile(), QString());
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (recordedWarnings().record) {
        recordedWarnings().last = text;
        recordedWarnings().lastMessage = text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (recordedWarnings().record) {
        recordedWarnings().lastMessage = text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    if (recordedWarnings().record) {
        recordedWarnings().lastMessage = text;
        return recordedWarnings().answer;
    }
    // Every question here asks before something is lost (replace, delete,
    // close anyway): Enter must not answer yes.
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

MessageBox::SaveChoice MessageBox::askToSave(QWidget* parent, const QString& title,
                                             const QString& text)
{
    if (recordedWarnings().record) {
        recordedWarnings().lastMessage = text;
        ++recordedWarnings().saveQuestions;
        return std::exchange(recordedWarnings().saveChoice, SaveChoice::Discard);
    }
    QMessageBox box(QMessageBox::Question, title, text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    // Named for what they do here, each with its Alt shortcut.
    box.button(QMessageBox::Save)
        ->setText(QCoreApplication::translate("MessageBox", "&Save as profile …"));
    box.button(QMessageBox::Discard)
        ->setText(QCoreApplication::translate("MessageBox", "&Discard"));
    box.button(QMessageBox::Cancel)
        ->setText(QCoreApplication::translate("MessageBox", "&Keep editing"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel); // Esc keeps everything as it is
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text,
                       const QStringList& options)
{
    if (recordedWarnings().record) {
        recordedWarnings().lastMessage = text + u'\n' + options.join(u'\n');
        const int choice = std::exchange(recordedWarnings().choice, -1);
        return choice < options.size() ? choice : -1;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& option : options)
        buttons << box.addButton(option, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.constFirst()));
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void MessageBox::setNextChoice(int index)
{
    recordedWarnings().choice = index;
}

void MessageBox::setNextSaveChoice(SaveChoice choice)
{
    recordedWarnings().saveChoice = choice;
}

int MessageBox::saveQuestionCount()
{
    return recordedWarnings().saveQuestions;
}

void MessageBox::setNextAnswer(bool yes)
{
    recordedWarnings().answer = yes;
}

QString MessageBox::lastMessage()
{
    return recordedWarnings().lastMessage;
}

void MessageBox::recordInsteadOfShowing()
{
    recordedWarnings().record = true;
}

QString MessageBox::lastWarning()
{
    return recordedWarnings().last;
}

bool UrlOpener::open(const QUrl& url)
{
    if (urlHandler())
        return urlHandler()(url);
    return BrowserStart::open(url);
}

void UrlOpener::setHandler(const std::function<bool(const QUrl&)>& handler)
{
    urlHandler() = handler;
}
