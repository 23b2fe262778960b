#include "PdfDocumentInfo.h"

#include <QRegularExpression>
#include <algorithm>
#include <cctype>

#include "PdfIncrementalUpdate.h"

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

namespace {
QString producer()
{
    return u"Qt "_s + QLatin1String(qVersion());
}

// Text for XML: escaped, and without the control characters XML 1.0 forbids.
QString xmlText(QString text)
{
    text.removeIf([](QChar c) { return c < u' ' && c != u'\t' && c != u'\n'; });
    return text.toHtmlEscaped();
}
} // namespace

QByteArray archivalXmp(const QString& title, const QString& creator, const QDateTime& created)
{
    // Each namespace declared on the description that uses it, as Qt 6.4
    // writes it: PDFBox's preflight does not find declarations on the root
    // element, where Qt 6.8 puts them.
    const QString date = created.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
    const QString xmp =
        u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
        "      <dc:title>\n"
        "        <rdf:Alt>\n"
        "          <rdf:li xml:lang=\"x-default\">"_s +
        xmlText(title) +
        u"</rdf:li>\n"
        "        </rdf:Alt>\n"
        "      </dc:title>\n"
        "    </rdf:Description>\n"
        "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" "
        "xmp:CreatorTool=\""_s +
        xmlText(creator) + u"\" xmp:CreateDate=\""_s + date + u"\" xmp:ModifyDate=\""_s + date +
        u"\"/>\n"
        "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" "
        "pdf:Producer=\""_s +
        xmlText(producer()) +
        u"\"/>\n"
        "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" "
        "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
        "  </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>"_s;
    return xmp.toUtf8();
}

QByteArray appendArchivalDocumentInfo(const QByteArray& pdf, const QString& title,
                                      const QString& creator, const QDateTime& created)
{
    const int object = nextPdfObjectNumber(pdf);
    if (object <= 0)
        return {};
    const QDateTime utc = created.toUTC();
    const QByteArray date = "D:" + utc.toString(u"yyyyMMddHHmmss"_s).toLatin1() + 'Z';
    const QByteArray body = "<<\n/Title " + pdfTextString(title) + "\n/Creator " +
                            pdfTextString(creator) + "\n/Producer " + pdfTextString(producer()) +
                            "\n/CreationDate (" + date + ")\n/ModDate (" + date + ")\n>>\n";
    return appendPdfUpdate(pdf, {{object, body}}, object);
}
