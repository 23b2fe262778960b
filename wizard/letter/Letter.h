#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A letter as structure, not as text: the composer decides what it says, the
// renderers (plain text, QTextDocument, PDF) only decide how it looks. That is
// what keeps the preview, the PDF and the clipboard text saying the same.

struct LetterParagraph
{
    QString text;
    QStringList items; // rendered as a bulleted list below the text
    // Only in the letter, not in the text for Meta's online form (why the
    // organisation writes instead of using the form).
    bool letterOnly = false;
    // Only in the text for the online form, never in the letter (that the form
    // is sent from a manager's personal profile, for the organisation).
    bool formOnly = false;
};

struct LetterField
{
    QString label;
    QString value;
};

struct Letter
{
    QString postalNote;         // above the return address ("Einschreiben"), or empty
    QString returnAddress;      // above the recipient (DIN 5008 Rücksendeangabe), see
                                // LetterPainter::overflow
    QStringList senderLines;    // name and postal address of the organisation
    QStringList recipientLines; // up to six lines, country last
    QList<LetterField> information;
    QString subject;
    QString salutation;
    QList<LetterParagraph> paragraphs;
    QString closing;
    QString closingOrganisation; // under the closing, above the room for the signature
    QStringList signatureLines;  // typed name (with "i. A." / "i. V."), role
    QString enclosureHeading;    // "Anlage", below the signature (DIN 5008), or empty
    QStringList enclosures;      // what is enclosed, one line each
    QStringList contactLines;    // who writes and how Meta reaches them, for the online form
    QString pageNumberPattern;   // with {page} and {pages}
    QString author;              // PDF metadata
    QString documentSubject;     // PDF metadata
    QString fileNameStem;        // start of the suggested file name
};
