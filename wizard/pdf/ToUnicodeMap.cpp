#include "ToUnicodeMap.h"

#include <QList>

namespace {
// The hex strings and brackets of a CMap section, as tokens.
QList<QByteArray> tokens(const QByteArray& section)
{
    QList<QByteArray> result;
    for (qsizetype at = 0; at < section.size(); ++at) {
        const char c = section.at(at);
        if (c == '[' || c == ']') {
            result << QByteArray(1, c);
        } else if (c == '<') {
            const qsizetype end = section.indexOf('>', at);
            if (end < 0)
                break;
            result << section.mid(at + 1, end - at - 1);
            at = end;
        }
    }
    return result;
}

QString utf16Text(const QByteArray& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((quint8(bytes.at(i)) << 8) | quint8(bytes.at(i + 1))));
    return text;
}

QByteArray hex4(quint16 value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

quint16 code(const QByteArray& hex)
{
    return quint16(hex.toUInt(nullptr, 16));
}

// The sections between `begin` and `end` keywords.
QList<QByteArray> sections(const QByteArray& cmap, const QByteArray& begin, const QByteArray& end)
{
    QList<QByteArray> result;
    qsizetype at = 0;
    while ((at = cmap.indexOf(begin, at)) >= 0) {
        const qsizetype stop = cmap.indexOf(end, at);
        if (stop < 0)
            break;
        result << cmap.mid(at + begin.size(), stop - at - begin.size());
        at = stop;
    }
    return result;
}
} // namespace

ToUnicodeMap ToUnicodeMap::parse(const QByteArray& cmap)
{
    ToUnicodeMap map;
    for (const QByteArray& section : sections(cmap, "beginbfchar", "endbfchar")) {
        const QList<QByteArray> t = tokens(section);
        for (qsizetype i = 0; i + 1 < t.size(); i += 2)
            map.m_texts.insert(code(t.at(i)), utf16Text(t.at(i + 1)));
    }
    for (const QByteArray& section : sections(cmap, "beginbfrange", "endbfrange")) {
        const QList<QByteArray> t = tokens(section);
        for (qsizetype i = 0; i + 2 < t.size();) {
            const quint16 first = code(t.at(i));
            const quint16 last = code(t.at(i + 1));
            if (last < first)
                return {};
            if (t.at(i + 2) == "[") {
                qsizetype at = i + 3;
                for (quint32 c = first; c <= last && at < t.size() && t.at(at) != "]"; ++c, ++at)
                    map.m_texts.insert(quint16(c), utf16Text(t.at(at)));
                while (at < t.size() && t.at(at) != "]")
                    ++at;
                i = at + 1;
            } else {
                // A range: the last byte of the destination counts up.
                QString text = utf16Text(t.at(i + 2));
                for (quint32 c = first; c <= last && !text.isEmpty(); ++c) {
                    map.m_texts.insert(quint16(c), text);
                    text.back() = QChar(char16_t(text.back().unicode() + 1));
                }
                i += 3;
            }
        }
    }
    return map;
}

QByteArray ToUnicodeMap::toCMap() const
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    constexpr int perSection = 100; // the most a bfchar section may hold
    QList<QByteArray> entries;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        QByteArray text;
        for (const QChar c : it.value())
            text += hex4(c.unicode());
        if (!text.isEmpty())
            entries << '<' + hex4(it.key()) + "> <" + text + ">\n";
    }
    for (qsizetype i = 0; i < entries.size(); i += perSection) {
        const QList<QByteArray> section = entries.mid(i, perSection);
        cmap += QByteArray::number(section.size()) + " beginbfchar\n";
        for (const QByteArray& entry : section)
            cmap += entry;
        cmap += "endbfchar\n";
    }
    return cmap + "endcmap\n"
                  "CMapName currentdict /CMap defineresource pop\n"
                  "end\n"
                  "end\n";
}
