#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>

// Reads the objects of a PDF that QPdfWriter wrote: classic cross-reference
// tables (also those of incremental updates), objects as text, streams plain
// or FlateDecode. Not a general PDF parser; whatever it does not expect gives
// an empty result, never a guess.
class PdfObjectReader
{
public:
    explicit PdfObjectReader(const QByteArray& pdf);

    bool isValid() const { return !m_offsets.isEmpty(); }
    // The newest trailer dictionary.
    const QByteArray& trailer() const { return m_trailer; }
    // An object's text up to its stream or its end: usually a dictionary.
    QByteArray dictionary(int object) const;
    // An object's stream, decoded.
    std::optional<QByteArray> stream(int object) const;
    // Whether the object's stream is FlateDecode-compressed.
    bool isCompressed(int object) const;
    // The page objects, in order (Qt writes one flat /Kids array).
    QList<int> pages() const;

    // "/Key N 0 R" in `dictionary`: N, or -1.
    static int reference(const QByteArray& dictionary, const QByteArray& key);
    // All "N 0 R" in order, for arrays like /Kids.
    static QList<int> references(const QByteArray& text);

private:
    bool readXref(qsizetype offset, int depth);
    qsizetype objectStart(int object) const;

    const QByteArray m_pdf;
    QHash<int, qsizetype> m_offsets;
    QByteArray m_trailer;
};
