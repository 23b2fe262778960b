#include "PlainTextLetterWriter.h"

using namespace Qt::StringLiterals;

namespace {
// Subject to closing: the part both texts share, so they cannot drift apart.
QStringList bodyLines(const Letter& letter, bool forForm)
{
    QStringList lines{letter.subject, QString(), letter.salutation, QString()};
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        if (forForm ? paragraph.letterOnly : paragraph.formOnly)
            continue;
        lines << paragraph.text;
        for (const QString& item : paragraph.items)
            lines << u"- "_s + item;
        lines << QString();
    }
    lines << letter.closing << QString();
    return lines;
}

// The closing block after the greeting, as the page shows it.
QStringList closingBlock(const Letter& letter)
{
    QStringList lines;
    if (!letter.closingOrganisation.isEmpty())
        lines << letter.closingOrganisation << QString();
    lines << letter.signatureLines;
    if (!letter.enclosures.isEmpty())
        lines << QString() << letter.enclosureHeading << letter.enclosures;
    return lines;
}
} // namespace

QString PlainTextLetterWriter::fullText(const Letter& letter)
{
    QStringList lines = letter.senderLines;
    lines << QString();
    if (!letter.postalNote.isEmpty())
        lines << letter.postalNote;
    lines << letter.recipientLines << QString();
    for (const LetterField& field : letter.information)
        lines << field.label + u": "_s + field.value;
    lines << QString() << bodyLines(letter, false) << closingBlock(letter);
    return lines.join(u'\n') + u'\n';
}

QString PlainTextLetterWriter::formText(const Letter& letter)
{
    return (bodyLines(letter, true) + letter.contactLines).join(u'\n') + u'\n';
}

bool PlainTextLetterWriter::writeFormText(const Letter& letter, QIODevice* device)
{
    const QByteArray bytes = formText(letter).toUtf8();
    return device->write(bytes) == bytes.size();
}

bool PlainTextLetterWriter::writeFullText(const Letter& letter, QIODevice* device)
{
    const QByteArray bytes = fullText(letter).toUtf8();
    return device->write(bytes) == bytes.size();
}
