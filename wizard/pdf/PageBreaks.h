#pragma once

#include <QList>

class QTextDocument;

// The part of the letter's body one page shows, in the body document's
// coordinates.
struct PageSlice
{
    qreal start;
    qreal end;
};

namespace PageBreaks {

// Breaks the body, laid out at its final width, into pages that hold
// `firstHeight`, then `nextHeight` each. Breaks between paragraphs, so that no
// paragraph's text is drawn on two pages; only a paragraph taller than a
// whole page is split between its lines. The closing and the signature
// (LetterDocumentBuilder::startsClosing on) are never split up and never stand
// alone on a page: at least two lines of the body go with them (DIN 5008,
// DOMAIN.md).
QList<PageSlice> paginate(const QTextDocument& body, qreal firstHeight, qreal nextHeight);

} // namespace PageBreaks
