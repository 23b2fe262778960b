#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// The text a PDF reader gets for each glyph code of a font: its ToUnicode
// CMap (ISO 32000-1, 9.10.3), two-byte codes as Qt writes them.
class ToUnicodeMap
{
public:
    static ToUnicodeMap parse(const QByteArray& cmap);

    // The text for `code`, or an empty string when the map has none.
    QString text(quint16 code) const { return m_texts.value(code); }
    void setText(quint16 code, const QString& text) { m_texts.insert(code, text); }
    const QMap<quint16, QString>& texts() const { return m_texts; }

    // The map as a CMap stream's content, one entry per code.
    QByteArray toCMap() const;

private:
    QMap<quint16, QString> m_texts;
};
