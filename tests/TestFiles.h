#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// Files as the tests set them up and read them back, past the program's own
// reader and writer.
namespace TestFiles {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A real full disk: a 64 KiB tmpfs (mounting needs root, as in CI), filled to
// its last block by fill(). Unmounted when it goes.
struct FullDisk
{
    QTemporaryDir dir;
    bool mounted = false;

    FullDisk()
    {
        mounted = QProcess::execute(QStringLiteral("mount"),
                                    {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                     QStringLiteral("-o"), QStringLiteral("size=64k"),
                                     QStringLiteral("tmpfs"), dir.path()}) == 0;
    }
    ~FullDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
    void fill()
    {
        QFile filler(path(QStringLiteral("filler")));
        if (filler.open(QIODevice::WriteOnly)) {
            while (filler.write(QByteArray(4096, 'f')) == 4096 && filler.flush()) {
            }
        }
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    QStringList files() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }
};

} // namespace TestFiles
