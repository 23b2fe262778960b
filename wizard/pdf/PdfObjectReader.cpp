#include "PdfObjectReader.h"

#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxUpdates = 64;          // a longer /Prev chain is a loop or not ours
constexpr qsizetype xrefEntrySize = 20; // "0000000015 00000 n \n"

qsizetype skipSpace(const QByteArray& data, qsizetype at)
{
    while (at < data.size() && (data.at(at) == ' ' || data.at(at) == '\r' || data.at(at) == '\n'))
        ++at;
    return at;
}

// A non-negative decimal number at `at`; `at` moves past it. -1 if none.
qint64 readNumber(const QByteArray& data, qsizetype& at)
{
    at = skipSpace(data, at);
    qint64 value = -1;
    while (at < data.size() && data.at(at) >= '0' && data.at(at) <= '9' && value < (1LL << 40))
        value = std::max<qint64>(value, 0) * 10 + (data.at(at++) - '0');
    return value;
}
} // namespace

PdfObjectReader::PdfObjectReader(const QByteArray& pdf) : m_pdf(pdf)
{
    const qsizetype startxref = m_pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return;
    qsizetype at = startxref + 9;
    const qint64 offset = readNumber(m_pdf, at);
    if (offset < 0 || !readXref(offset, 0))
        m_offsets.clear();
}

bool PdfObjectReader::readXref(qsizetype offset, int depth)
{
    if (depth > maxUpdates || offset >= m_pdf.size() || !m_pdf.mid(offset, 4).startsWith("xref"))
        return false;
    qsizetype at = offset + 4;
    for (;;) {
        at = skipSpace(m_pdf, at);
        if (m_pdf.mid(at, 7) == "trailer")
            break;
        const qint64 first = readNumber(m_pdf, at);
        const qint64 count = readNumber(m_pdf, at);
        at = skipSpace(m_pdf, at);
        if (first < 0 || count < 0 || at + count * xrefEntrySize > m_pdf.size())
            return false;
        for (qint64 i = 0; i < count; ++i, at += xrefEntrySize) {
            const QByteArray entry = m_pdf.mid(at, xrefEntrySize);
            bool ok = false;
            const qsizetype objectOffset = entry.left(10).toLongLong(&ok);
            // The newest update is read first; older entries do not overwrite it.
            if (ok && entry.at(17) == 'n' && !m_offsets.contains(int(first + i)))
                m_offsets.insert(int(first + i), objectOffset);
        }
    }
    const qsizetype end = m_pdf.indexOf("startxref", at);
    const QByteArray trailer = m_pdf.mid(at, end < 0 ? -1 : end - at);
    if (m_trailer.isEmpty())
        m_trailer = trailer;
    static const QRegularExpression prevPattern(u"/Prev\\s+(\\d+)"_s);
    const auto prev = prevPattern.match(QString::fromLatin1(trailer));
    return !prev.hasMatch() || readXref(prev.captured(1).toLongLong(), depth + 1);
}

qsizetype PdfObjectReader::objectStart(int object) const
{
    const qsizetype offset = m_offsets.value(object, -1);
    const QByteArray header = QByteArray::number(object) + " 0 obj";
    if (offset < 0 || m_pdf.mid(offset, header.size()) != header)
        return -1;
    return offset + header.size();
}

QByteArray PdfObjectReader::dictionary(int object) const
{
    const qsizetype start = objectStart(object);
    if (start < 0)
        return {};
    const qsizetype streamAt = m_pdf.indexOf("stream", start);
    const qsizetype endAt = m_pdf.indexOf("endobj", start);
    const qsizetype end = streamAt >= 0 && (endAt < 0 || streamAt < endAt) ? streamAt : endAt;
    return end < 0 ? QByteArray() : m_pdf.mid(start, end - start);
}

bool PdfObjectReader::isCompressed(int object) const
{
    return dictionary(object).contains("/FlateDecode");
}

std::optional<QByteArray> PdfObjectReader::stream(int object) const
{
    const QByteArray dict = dictionary(object);
    const qsizetype start = objectStart(object);
    if (dict.isEmpty() || m_pdf.mid(start + dict.size(), 6) != "stream")
        return std::nullopt;
    qsizetype dataAt = start + dict.size() + 6;
    if (m_pdf.mid(dataAt, 2) == "\r\n")
        dataAt += 2;
    else if (m_pdf.mid(dataAt, 1) == "\n")
        dataAt += 1;

    static const QRegularExpression lengthPattern(u"/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"_s);
    const auto match = lengthPattern.match(QString::fromLatin1(dict));
    if (!match.hasMatch())
        return std::nullopt;
    qint64 length = match.captured(1).toLongLong();
    if (match.hasCaptured(2)) {
        qsizetype at = 0;
        length = readNumber(dictionary(int(length)), at);
    }
    if (length < 0 || dataAt + length > m_pdf.size())
        return std::nullopt;
    const QByteArray data = m_pdf.mid(dataAt, length);
    if (!dict.contains("/FlateDecode"))
        return data;
    // qUncompress wants zlib data behind the expected size (big endian); it
    // grows its buffer when the guess is too small.
    QByteArray sized(4, '\0');
    qToBigEndian(quint32(std::min<qint64>(data.size() * 8, 1 << 24)), sized.data());
    const QByteArray inflated = qUncompress(sized + data);
    if (inflated.isEmpty() && !data.isEmpty())
        return std::nullopt;
    return inflated;
}

QList<int> PdfObjectReader::pages() const
{
    const QByteArray catalog = dictionary(reference(m_trailer, "/Root"));
    const QByteArray tree = dictionary(reference(catalog, "/Pages"));
    const qsizetype kids = tree.indexOf("/Kids");
    const qsizetype close = tree.indexOf(']', kids);
    if (kids < 0 || close < 0)
        return {};
    return references(tree.mid(kids, close - kids));
}

int PdfObjectReader::reference(const QByteArray& dictionary, const QByteArray& key)
{
    // Byte scanning rather than a regular expression: this runs for every
    // exported letter, and compiling a pattern costs more than the search.
    for (qsizetype at = dictionary.indexOf(key); at >= 0; at = dictionary.indexOf(key, at + 1)) {
        qsizetype next = at + key.size();
        if (next >= dictionary.size() ||
            (dictionary.at(next) != ' ' && dictionary.at(next) != '\n'))
            continue; // "/F1" must not find "/F10"
        const qint64 object = readNumber(dictionary, next);
        const qint64 generation = readNumber(dictionary, next);
        next = skipSpace(dictionary, next);
        if (object >= 0 && generation >= 0 && next < dictionary.size() &&
            dictionary.at(next) == 'R')
            return int(object);
    }
    return -1;
}

QList<int> PdfObjectReader::references(const QByteArray& text)
{
    QList<int> result;
    const QList<QByteArray> parts = text.simplified().replace('[', ' ').split(' ');
    for (qsizetype i = 0; i + 2 < parts.size(); ++i) {
        if (parts.at(i + 2) == "R" && !parts.at(i).isEmpty() && !parts.at(i + 1).isEmpty()) {
            bool objectOk = false;
            bool generationOk = false;
            const int object = parts.at(i).toInt(&objectOk);
            parts.at(i + 1).toInt(&generationOk);
            if (objectOk && generationOk)
                result << object;
        }
    }
    return result;
}
