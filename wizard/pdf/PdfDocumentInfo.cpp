#include "PdfDocumentInfo.h"

#include <QRegularExpression>
#include <algorithm>
#include <cctype>

#include "PdfIncrementalUpdate.h"
#include "PdfObjectReader.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray pdfDate(const QDateTime& dateTime)
{
    return "(D:" + dateTime.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}
// Overwrites the date after the first `key` before `end` with `date`, where
// what stands there has the same length and is a date Qt wrote.
void pinDate(QByteArray& pdf, qsizetype end, const QByteArray& key, const QByteArray& date)
{
    const qsizetype at = pdf.indexOf(key);
    if (at < 0 || at + key.size() + date.size() > end)
        return;
    const QByteArray old = pdf.mid(at + key.size(), date.size());
    const bool sameShape = std::equal(old.cbegin(), old.cend(), date.cbegin(), [](char a, char b) {
        return (std::isdigit(static_cast<unsigned char>(a)) != 0) ==
               (std::isdigit(static_cast<unsigned char>(b)) != 0);
    });
    if (date.size() >= 14 && sameShape)
        pdf.replace(at + key.size(), date.size(), date);
}

// The 14 digits of a date in Qt's document information, as the given moment
// in the offset Qt wrote after them ("Z", "+01'00'", "-05'00'"): the file then
// names the same moment in each of its revisions.
QByteArray digitsInQtsOffset(const QByteArray& pdf, qsizetype end, const QByteArray& key,
                             const QDateTime& moment)
{
    const qsizetype at = pdf.indexOf(key);
    const QByteArray suffix = at < 0 ? QByteArray() : pdf.mid(at + key.size() + 14, 7);
    static const QRegularExpression offset(u"^([+-])(\\d\\d)'(\\d\\d)'"_s);
    const auto match = offset.match(QString::fromLatin1(suffix));
    int seconds = 0;
    if (at >= 0 && at < end && match.hasMatch())
        seconds = (match.captured(2).toInt() * 60 + match.captured(3).toInt()) * 60 *
                  (match.captured(1) == u"-"_s ? -1 : 1);
    return moment.toUTC().addSecs(seconds).toString(u"yyyyMMddHHmmss"_s).toLatin1();
}
} // namespace

QByteArray appendDocumentInfo(const QByteArray& pdf, const PdfDocumentInfo& info)
{
    const int object = nextPdfObjectNumber(pdf);
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (object <= 0 || trailerAt < 0)
        return {};
    QByteArray result = pdf;
    const QDateTime utc = info.creationDate.toUTC();
    for (const QByteArray key : {"/CreationDate (D:", "/ModDate (D:"})
        pinDate(result, trailerAt, key, digitsInQtsOffset(result, trailerAt, key, utc));
    // XMP dates carry the local offset ("+01:00"); six characters in any zone.
    const QByteArray xmpDate = utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1() + "+00:00";
    for (const char* attribute : {"xmp:CreateDate=\"", "xmp:ModifyDate=\"", "xmp:MetadataDate=\""})
        pinDate(result, trailerAt, attribute, xmpDate);
    const QByteArray body =
        "<<\n/Title " + pdfTextString(info.title) + "\n/Author " + pdfTextString(info.author) +
        "\n/Subject " + pdfTextString(info.subject) + "\n/Creator " + pdfTextString(info.creator) +
        "\n/Producer " + pdfTextString(info.creator) + "\n/CreationDate " +
        pdfDate(info.creationDate) + "\n>>\n";
    return appendPdfUpdate(result, {{object, body}}, object);
}

QByteArray appendArchivalDocumentInfo(const QByteArray& pdf, const QString& title,
                                      const QString& creator)
{
    const PdfObjectReader reader(pdf);
    const QByteArray old = reader.dictionary(PdfObjectReader::reference(reader.trailer(), "/Info"));
    // Qt's creation date is plain ASCII, its producer "Qt" and its version
    // (the XMP metadata says the same).
    static const QRegularExpression date(u"/CreationDate\\s*\\((D:[0-9Z+'-]+)\\)"_s);
    const QString created = date.match(QString::fromLatin1(old)).captured(1);
    const int object = nextPdfObjectNumber(pdf);
    if (created.isEmpty() || object <= 0)
        return {};
    const QByteArray body = "<<\n/Title " + pdfTextString(title) + "\n/Creator " +
                            pdfTextString(creator) + "\n/Producer " +
                            pdfTextString(u"Qt "_s + QLatin1String(qVersion())) +
                            "\n/CreationDate (" + created.toLatin1() + ")\n>>\n";
    return appendPdfUpdate(pdf, {{object, body}}, object);
}
