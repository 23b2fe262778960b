#pragma once

#include <QByteArray>

// Qt 6.8 declares device CMYK in every page's resources (/CSpcmyk,
// /PCSpcmyk) even when it paints in RGB only. PDF/A-1 allows device CMYK only
// with a CMYK output intent; Qt's is sRGB, so PDFBox's preflight rejects the
// page (rule 2.4.2). Where a page's content does not use them, the two entries
// are left out of its resources in an incremental update. Returns the PDF as
// it was when there is nothing to leave out or it cannot be read.
QByteArray withoutUnusedDeviceCmyk(const QByteArray& pdf);
