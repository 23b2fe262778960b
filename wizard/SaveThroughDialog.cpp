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

QString SaveThroughDialog::save(QWidget* parent, const QString& caption, const QString& fileName,
                                const QString& filter, const QString& suffix,
                                const AtomicFileWriter::Producer& produce, QString* savedTo)
{
    if (savedTo)
        savedTo->clear();
    QString path = FileDialog::getSaveFileName(parent, caption,
                                               QDir(defaultFolder()).filePath(fileName), filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString error = AtomicFileWriter::write(path, produce);
    if (!error.isEmpty()) {
        MessageBox::warning(parent, caption, error);
        return tr("The file was not saved.");
    }
    if (savedTo)
        *savedTo = path;
    return tr("Saved as %1").arg(QDir::toNativeSeparators(path));
}
