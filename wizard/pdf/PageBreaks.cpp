#include "PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>

#include "LetterDocumentBuilder.h"

namespace {
// The lines of the body that go with the closing to a new page.
constexpr int linesWithClosing = 2;

// Where the part of the body starts that goes to a new page as one: the
// closing with the last paragraphs of the body, whole, that hold at least two
// lines; where that is taller than a page, the closing with the last two
// lines; then the closing alone. The end of the body when even that is
// taller than a page or there is no closing.
qreal keptTogetherFrom(const QTextDocument& body, qreal pageHeight)
{
    const qreal end = body.size().height();
    QTextBlock closing = body.lastBlock();
    while (closing.isValid() && !LetterDocumentBuilder::startsClosing(closing))
        closing = closing.previous();
    if (!closing.isValid())
        return end;
    const QAbstractTextDocumentLayout* layout = body.documentLayout();
    const qreal closingTop = layout->blockBoundingRect(closing).top();
    qreal paragraphsTop = closingTop;
    qreal linesTop = closingTop;
    int lines = 0;
    for (QTextBlock block = closing.previous(); block.isValid() && lines < linesWithClosing;
         block = block.previous()) {
        if (block.text().isEmpty())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const int count = block.layout()->lineCount();
        const int first = std::max(0, count - (linesWithClosing - lines));
        lines += count;
        paragraphsTop = rect.top();
        linesTop = rect.top() + block.layout()->lineAt(first).y();
    }
    for (const qreal top : {paragraphsTop, linesTop, closingTop}) {
        if (end - top <= pageHeight)
            return top;
    }
    return end;
}
} // namespace

QList<PageSlice> PageBreaks::paginate(const QTextDocument& body, qreal firstHeight,
                                      qreal nextHeight)
{
    const qreal keepFrom = keptTogetherFrom(body, nextHeight);
    QList<PageSlice> slices;
    qreal start = 0;
    qreal available = firstHeight;
    const auto breakAt = [&](qreal position) {
        // A break inside the part kept together moves to its start.
        if (keepFrom > start && position > keepFrom)
            position = keepFrom;
        slices << PageSlice{start, position};
        start = position;
        available = nextHeight;
    };
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = body.documentLayout()->blockBoundingRect(block);
        if (rect.bottom() - start <= available)
            continue;
        if (rect.top() > start && rect.height() <= nextHeight) {
            // A page never starts with an empty line.
            const bool empty = block.text().isEmpty() && block.next().isValid();
            breakAt(empty ? rect.bottom() : rect.top());
            continue;
        }
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal top = rect.top() + line.y();
            if (top + line.height() - start > available && top > start)
                breakAt(top);
        }
    }
    slices << PageSlice{start, body.size().height()};
    return slices;
}
