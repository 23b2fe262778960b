#include "PdfDocumentInfo.h"

#include <QList>
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

struct Replacement
{
    qsizetype at;
    qsizetype length;
    QByteArray text;
};

// The offset after the last "startxref", where the file has one revision.
qsizetype onlyXref(const QByteArray& pdf, qsizetype* numberAt)
{
    const qsizetype key = pdf.lastIndexOf("startxref");
    if (key < 0 || pdf.indexOf("startxref") != key)
        return -1;
    qsizetype at = key + 9;
    while (at < pdf.size() && (pdf.at(at) == '\n' || pdf.at(at) == '\r' || pdf.at(at) == ' '))
        ++at;
    *numberAt = at;
    qsizetype offset = 0;
    for (; at < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(at))) != 0; ++at)
        offset = offset * 10 + (pdf.at(at) - '0');
    return at == *numberAt || offset >= key || pdf.mid(offset, 4) != "xref" ? -1 : offset;
}
} // namespace

QByteArray withQtDatesAt(const QByteArray& pdf, const QDateTime& moment)
{
    qsizetype startxrefNumber = 0;
    const qsizetype xref = onlyXref(pdf, &startxrefNumber);
    if (xref < 0)
        return pdf;
    const QByteArray date = pdfDate(moment);
    QList<Replacement> replacements;
    for (const QByteArray key : {"/CreationDate (D:", "/ModDate (D:"}) {
        const qsizetype at = pdf.indexOf(key);
        const qsizetype close = at < 0 ? -1 : pdf.indexOf(')', at);
        const qsizetype open = at + key.size() - 3;
        // Qt's "(D:20261206010000+01'00')" or "(D:20261206000000Z)".
        if (at < 0 || close < 0 || close > xref || close - open > 24)
            continue;
        replacements << Replacement{open, close + 1 - open, date};
    }
    // Pinned in place (same length in any zone): Qt 6.8's XMP dates.
    QByteArray result = pdf;
    const QByteArray xmpDate =
        moment.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1() + "+00:00";
    for (const char* attribute : {"xmp:CreateDate=\"", "xmp:ModifyDate=\"", "xmp:MetadataDate=\""})
        pinDate(result, xref, attribute, xmpDate);
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.at < b.at; });
    const auto shifted = [&replacements](qsizetype offset) {
        for (const Replacement& replacement : replacements) {
            if (replacement.at < offset)
                offset += replacement.text.size() - replacement.length;
        }
        return offset;
    };
    // The cross-reference entries ("0000000015 00000 n \n") name byte offsets:
    // each behind a changed date moves by the change in length.
    qsizetype at = xref + 4;
    while (at < result.size() && (result.at(at) == '\n' || result.at(at) == '\r'))
        ++at;
    const qsizetype subsection = result.indexOf('\n', at);
    const QList<QByteArray> numbers = result.mid(at, subsection - at).trimmed().split(' ');
    bool ok = numbers.size() == 2;
    const int count = ok ? numbers.at(1).toInt(&ok) : 0;
    constexpr qsizetype entrySize = 20;
    if (!ok || subsection < 0 || subsection + 1 + count * entrySize > startxrefNumber)
        return pdf;
    // One subsection, as Qt writes it: anything else is left as it is.
    const qsizetype afterEntries = subsection + 1 + count * entrySize;
    if (result.mid(afterEntries, 7) != "trailer")
        return pdf;
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = subsection + 1 + i * entrySize;
        if (result.at(entry + 17) != 'n')
            continue;
        const qsizetype offset = result.mid(entry, 10).toLongLong(&ok);
        if (!ok)
            return pdf;
        result.replace(entry, 10, QByteArray::number(shifted(offset)).rightJustified(10, '0'));
    }
    qsizetype numberEnd = startxrefNumber;
    while (numberEnd < result.size() &&
           std::isdigit(static_cast<unsigned char>(result.at(numberEnd))) != 0)
        ++numberEnd;
    result.replace(startxrefNumber, numberEnd - startxrefNumber, QByteArray::number(shifted(xref)));
    // From the back, so the earlier positions stay where they were.
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it)
        result.replace(it->at, it->length, it->text);
    return result;
}

QByteArray withDocumentId(const QByteArray& pdf, const QUuid& id)
{
    const QByteArray key = "/ID [ <";
    const qsizetype at = pdf.lastIndexOf(key);
    const QByteArray hex = id.toRfc4122().toHex();
    // "/ID [ <32 digits> <32 digits> ]"
    const qsizetype second = at + key.size() + hex.size() + 3;
    if (at < 0 || pdf.mid(at + key.size() + hex.size(), 3) != "> <" ||
        pdf.mid(second + hex.size(), 1) != ">")
        return pdf;
    QByteArray result = pdf;
    result.replace(at + key.size(), hex.size(), hex);
    result.replace(second, hex.size(), hex);
    return result;
}

QByteArray appendDocumentInfo(const QByteArray& pdf, const PdfDocumentInfo& info)
{
    const int object = nextPdfObjectNumber(pdf);
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (object <= 0 || trailerAt < 0)
        return {};
    const QByteArray body =
        "<<\n/Title " + pdfTextString(info.title) + "\n/Author " + pdfTextString(info.author) +
        "\n/Subject " + pdfTextString(info.subject) + "\n/Creator " + pdfTextString(info.creator) +
        "\n/Producer " + pdfTextString(info.creator) + "\n/CreationDate " +
        pdfDate(info.creationDate) + "\n>>\n";
    return appendPdfUpdate(pdf, {{object, body}}, object);
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
