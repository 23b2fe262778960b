#include "SaveThroughDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "DialogSeams.h"

QString SaveThroughDialog::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString SaveThroughDialog::withSuffix(QWidget* parent, const QString& caption,
                                      const QString& chosen, const QString& ending,
                                      const QString& suffix)
{
    if (chosen.isEmpty() || chosen.endsWith(ending, Qt::CaseInsensitive))
        return chosen;
    const QString path = chosen + suffix;
    if (QFileInfo::exists(path) &&
        !MessageBox::question(parent, caption,
                              tr("%1 already exists. Do you want to replace it?")
                                  .arg(QDir::toNativeSeparators(path))))
        return {};
    return path;
}

QString SaveThroughDialog::save(QWidget* parent, const QString& caption, const QString& fileName,
                                const QString& filter, const QString& suffix,
                                const AtomicFileWriter::Producer& produce, QString* savedTo)
{
    if (savedTo)
        savedTo->clear();
    QString path = FileDialog::getSaveFileName(parent, caption,
                                               QDir(defaultFolder()).filePath(fileName), filter);
    path = withSuffix(parent, caption, path, suffix, suffix);
    if (path.isEmpty())
        return {};
    const QString error = AtomicFileWriter::write(path, produce, AtomicFileWriter::Naming::ByUser);
    if (!error.isEmpty()) {
        MessageBox::warning(parent, caption, error);
        return tr("The file was not saved.");
    }
    if (savedTo)
        *savedTo = path;
    return tr("Saved as %1").arg(QDir::toNativeSeparators(path));
}
