#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

QString AtomicFileWriter::write(const QString& path, const QByteArray& bytes)
{
    return write(path,
                 [&bytes](QIODevice* device) { return device->write(bytes) == bytes.size(); });
}

QString AtomicFileWriter::write(const QString& path, const Producer& produce)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    const QString name = target.fileName();
    if (name.isEmpty())
        return tr("Please choose a file name.");
    if (!target.absoluteDir().exists())
        return tr("The folder %1 does not exist. Please choose another folder.").arg(folder);
    if (target.isDir())
        return tr("%1 is a folder. Please choose a file name.").arg(name);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("%1 could not be saved in %2: %3. Please choose a folder you may write to.")
            .arg(name, folder, file.errorString());
    }
    if (!produce(&file) || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("%1 could not be written completely (%2). Is the disk full? Nothing was "
                  "changed.")
            .arg(name, reason);
    }
    if (!file.commit()) {
        return tr("%1 could not be saved: %2. Nothing was changed.").arg(name, file.errorString());
    }
    return {};
}
