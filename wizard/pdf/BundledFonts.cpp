#include "BundledFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

QString BundledFonts::defaultFolder()
{
    return QCoreApplication::applicationDirPath() + "/fonts"_L1;
}

int BundledFonts::load(const QString& folder)
{
    const QDir dir(folder.isEmpty() ? defaultFolder() : folder);
    int loaded = 0;
    // Sorted by name: the same order, and so the same font ids, at every start.
    const QStringList files =
        dir.entryList({u"*.ttf"_s, u"*.otf"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& file : files) {
        if (QFontDatabase::addApplicationFont(dir.filePath(file)) >= 0)
            ++loaded;
    }
    return loaded;
}
