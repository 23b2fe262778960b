#include "PdfDocumentInfo.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Text strings as UTF-16BE with byte order mark, in hex: safe for any character.
QByteArray pdfText(const QString& text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray pdfDate(const QDateTime& dateTime)
{
    return "(D:" + dateTime.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}
} // namespace

QByteArray appendDocumentInfo(const QByteArray& pdf, const PdfDocumentInfo& info)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return {};
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression sizePattern(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression rootPattern(u"/Root\\s+(\\d+\\s+\\d+)\\s+R"_s);
    static const QRegularExpression startPattern(u"startxref\\s+(\\d+)"_s);
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    const auto start = startPattern.match(trailer);
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return {};

    const QByteArray object = size.captured(1).toLatin1();
    QByteArray result = pdf;
    const QByteArray qtDate = "/CreationDate (D:";
    const qsizetype dateAt = result.indexOf(qtDate);
    const QByteArray digits = info.creationDate.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1();
    if (dateAt >= 0 && dateAt < trailerAt && digits.size() == 14)
        result.replace(dateAt + qtDate.size(), digits.size(), digits);
    if (!result.endsWith('\n'))
        result += '\n';
    const qsizetype objectOffset = result.size();
    result += object + " 0 obj\n<<\n/Title " + pdfText(info.title) + "\n/Author " +
              pdfText(info.author) + "\n/Subject " + pdfText(info.subject) + "\n/Creator " +
              pdfText(info.creator) + "\n/Producer " + pdfText(info.creator) + "\n/CreationDate " +
              pdfDate(info.creationDate) + "\n>>\nendobj\n";
    const qsizetype xrefOffset = result.size();
    result += "xref\n" + object + " 1\n" +
              QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    result += "trailer\n<<\n/Size " + QByteArray::number(object.toLongLong() + 1) + "\n/Root " +
              root.captured(1).toLatin1() + " R\n/Info " + object + " 0 R\n/Prev " +
              start.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
              "\n%%EOF\n";
    return result;
}
