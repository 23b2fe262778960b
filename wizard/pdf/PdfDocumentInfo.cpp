#include "PdfDocumentInfo.h"

#include <QRegularExpression>
#include <qpdf/QPDF.hh>

#include "PdfFile.h"

using namespace Qt::StringLiterals;

namespace {
QPDFObjectHandle textString(const QString& text)
{
    return QPDFObjectHandle::newUnicodeString(text.toStdString());
}

// Qt's XMP dates as attributes (xmp:CreateDate="…") or elements, with the
// local offset: the given date in UTC instead.
QByteArray withDates(const QByteArray& xmp, const QDateTime& utc)
{
    static const QRegularExpression date(
        u"(xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:=\"|>))[0-9T:+.Z-]+"_s);
    const QString value = utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
    return QString::fromUtf8(xmp).replace(date, u"\\1"_s + value).toUtf8();
}
} // namespace

bool setDocumentInfo(PdfFile& file, const PdfDocumentInfo& info)
{
    if (!file.isOpen())
        return false;
    try {
        QPDF& pdf = file.document();
        const QDateTime utc = info.creationDate.toUTC();
        const std::string date = "D:" + utc.toString(u"yyyyMMddHHmmss"_s).toStdString() + "Z";
        QPDFObjectHandle dictionary = QPDFObjectHandle::newDictionary();
        dictionary.replaceKey("/Title", textString(info.title));
        dictionary.replaceKey("/Author", textString(info.author));
        dictionary.replaceKey("/Subject", textString(info.subject));
        dictionary.replaceKey("/Creator", textString(info.creator));
        dictionary.replaceKey("/Producer", textString(info.creator));
        dictionary.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        dictionary.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
        QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
        const QByteArray xmp = metadata.isStream() ? PdfFile::streamData(metadata) : QByteArray();
        // Read everything before changing anything.
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(dictionary));
        if (!xmp.isEmpty())
            metadata.replaceStreamData(withDates(xmp, utc).toStdString(),
                                       QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        return true;
    } catch (const std::exception&) {
        return false;
    }
}
