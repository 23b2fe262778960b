#include "PdfTextObjects.h"

#include <qpdf/QPDFObjectHandle.hh>

namespace {
struct Operand
{
    QPDFObjectHandle object;
    qsizetype offset;
};

class TextObjectCollector : public QPDFObjectHandle::ParserCallbacks
{
public:
    QList<PdfTextObject> objects;

    void handleObject(QPDFObjectHandle object, size_t offset, size_t length) override
    {
        if (!object.isOperator()) {
            m_operands.push_back({object, qsizetype(offset)});
            return;
        }
        handleOperator(object.getOperatorValue(), qsizetype(offset), qsizetype(offset + length));
        m_operands.clear();
    }

    void handleEOF() override {}

private:
    void handleOperator(const std::string& name, qsizetype at, qsizetype end)
    {
        if (name == "BT") {
            objects << PdfTextObject{end, end, {}, {}};
            m_inObject = true;
            return;
        }
        if (!m_inObject)
            return; // only text objects matter here
        PdfTextObject& current = objects.last();
        if (name == "ET") {
            current.bodyEnd = at;
            m_inObject = false;
        } else if (name == "BDC" && isQtsBoldSpan() && current.boldSpanStart < 0) {
            current.boldSpanStart = m_operands.front().offset;
            current.boldSpanLength = end - current.boldSpanStart;
        } else if (name == "EMC" && current.boldSpanStart >= 0 && current.boldSpanEnd < 0) {
            current.boldSpanEnd = at;
        } else if (name == "Tf" && !m_operands.empty() && m_operands.front().object.isName()) {
            current.font = QByteArray::fromStdString(m_operands.front().object.getName().substr(1));
        } else if (name == "Tj" && current.boldSpanStart < 0 && m_operands.size() == 1 &&
                   m_operands.front().object.isString()) {
            // Qt writes two-byte glyph codes (Identity-H).
            const std::string code = m_operands.front().object.getStringValue();
            if (code.size() == 2)
                current.glyphs << PdfGlyph{quint16((quint8(code[0]) << 8) | quint8(code[1])),
                                           m_operands.front().offset, end};
        }
    }

    // "/Span << /ActualText <> >> BDC": an empty ActualText hides what it holds.
    bool isQtsBoldSpan()
    {
        if (m_operands.size() != 2 || !m_operands.front().object.isNameAndEquals("/Span") ||
            !m_operands.back().object.isDictionary())
            return false;
        QPDFObjectHandle actualText = m_operands.back().object.getKey("/ActualText");
        return actualText.isString() && actualText.getStringValue().empty();
    }

    std::vector<Operand> m_operands;
    bool m_inObject = false;
};
} // namespace

QList<PdfTextObject> pdfTextObjects(QPDFObjectHandle contents)
{
    TextObjectCollector collector;
    QPDFObjectHandle::parseContentStream(contents, &collector);
    return collector.objects;
}
