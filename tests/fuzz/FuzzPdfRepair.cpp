#include <QGuiApplication>

#include "PdfFile.h"
#include "PdfTextRepair.h"

// libFuzzer target: any bytes as the PDF that PdfTextRepair reads (through
// qpdf) and rewrites. It only ever gets Qt's own output, but nothing may
// crash, hang or read outside the data, and whatever it writes must be a PDF
// that qpdf reads again.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

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
    for (const auto& written : {mapsOnly, full}) {
        if (written && !PdfFile(*written).isOpen())
            __builtin_trap();
    }
    PdfTextRepair::repair(pdf, {DrawnText{QStringLiteral("x"), false}});
    return 0;
}
