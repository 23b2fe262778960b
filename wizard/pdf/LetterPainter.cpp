#include "LetterPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>
#include <memory>

#include "DinLetterLayout.h"
#include "LetterDocumentBuilder.h"
#include "LineBreaks.h"
#include "PageBreaks.h"
#include "PaperLook.h"

using namespace Qt::StringLiterals;
namespace Din = DinLetterLayout;

namespace {
class Page
{
public:
    explicit Page(const QPaintDevice* device) : m_pixelsPerMm(device->logicalDpiY() / 25.4) {}
    qreal mm(double millimetres) const { return millimetres * m_pixelsPerMm; }
    QRectF mmRect(double x, double y, double w, double h) const
    {
        return {mm(x), mm(y), mm(w), mm(h)};
    }

private:
    qreal m_pixelsPerMm;
};

// Few sizes on purpose: each size is another font engine to load, and a calm
// page. 12 pt bold letterhead, 10 pt text and recipient (as the body), 9 pt
// sender and information values, 7 pt return address, labels and page numbers.
QFont sizedFont(qreal points, bool bold = false)
{
    QFont font = LetterDocumentBuilder::letterFont();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void paintMarks(QPainter& painter, const Page& page)
{
    painter.save();
    painter.setPen(QPen(PaperLook::ink(), page.mm(0.2)));
    for (double y : {Din::foldMarkTop, Din::foldMarkBottom}) {
        painter.drawLine(QPointF(page.mm(Din::markLeft), page.mm(y)),
                         QPointF(page.mm(Din::markLeft + Din::foldMarkLength), page.mm(y)));
    }
    painter.drawLine(QPointF(page.mm(Din::markLeft), page.mm(Din::holeMark)),
                     QPointF(page.mm(Din::markLeft + Din::holeMarkLength), page.mm(Din::holeMark)));
    painter.restore();
}

// Text laid out in lines of at most `width` device pixels: broken between
// words, inside a word only where one word is longer than a line, never just
// after the hyphen of an address or identifier.
struct Wrapped
{
    std::unique_ptr<QTextLayout> layout;
    int lines = 0;
    qreal height = 0;
};

Wrapped wrap(const QString& text, const QFont& font, QPaintDevice* device, qreal width,
             int maxLines = 1000)
{
    Wrapped result{std::make_unique<QTextLayout>(text, font, device)};
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Left to right like the letter: a right-to-left name keeps its own
    // order, but the line ("Name · Street · Postcode Town") keeps the
    // letter's and starts at the left margin.
    option.setTextDirection(Qt::LeftToRight);
    result.layout->setTextOption(option);
    const qreal spacing = QFontMetricsF(font, device).lineSpacing();
    result.layout->beginLayout();
    for (QTextLine line = result.layout->createLine(); line.isValid();
         line = result.layout->createLine()) {
        line.setLineWidth(width);
        const qsizetype end = line.textStart() + line.textLength();
        if (const qsizetype moved = LineBreaks::lineEnd(text, line.textStart(), end); moved != end)
            line.setNumColumns(int(moved - line.textStart()));
        line.setPosition(QPointF(0, result.height));
        result.height += spacing;
        if (++result.lines == maxLines) {
            // What does not fit any more is cut at the end of the last line:
            // only for text far beyond what a real address or name needs.
            line.setNumColumns(line.textLength());
            break;
        }
    }
    result.layout->endLayout();
    return result;
}

// Draws text top-down from y, wrapped within width; returns the y below it.
qreal drawWrapped(QPainter& painter, const QString& text, const QFont& font, qreal x, qreal y,
                  qreal width, int maxLines = 1000)
{
    const Wrapped wrapped = wrap(text, font, painter.device(), width, maxLines);
    wrapped.layout->draw(&painter, QPointF(x, y));
    return y + wrapped.height;
}

// The return address as set: the largest size from 7 to 6 pt that takes at
// most two lines, else 6 pt on as many lines as the zone above the recipient
// holds once the notes have their room. `cut` only when even that is not
// enough: then the user is told (LetterPainter::overflow).
struct ReturnAddress
{
    Wrapped address;
    qreal noteHeight = 0;
    bool cut = false;
};

ReturnAddress layoutReturnAddress(const Letter& letter, QPaintDevice* device, qreal width)
{
    const Page page(device);
    ReturnAddress result;
    if (!letter.postalNote.isEmpty())
        result.noteHeight =
            wrap(letter.postalNote, sizedFont(7), device, width).height + page.mm(1);
    const qreal room = page.mm(Din::returnZoneHeight - 1) - result.noteHeight;
    for (qreal points : {7.0, 6.5, 6.0}) {
        result.address = wrap(letter.returnAddress, sizedFont(points), device, width);
        if (result.address.lines <= 2 || points == 6.0)
            break;
    }
    if (result.address.height > room) {
        const qreal spacing = result.address.height / std::max(1, result.address.lines);
        result.address = wrap(letter.returnAddress, sizedFont(6), device, width,
                              std::max(1, int(room / spacing)));
        result.cut = true;
    }
    return result;
}

qreal addressFieldWidth(const Page& page)
{
    return page.mm(Din::addressFieldLeft + Din::addressFieldWidth) - page.mm(Din::leftMargin);
}

// At most this many lines for a value of the information block.
constexpr int informationLines = 4;

// The return address, bottom-aligned above the recipient (DIN 5008).
void paintReturnAddress(QPainter& painter, const Page& page, const Letter& letter, qreal left,
                        qreal width)
{
    const qreal bottom = page.mm(Din::recipientZoneTop - 1);
    const ReturnAddress set = layoutReturnAddress(letter, painter.device(), width);
    const qreal top = bottom - set.address.height;
    set.address.layout->draw(&painter, QPointF(left, top));
    if (!letter.postalNote.isEmpty())
        drawWrapped(painter, letter.postalNote, sizedFont(7), left, top - set.noteHeight, width);
}

// Where the letterhead ends: the name in 12 pt bold and the address lines in
// 9 pt, each on at most two lines.
qreal letterheadBottom(const Letter& letter, QPaintDevice* device)
{
    const Page page(device);
    qreal y = page.mm(Din::letterheadTop);
    for (qsizetype i = 0; i < letter.senderLines.size(); ++i) {
        y += wrap(letter.senderLines.at(i), i == 0 ? sizedFont(12, true) : sizedFont(9), device,
                  page.mm(Din::textWidth), 2)
                 .height;
    }
    return y;
}

qreal paintHead(QPainter& painter, const Page& page, const Letter& letter)
{
    const qreal left = page.mm(Din::leftMargin);
    qreal y = page.mm(Din::letterheadTop);
    // The letterhead is never cut: a long name takes a second line.
    if (!letter.senderLines.isEmpty()) {
        y = drawWrapped(painter, letter.senderLines.constFirst(), sizedFont(12, true), left, y,
                        page.mm(Din::textWidth), 2);
    }
    for (const QString& line : letter.senderLines.mid(1))
        y = drawWrapped(painter, line, sizedFont(9), left, y, page.mm(Din::textWidth), 2);

    const qreal fieldWidth = addressFieldWidth(page);
    paintReturnAddress(painter, page, letter, left, fieldWidth);
    qreal recipientY = page.mm(Din::recipientZoneTop + 2);
    for (const QString& line : letter.recipientLines)
        recipientY = drawWrapped(painter, line, sizedFont(10), left, recipientY, fieldWidth, 1);

    const QFont labelFont = sizedFont(7);
    const QFont valueFont = sizedFont(9);
    const qreal infoLeft = page.mm(Din::infoBlockLeft);
    const qreal infoWidth = page.mm(Din::infoBlockWidth);
    y = page.mm(Din::infoBlockTop);
    for (const LetterField& field : letter.information) {
        y = drawWrapped(painter, field.label, labelFont, infoLeft, y, infoWidth, 1);
        y = drawWrapped(painter, field.value, valueFont, infoLeft, y, infoWidth, informationLines) +
            page.mm(1.5);
    }
    return y;
}

void paintPageNumber(QPainter& painter, const Page& page, const Letter& letter, int number,
                     int count)
{
    QString text = letter.pageNumberPattern;
    text.replace(u"{page}"_s, QString::number(number))
        .replace(u"{pages}"_s, QString::number(count));
    painter.setFont(sizedFont(7));
    painter.drawText(page.mmRect(Din::leftMargin, Din::pageNumberTop, Din::textWidth, 6),
                     Qt::AlignRight | Qt::AlignTop, text);
}
} // namespace

void LetterPainter::preparePage(QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

bool LetterPainter::paint(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    return paintPages(painter, device, [device](int) { return device->newPage(); }) &&
           painter.end();
}

LetterPainter::Overflow LetterPainter::overflow(const Letter& letter)
{
    QImage metrics(1, 1, QImage::Format_RGB32);
    metrics.setDotsPerMeterX(qRound(resolution / 0.0254));
    metrics.setDotsPerMeterY(qRound(resolution / 0.0254));
    const Page page(&metrics);
    Overflow result;
    const ReturnAddress set = layoutReturnAddress(letter, &metrics, addressFieldWidth(page));
    result.returnAddress = set.cut;
    result.returnAddressLines = set.address.lines;
    const qreal zoneTop = page.mm(Din::recipientZoneTop - 1) - set.address.height - set.noteHeight;
    result.letterhead = letterheadBottom(letter, &metrics) > zoneTop;
    for (const LetterField& field : letter.information) {
        if (wrap(field.value, sizedFont(9), &metrics, page.mm(Din::infoBlockWidth)).lines >
            informationLines)
            result.information << field.value;
    }
    return result;
}

QList<QImage> LetterPainter::pageImages(qreal dotsPerInch) const
{
    // The pages are laid out at the PDF's resolution, so they break lines
    // exactly as the PDF does, and drawn scaled down into images of the asked size.
    constexpr qreal layoutDpi = resolution;
    const QSize size(qRound(Din::pageWidth / 25.4 * dotsPerInch),
                     qRound(Din::pageHeight / 25.4 * dotsPerInch));
    const auto newImage = [](const QSize& imageSize) {
        QImage image(imageSize, QImage::Format_RGB32);
        image.fill(PaperLook::paper());
        image.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
        return image;
    };
    // The layout keeps its paint device for the whole letter, so it must not
    // be one of the pages: the list moves them when it grows.
    QImage metrics = newImage(QSize(1, 1));
    QList<QImage> images{newImage(size)};
    QPainter painter(&images.first());
    const auto prepare = [&painter, dotsPerInch] {
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        painter.scale(dotsPerInch / layoutDpi, dotsPerInch / layoutDpi);
    };
    prepare();
    paintPages(painter, &metrics, [&](int) {
        painter.end();
        images << newImage(size);
        painter.begin(&images.last());
        prepare();
        return true;
    });
    painter.end();
    return images;
}

QString LetterPainter::shownText(const Letter& letter)
{
    QStringList texts =
        letter.senderLines + letter.recipientLines + letter.signatureLines + letter.enclosures;
    texts << letter.enclosureHeading << letter.postalNote << letter.returnAddress << letter.subject
          << letter.salutation << letter.closing << letter.closingOrganisation
          << letter.pageNumberPattern;
    for (const LetterField& field : letter.information)
        texts << field.label << field.value;
    for (const LetterParagraph& paragraph : letter.paragraphs)
        texts << paragraph.text << paragraph.items;
    return texts.join(u'\n');
}

QList<DrawnText> LetterPainter::drawnText(const QPaintDevice& like) const
{
    TextItemRecorder recorder(like);
    QPainter painter(&recorder);
    paintPages(painter, &recorder, [](int) { return true; });
    painter.end();
    return recorder.drawnText();
}

bool LetterPainter::paintPages(QPainter& painter, QPaintDevice* metrics,
                               const std::function<bool(int)>& nextPage) const
{
    const Page page(metrics);
    // The head and the page numbers are drawn with the painter's pen: on a
    // printer's or a widget's painter that need not be black.
    painter.setPen(PaperLook::ink());
    auto body = LetterDocumentBuilder::body(m_letter);
    body->documentLayout()->setPaintDevice(metrics);
    body->setTextWidth(page.mm(Din::textWidth));
    LineBreaks::keepAddressesWhole(*body);

    const qreal headBottom = paintHead(painter, page, m_letter);
    const qreal firstTop = std::max(page.mm(Din::firstPageBodyTop), headBottom + page.mm(5));
    const qreal bottom = page.mm(Din::bodyBottom);
    const QList<PageSlice> slices =
        PageBreaks::paginate(*body, bottom - firstTop, bottom - page.mm(Din::nextPageBodyTop));

    for (qsizetype index = 0; index < slices.size(); ++index) {
        if (index > 0 && !nextPage(int(index)))
            return false;
        paintMarks(painter, page);
        const PageSlice& slice = slices.at(index);
        const qreal top = index == 0 ? firstTop : page.mm(Din::nextPageBodyTop);
        painter.save();
        painter.translate(page.mm(Din::leftMargin), top - slice.start);
        const QRectF visible(0, slice.start, page.mm(Din::textWidth), slice.end - slice.start);
        painter.setClipRect(visible);
        // One pixel in from the slice's edges: the layout also draws paragraphs
        // that merely touch the clip, which would print them twice.
        body->documentLayout()->draw(&painter,
                                     PaperLook::paintContext(visible.adjusted(0, 1, 0, -1)));
        painter.restore();
        if (slices.size() > 1)
            paintPageNumber(painter, page, m_letter, int(index + 1), int(slices.size()));
    }
    return true;
}
