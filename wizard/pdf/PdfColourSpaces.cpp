#include "PdfColourSpaces.h"

#include <QRegularExpression>

#include "PdfIncrementalUpdate.h"
#include "PdfObjectReader.h"

using namespace Qt::StringLiterals;

QByteArray withoutUnusedDeviceCmyk(const QByteArray& pdf)
{
    const PdfObjectReader reader(pdf);
    if (!reader.isValid())
        return pdf;
    static const QRegularExpression cmykEntries(
        u"/P?CSpcmyk\\s+(/DeviceCMYK|\\d+\\s+\\d+\\s+R)\\s*"_s);
    QList<PdfObjectUpdate> updates;
    QList<int> done;
    for (const int page : reader.pages()) {
        const QByteArray dictionary = reader.dictionary(page);
        const int resources = PdfObjectReader::reference(dictionary, "/Resources");
        if (resources < 0 || done.contains(resources))
            continue;
        const QByteArray text = reader.dictionary(resources);
        const auto content = reader.stream(PdfObjectReader::reference(dictionary, "/Contents"));
        if (!text.contains("/CSpcmyk") || !content || content->contains("CSpcmyk"))
            continue;
        done << resources;
        updates << PdfObjectUpdate{
            resources, QString::fromLatin1(text).remove(cmykEntries).toLatin1().trimmed() + '\n'};
    }
    if (updates.isEmpty())
        return pdf;
    const QByteArray result = appendPdfUpdate(pdf, updates);
    return result.isEmpty() ? pdf : result;
}
