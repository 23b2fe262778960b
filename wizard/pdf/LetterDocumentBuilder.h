#pragma once

#include <QFont>
#include <memory>

#include "Letter.h"

class QTextBlock;
class QTextDocument;

// Renders a Letter into a QTextDocument. Text is inserted as plain text, never
// as HTML, so whatever a user typed (<b>, &amp;) shows literally.
class LetterDocumentBuilder
{
public:
    // The letter's font: a sans serif in 10 pt, the smallest size DIN 5008 allows,
    // so that the full letter with every option still fits on one page.
    static QFont letterFont();

    // Subject to signature: what the PDF lays out below the address field.
    static std::unique_ptr<QTextDocument> body(const Letter& letter);
    // The whole letter in reading order, for the on-screen text view.
    static std::unique_ptr<QTextDocument> fullLetter(const Letter& letter);

    // Whether `block` is the first of the closing: the greeting (an empty
    // line where the letter has none), the organisation, the room to sign,
    // the signature and the enclosures, which the pages keep together.
    static bool startsClosing(const QTextBlock& block);
};
