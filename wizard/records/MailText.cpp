#include "MailText.h"

#include <QHash>
#include <QStringDecoder>

#include "SingleByteCharsets.h"

using namespace Qt::StringLiterals;

namespace {

// A null string when neither Qt nor SingleByteCharsets knows the name.
QString decodeWith(const char* name, const QByteArray& bytes)
{
    QStringDecoder decoder(name);
    return decoder.isValid() ? decoder.decode(bytes) : SingleByteCharsets::decode(name, bytes);
}

bool isValidUtf8(const QByteArray& bytes)
{
    // Stateless: a sequence cut at the end counts as an error too.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString windows1252(const QByteArray& bytes)
{
    return decodeWith("windows-1252", bytes);
}

// Block elements that start a new line in what a mail program shows.
bool breaksLine(const QString& tag)
{
    static const QStringList tags = {
        u"p"_s,  u"div"_s, u"tr"_s,    u"li"_s, u"h1"_s, u"h2"_s,         u"h3"_s, u"h4"_s,
        u"h5"_s, u"h6"_s,  u"table"_s, u"ul"_s, u"ol"_s, u"blockquote"_s, u"hr"_s, u"title"_s};
    return tags.contains(tag);
}

// Decodes the entity at html[pos] ('&'); returns the text and moves pos past
// it, or returns the '&' alone for anything it does not know.
QString entity(const QString& html, qsizetype& pos)
{
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},    {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},  {u"nbsp"_s, u" "_s},  {u"auml"_s, u"ä"_s},  {u"ouml"_s, u"ö"_s},
        {u"uuml"_s, u"ü"_s},  {u"Auml"_s, u"Ä"_s},  {u"Ouml"_s, u"Ö"_s},  {u"Uuml"_s, u"Ü"_s},
        {u"szlig"_s, u"ß"_s}, {u"euro"_s, u"€"_s},  {u"copy"_s, u"©"_s},  {u"ndash"_s, u"–"_s},
        {u"mdash"_s, u"—"_s}, {u"bdquo"_s, u"„"_s}, {u"ldquo"_s, u"“"_s}, {u"rdquo"_s, u"”"_s},
        {u"hellip"_s, u"…"_s}};
    // The longest entity name in HTML ("CounterClockwiseContourIntegral") has
    // 31 letters, numeric ones fewer digits: looking further for the ';' would
    // search the rest of the mail at every '&' (a 2 MB mail froze the window).
    constexpr qsizetype longestName = 32;
    const qsizetype end = QStringView(html).mid(pos + 1, longestName + 1).indexOf(u';');
    if (end < 0) {
        ++pos;
        return u"&"_s;
    }
    const QString name = html.mid(pos + 1, end);
    QString result;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t character = code == 0xA0 ? U' ' : char32_t(code);
            result = QString::fromUcs4(&character, 1);
        }
    } else {
        result = named.value(name);
    }
    if (result.isEmpty()) {
        ++pos;
        return u"&"_s;
    }
    pos += end + 2;
    return result;
}

} // namespace

QString MailText::decode(const QByteArray& bytes, const QByteArray& charset)
{
    // An RFC 2231 language ("utf-8*de") is not part of the name.
    const QByteArray name = charset.split('*').constFirst().trimmed().toLower();
    if (name == "windows-1252" || name == "cp1252")
        return windows1252(bytes);
    // Text declared UTF-8 that is not is most often windows-1252 (Outlook
    // writes its code page as UTF-8 and the text in 1252; so do some mailers).
    if ((name == "utf-8" || name == "utf8") && !isValidUtf8(bytes))
        return windows1252(bytes);
    if (!name.isEmpty() && name != "us-ascii" && name != "ascii") {
        // Qt's decoders need a NUL-terminated name.
        const QString text = decodeWith(name.constData(), bytes);
        if (!text.isNull() || bytes.isEmpty())
            return text;
    }
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : windows1252(bytes);
}

QString MailText::fromHtml(const QString& html, const CancelFlag* cancel)
{
    QString text;
    text.reserve(std::min(html.size(), maxLength * 2));
    bool space = false; // HTML shows a run of white space as one space
    qsizetype pos = 0;
    qsizetype steps = 0;
    while (pos < html.size()) {
        // Now and then: often enough for a quick stop, rarely enough to cost nothing.
        if (++steps % 65536 == 0 && isCancelled(cancel))
            break;
        const QChar c = html.at(pos);
        if (c == u'<') {
            if (html.mid(pos, 4) == "<!--"_L1) {
                const qsizetype end = html.indexOf("-->"_L1, pos + 4);
                pos = end < 0 ? html.size() : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', pos + 1);
            if (end < 0)
                break; // a cut-off tag at the end shows nothing
            qsizetype nameStart = pos + 1;
            const bool closing = nameStart < end && html.at(nameStart) == u'/';
            if (closing)
                ++nameStart;
            qsizetype nameEnd = nameStart;
            while (nameEnd < end && html.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            const QString tag = html.mid(nameStart, nameEnd - nameStart).toLower();
            pos = end + 1;
            if (!closing && (tag == "style"_L1 || tag == "script"_L1 || tag == "head"_L1)) {
                // Everything up to the closing tag is not shown.
                const qsizetype close = html.indexOf("</"_L1 + tag, pos, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
                pos = closeEnd < 0 ? html.size() : closeEnd + 1;
            } else if (tag == "br"_L1 || (breaksLine(tag) && !text.endsWith(u'\n'))) {
                // <br> breaks the line; a block starts a new line if not on one.
                text += u'\n';
                space = false;
            }
            continue;
        }
        if (c.isSpace() && c != QChar(0xA0)) {
            space = true;
            ++pos;
            continue;
        }
        if (space && !text.isEmpty() && !text.endsWith(u'\n'))
            text += u' ';
        space = false;
        if (c == u'&')
            text += entity(html, pos);
        else
            text += html.at(pos++);
        if (text.size() > maxLength * 2)
            break;
    }
    return text;
}

QString MailText::tidy(const QString& input)
{
    QString text;
    text.reserve(std::min(input.size(), maxLength + 1));
    qsizetype newlines = 0; // in a row, at the end of text
    for (qsizetype i = 0; i < input.size() && text.size() < maxLength; ++i) {
        QChar c = input.at(i);
        if (c == u'\r') {
            if (i + 1 < input.size() && input.at(i + 1) == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n') {
            while (text.endsWith(u' ') || text.endsWith(u'\t'))
                text.chop(1);
            // Two blank lines are three line breaks; no text starts with one.
            if (++newlines <= 3 && !text.isEmpty())
                text += c;
            continue;
        }
        const char16_t code = c.unicode();
        if ((code < 0x20 && c != u'\t') || (code >= 0x7F && code < 0xA0) || c == QChar(0xFEFF))
            continue;
        if (c.isHighSurrogate() && text.size() + 1 >= maxLength)
            break; // half a character would be left
        newlines = 0;
        text += c;
    }
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}
