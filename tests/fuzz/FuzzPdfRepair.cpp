#include <QGuiApplication>

#include "PdfTextRepair.h"

// libFuzzer target: any bytes as the PDF that PdfTextRepair reads and
// rewrites. It only ever gets Qt's own output, but its reader must not trust
// even that: nothing may crash, hang or read outside the data.
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
    // A repair only ever appends to what it was given.
    if ((mapsOnly && !mapsOnly->startsWith(pdf)) || (full && !full->startsWith(pdf)))
        __builtin_trap();
    PdfTextRepair::repair(pdf, {DrawnText{QStringLiteral("x"), false}});
    return 0;
}
