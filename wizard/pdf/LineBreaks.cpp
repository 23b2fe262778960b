#include "LineBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <optional>

namespace {
// Whether the word around the hyphen at `hyphen` is an e-mail address, a URL,
// a domain or an identifier: one with "@", "://", a dot between a letter or
// digit and a letter ("stadt-musterstadt.de"), or a digit ("C-184/20",
// "AZ-2026-17"). Compounds such as "KI-Modelle" may still break at theirs.
bool inAddressOrIdentifier(const QString& text, qsizetype hyphen)
{
    qsizetype from = hyphen;
    while (from > 0 && !text.at(from - 1).isSpace())
        --from;
    qsizetype to = hyphen + 1;
    while (to < text.size() && !text.at(to).isSpace())
        ++to;
    const QStringView word = QStringView(text).mid(from, to - from);
    if (word.contains(u'@') || word.contains(u"://"))
        return true;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word.at(i).isDigit())
            return true;
        if (word.at(i) == u'.' && i > 0 && i + 1 < word.size() &&
            word.at(i - 1).isLetterOrNumber() && word.at(i + 1).isLetter())
            return true;
    }
    return false;
}

// Whether a line ending at `at` would divide an address or identifier just
// after one of its hyphens, or a legal identifier before one of its brackets
// ("Article 6(1)" / "(f) GDPR": Unicode allows a break before "(").
bool dividesAtHyphen(const QString& text, qsizetype at)
{
    if (at <= 0 || at >= text.size() || text.at(at - 1).isSpace() || text.at(at).isSpace())
        return false;
    if (text.at(at - 1) == u'-')
        return inAddressOrIdentifier(text, at - 1);
    return text.at(at) == u'(' && inAddressOrIdentifier(text, at);
}

// The first line of `block` that should end elsewhere, and where.
std::optional<qsizetype> movedLineEnd(const QTextBlock& block)
{
    const QString text = block.text();
    const QTextLayout* layout = block.layout();
    for (int i = 0; i + 1 < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const qsizetype end = line.textStart() + line.textLength();
        const qsizetype moved = LineBreaks::lineEnd(text, line.textStart(), end);
        if (moved != end)
            return moved;
    }
    return std::nullopt;
}
} // namespace

qsizetype LineBreaks::lineEnd(const QString& text, qsizetype start, qsizetype end)
{
    if (!dividesAtHyphen(text, end))
        return end;
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    for (qsizetype at = end - 1; at > start; --at) {
        lines.setPosition(at);
        if (lines.isAtBoundary() && !dividesAtHyphen(text, at))
            return at;
    }
    // The address is longer than the line (Qt breaks it anywhere then): the
    // hyphen starts the next line, where no one takes it for hyphenation.
    return end - 1 > start && !dividesAtHyphen(text, end - 1) ? end - 1 : end;
}

void LineBreaks::keepAddressesWhole(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // Every move ends a line earlier, at a forced break; the bound only
        // guards against a layout that would not take it.
        for (int moves = 0; moves < block.length(); ++moves) {
            // The whole document, not only up to this block: once the text
            // changes, Qt's lazy layout takes the blocks it has not yet reached
            // for laid out and leaves them without lines.
            document.size();
            const std::optional<qsizetype> end = movedLineEnd(block);
            if (!end)
                break;
            QTextCursor cursor(&document);
            cursor.setPosition(block.position() + int(*end));
            if (block.text().at(*end - 1) == u' ')
                cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
            cursor.insertText(QString(QChar::LineSeparator));
        }
    }
}
