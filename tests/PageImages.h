#pragma once

#include <QDir>
#include <QImage>
#include <QRectF>
#include <QTemporaryDir>

#include "PopplerTools.h"

// Pages of a PDF as pictures, rendered by poppler (for tests that link Qt Gui).
namespace PageImages {

// Every page as pdftoppm renders it at `dotsPerInch`, in colour.
inline QList<QImage> pageImages(const QString& pdf, int dotsPerInch)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    PopplerTools::run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                   QString::number(dotsPerInch), pdf, prefix});
    QList<QImage> pages;
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        pages << QImage(dir.filePath(file)).convertToFormat(QImage::Format_RGB32);
    return pages;
}

// The share of dark pixels (grey below 128) in a millimetre area of an image
// of a page at `dotsPerInch`: ink where text is.
inline double inkShare(const QImage& page, int dotsPerInch, const QRectF& mmArea)
{
    const double pixelsPerMm = dotsPerInch / 25.4;
    const QRect area = QRectF(mmArea.topLeft() * pixelsPerMm, mmArea.size() * pixelsPerMm)
                           .toRect()
                           .intersected(page.rect());
    if (area.isEmpty())
        return 0;
    qint64 dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    return double(dark) / (qint64(area.width()) * area.height());
}
} // namespace PageImages
