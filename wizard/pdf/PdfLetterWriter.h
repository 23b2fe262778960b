#pragma once

#include <QDateTime>

#include "Letter.h"

class QIODevice;

// Writes a Letter as an A4 PDF (DIN 5008 Form B) with embedded fonts and
// document information (title, author, subject).
class PdfLetterWriter
{
public:
    // creationDate defaults to now. False if the device did not take the PDF.
    static bool write(const Letter& letter, QIODevice* device,
                      const QDateTime& creationDate = QDateTime());
};
