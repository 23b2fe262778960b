#include "DialogSeams.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <optional>

namespace {
std::optional<QString>& nextFileName()
{
    static std::optional<QString> name;
    return name;
}

QString& lastSuggestedPath()
{
    static QString path;
    return path;
}

struct RecordedWarnings
{
    bool record = false;
    QString last;
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
    if (nextFileName()) {
        const QString name = *nextFileName();
        nextFileName().reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName() = fileName;
}

QString FileDialog::lastSuggestion()
{
    return lastSuggestedPath();
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (recordedWarnings().record) {
        recordedWarnings().last = text;
        return;
    }
    QMessageBox::warning(parent, title, text);
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
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setHandler(const std::function<bool(const QUrl&)>& handler)
{
    urlHandler() = handler;
}
