#include "PdfTextObjects.h"

QList<PdfTextObject> pdfTextObjects(const QByteArray& content)
{
    QList<PdfTextObject> result;
    bool inObject = false;
    for (qsizetype at = 0; at < content.size();) {
        qsizetype end = content.indexOf('\n', at);
        if (end < 0)
            end = content.size();
        const QByteArray line = content.mid(at, end - at);
        const qsizetype next = end + 1;
        if (line == "BT") {
            result << PdfTextObject{next, next, {}, {}};
            inObject = true;
        } else if (!inObject) {
            // Only text objects matter here.
        } else if (line == "ET") {
            result.last().bodyEnd = at;
            inObject = false;
        } else if (line == qtBoldSpan) {
            result.last().boldSpanStart = at;
        } else if (line == "EMC" && result.last().boldSpanStart >= 0) {
            result.last().boldSpanEnd = at;
        } else if (line.startsWith('/') && line.endsWith(" Tm") && line.contains(" Tf ")) {
            result.last().font = line.mid(1, line.indexOf(' ') - 1);
        } else if (line.endsWith("> Tj") && result.last().boldSpanStart < 0) {
            const qsizetype open = line.lastIndexOf('<');
            bool ok = false;
            const uint code = line.mid(open + 1, line.size() - open - 5).toUInt(&ok, 16);
            if (open >= 0 && ok && code <= 0xffff)
                result.last().glyphs << PdfGlyph{quint16(code), at, std::min(next, content.size())};
        }
        at = next;
    }
    return result;
}
