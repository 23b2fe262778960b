#include "PdfIncrementalUpdate.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Trailer
{
    int size{};
    QByteArray root;
    QByteArray info;
    QByteArray id; // "/ID [<…> <…>]", which PDF/A wants in every trailer
    QByteArray startXref;
};

QByteArray captured(const QString& text, const QRegularExpression& pattern)
{
    return pattern.match(text).captured(1).toLatin1();
}

Trailer readTrailer(const QByteArray& pdf)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return {};
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression size(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression root(u"/Root\\s+(\\d+\\s+\\d+)\\s+R"_s);
    static const QRegularExpression info(u"/Info\\s+(\\d+\\s+\\d+)\\s+R"_s);
    static const QRegularExpression id(u"(/ID\\s*\\[[^\\]]*\\])"_s);
    static const QRegularExpression startXref(u"startxref\\s+(\\d+)"_s);
    return {captured(trailer, size).toInt(), captured(trailer, root), captured(trailer, info),
            captured(trailer, id), captured(trailer, startXref)};
}
} // namespace

QByteArray pdfTextString(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

int nextPdfObjectNumber(const QByteArray& pdf)
{
    return readTrailer(pdf).size;
}

QByteArray appendPdfUpdate(const QByteArray& pdf, const QList<PdfObjectUpdate>& objects,
                           int infoObject)
{
    const Trailer old = readTrailer(pdf);
    if (old.size <= 0 || old.root.isEmpty() || old.startXref.isEmpty())
        return {};
    QList<PdfObjectUpdate> sorted = objects;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });

    QByteArray result = pdf;
    if (!result.endsWith('\n'))
        result += '\n';
    QByteArray xref = "xref\n";
    int size = old.size;
    for (const PdfObjectUpdate& object : sorted) {
        // One subsection per object: the numbers need not be consecutive.
        xref += QByteArray::number(object.number) + " 1\n" +
                QByteArray::number(result.size()).rightJustified(10, '0') + " 00000 n \n";
        result += QByteArray::number(object.number) + " 0 obj\n" + object.body;
        if (!result.endsWith('\n'))
            result += '\n';
        result += "endobj\n";
        size = std::max(size, object.number + 1);
    }
    const QByteArray info = infoObject > 0 ? QByteArray::number(infoObject) + " 0" : old.info;
    const qsizetype xrefOffset = result.size();
    result +=
        xref + "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + old.root + " R\n";
    if (!info.isEmpty())
        result += "/Info " + info + " R\n";
    if (!old.id.isEmpty())
        result += old.id + '\n';
    result += "/Prev " + old.startXref + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
              "\n%%EOF\n";
    return result;
}
