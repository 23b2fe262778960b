#include "LetterDocumentBuilder.h"

#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include "PaperLook.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int signatureRoomLines = 3;
constexpr int closingStartProperty = QTextFormat::UserProperty;

void insertLines(QTextCursor& cursor, const QStringList& lines, const QTextCharFormat& format)
{
    for (const QString& line : lines) {
        cursor.insertBlock(QTextBlockFormat(), format);
        cursor.insertText(line, format);
    }
}

void insertEmptyLines(QTextCursor& cursor, int count)
{
    for (int i = 0; i < count; ++i)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

// One list item, however many lines it has: a line break of its own grounds
// would otherwise start another bullet (an empty one for a blank line), and the
// page would show more points than the form text has.
QString oneItem(QString text)
{
    return text.replace(u'\n', QChar::LineSeparator);
}

void insertBody(QTextCursor& cursor, const Letter& letter)
{
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);

    cursor.insertText(letter.subject, bold);
    insertEmptyLines(cursor, 2);
    cursor.insertText(letter.salutation, plain);
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        if (paragraph.formOnly)
            continue; // for Meta's online form only, not on paper
        insertEmptyLines(cursor, 1);
        cursor.insertBlock(QTextBlockFormat(), plain);
        cursor.insertText(paragraph.text, plain);
        if (paragraph.items.isEmpty())
            continue;
        QTextListFormat listFormat;
        listFormat.setStyle(QTextListFormat::ListDisc);
        listFormat.setIndent(1);
        cursor.insertBlock(QTextBlockFormat(), plain);
        cursor.createList(listFormat);
        cursor.insertText(oneItem(paragraph.items.constFirst()), plain);
        for (qsizetype i = 1; i < paragraph.items.size(); ++i) {
            cursor.insertBlock(cursor.blockFormat(), plain); // stays in the list
            cursor.insertText(oneItem(paragraph.items.at(i)), plain);
        }
    }
    insertEmptyLines(cursor, 1);
    QTextBlockFormat closingStart;
    closingStart.setProperty(closingStartProperty, true);
    cursor.insertBlock(closingStart, plain);
    cursor.insertText(letter.closing, plain);
    // DIN 5008: the organisation under the greeting, then room to sign.
    if (!letter.closingOrganisation.isEmpty()) {
        insertEmptyLines(cursor, 1);
        insertLines(cursor, {letter.closingOrganisation}, plain);
    }
    insertEmptyLines(cursor, signatureRoomLines);
    insertLines(cursor, letter.signatureLines, plain);
    // DIN 5008: the enclosures one empty line below the signature block.
    if (!letter.enclosures.isEmpty()) {
        insertEmptyLines(cursor, 1);
        insertLines(cursor, QStringList{letter.enclosureHeading} + letter.enclosures, plain);
    }
}

std::unique_ptr<QTextDocument> newDocument()
{
    auto document = std::make_unique<QTextDocument>();
    PaperLook::prepare(*document, LetterDocumentBuilder::letterFont(), 0);
    document->setUndoRedoEnabled(false);
    // The letter is German or English: every line starts at the left margin,
    // also one that begins with an Arabic or Hebrew name (the closing's
    // organisation, the signatory), which would otherwise be set flush right.
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(Qt::LeftToRight);
    document->setDefaultTextOption(option);
    return document;
}
} // namespace

QFont LetterDocumentBuilder::letterFont()
{
    // Liberation Sans is metrically equal to Arial, the usual letter font on
    // Windows; fontconfig falls back to another sans serif if neither exists.
    return PaperLook::font({u"Liberation Sans"_s, u"Arial"_s, u"DejaVu Sans"_s}, 10);
}

std::unique_ptr<QTextDocument> LetterDocumentBuilder::body(const Letter& letter)
{
    auto document = newDocument();
    QTextCursor cursor(document.get());
    insertBody(cursor, letter);
    return document;
}

bool LetterDocumentBuilder::startsClosing(const QTextBlock& block)
{
    return block.blockFormat().boolProperty(closingStartProperty);
}

std::unique_ptr<QTextDocument> LetterDocumentBuilder::fullLetter(const Letter& letter)
{
    auto document = newDocument();
    QTextCursor cursor(document.get());
    QTextCharFormat plain;
    cursor.insertText(letter.senderLines.value(0), plain);
    insertLines(cursor, letter.senderLines.mid(1), plain);
    insertEmptyLines(cursor, 1);
    if (!letter.postalNote.isEmpty())
        insertLines(cursor, {letter.postalNote}, plain);
    insertLines(cursor, letter.recipientLines, plain);
    insertEmptyLines(cursor, 1);
    for (const LetterField& field : letter.information)
        insertLines(cursor, {field.label + u": "_s + field.value}, plain);
    insertEmptyLines(cursor, 2);
    cursor.insertBlock(QTextBlockFormat(), plain);
    insertBody(cursor, letter);
    return document;
}
