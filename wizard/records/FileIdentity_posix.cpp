#include "FileIdentity.h"

#include <QFile>
#include <sys/stat.h>

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity identity;
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.device = quint64(status.st_dev);
        identity.file = quint64(status.st_ino);
        identity.valid = true;
    }
    return identity;
}
