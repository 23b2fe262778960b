#pragma once

#include "Letter.h"

class QPagedPaintDevice;

// Lays a Letter out on A4 pages after DIN 5008 Form B. Paints on any paged
// device: QPdfWriter for the PDF, QPrinter for print and the print preview, so
// all three show the same pages.
class LetterPainter
{
public:
    explicit LetterPainter(const Letter& letter) : m_letter(letter) {}

    // Sets A4 without margins; QPrinter callers also need setFullPage(true).
    static void preparePage(QPagedPaintDevice* device);

    // False when the device cannot be painted on (for example unwritable).
    bool paint(QPagedPaintDevice* device) const;

private:
    const Letter& m_letter;
};
