#include "PdfDocumentInfo.h"

#include "PdfIncrementalUpdate.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray pdfDate(const QDateTime& dateTime)
{
    return "(D:" + dateTime.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}
} // namespace

QByteArray appendDocumentInfo(const QByteArray& pdf, const PdfDocumentInfo& info)
{
    const int object = nextPdfObjectNumber(pdf);
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (object <= 0 || trailerAt < 0)
        return {};
    QByteArray result = pdf;
    const QByteArray qtDate = "/CreationDate (D:";
    const qsizetype dateAt = result.indexOf(qtDate);
    const QByteArray digits = info.creationDate.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1();
    if (dateAt >= 0 && dateAt < trailerAt && digits.size() == 14)
        result.replace(dateAt + qtDate.size(), digits.size(), digits);
    const QByteArray body =
        "<<\n/Title " + pdfTextString(info.title) + "\n/Author " + pdfTextString(info.author) +
        "\n/Subject " + pdfTextString(info.subject) + "\n/Creator " + pdfTextString(info.creator) +
        "\n/Producer " + pdfTextString(info.creator) + "\n/CreationDate " +
        pdfDate(info.creationDate) + "\n>>\n";
    return appendPdfUpdate(result, {{object, body}}, object);
}
