#include <QGuiApplication>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "PdfTextRepair.h"

// libFuzzer target: any bytes as the PDF that PdfTextRepair reads and
// rewrites. It only ever gets Qt's own output, but its reader must not trust
// even that: nothing may crash, hang or read outside the data. And qpdf, an
// independent parser, checks what it writes: a file qpdf reads without a
// complaint must still be one after the repair, with as many pages.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

namespace {
// The number of pages when qpdf reads the file without a warning, else -1.
int cleanPageCount(const QByteArray& pdf)
{
    try {
        QPDF reader;
        reader.setSuppressWarnings(true);
        reader.processMemoryFile("fuzz", pdf.constData(), size_t(pdf.size()));
        const int pages = int(QPDFPageDocumentHelper(reader).getAllPages().size());
        return reader.anyWarnings() ? -1 : pages;
    } catch (const std::exception&) {
        return -1;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray pdf(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto mapsOnly = PdfTextRepair::repair(pdf, {});
    // As many drawn texts as the sample letter has text objects, then one.
    QList<DrawnText> drawn;
    for (int i = 0; i < 64; ++i)
        drawn << DrawnText{i % 2 ? QStringLiteral("Verein 😀") : QStringLiteral("Cafe\u0301"),
                           false};
    const auto full = PdfTextRepair::repair(pdf, drawn);
    // A repair only ever appends to what it was given.
    if ((mapsOnly && !mapsOnly->startsWith(pdf)) || (full && !full->startsWith(pdf)))
        __builtin_trap();
    if (const int pages = cleanPageCount(pdf); pages >= 0) {
        for (const auto& repaired : {mapsOnly, full}) {
            if (repaired && *repaired != pdf && cleanPageCount(*repaired) != pages)
                __builtin_trap();
        }
    }
    PdfTextRepair::repair(pdf, {DrawnText{QStringLiteral("x"), false}});
    return 0;
}
