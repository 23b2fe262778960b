#pragma once

#include <QImage>
#include <QList>
#include <functional>

#include "Letter.h"
#include "TextItemRecorder.h"

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// Lays a Letter out on A4 pages after DIN 5008 Form B. Paints on any paged
// device (QPdfWriter for the PDF, QPrinter for print and its preview) and into
// images for the page view, always laid out alike, so all show the same pages.
class LetterPainter
{
public:
    explicit LetterPainter(const Letter& letter) : m_letter(letter) {}

    // Every device the letter is painted on has this resolution (dots per
    // inch): lines and pages break at positions measured in the device's
    // dots, so a printer at its own 1200 dpi would break the letter into other
    // pages than the preview and the PDF show.
    static constexpr int resolution = 600;

    // Sets A4 without margins; QPrinter callers also need setFullPage(true)
    // and setResolution(resolution).
    static void preparePage(QPagedPaintDevice* device);

    // False when the device cannot be painted on (for example unwritable).
    bool paint(QPagedPaintDevice* device) const;

    // The pages as images at the given resolution, for showing them on
    // screen without a printer (a QPrinter asks the print system for printers).
    QList<QImage> pageImages(qreal dotsPerInch) const;

    // What the head of the first page cannot show whole even at the smallest
    // size DIN 5008 allows: the return address, values of the information
    // block (by their labels). Painted cut; the user is told beforehand.
    struct Overflow
    {
        bool returnAddress = false; // cut: not even 6 pt on the lines the zone has
        int returnAddressLines = 0; // DIN 5008 provides for two
        bool letterhead = false;    // runs into the notes and the return address
        QStringList information;    // values, not labels: the caller names the field
    };
    static Overflow overflow(const Letter& letter);

    // Every text the pages show, one per line.
    static QString shownText(const Letter& letter);

    // The text of each piece of text painting draws, in order, laid out as on
    // `like` (the PDF writer): what PdfTextRepair needs to know.
    QList<DrawnText> drawnText(const QPaintDevice& like) const;

private:
    // Lays the letter out for `metrics`, whose resolution decides every line
    // break, and paints it; nextPage(index) readies the painter for page index.
    bool paintPages(QPainter& painter, QPaintDevice* metrics,
                    const std::function<bool(int)>& nextPage) const;

    const Letter& m_letter;
};
