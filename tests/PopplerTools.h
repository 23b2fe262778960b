#pragma once

#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Reads a PDF back with poppler's command-line tools (Debian's poppler-utils),
// so the tests check the file a user gets, not our own idea of it; and with
// MuPDF's mutool (mupdf-tools), a second reader that knows only the fonts'
// ToUnicode maps, not /ActualText.
namespace PopplerTools {

// Empty when poppler-utils are installed, otherwise what to do about it: for
// QVERIFY2 in initTestCase, so a missing tool fails clearly instead of every check.
inline QString missing()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
               ? QStringLiteral("poppler-utils are missing; scripts/install-dependencies.sh "
                                "installs them")
               : QString();
}

inline QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString info(const QString& pdf)
{
    return run(QStringLiteral("pdfinfo"), {pdf});
}

inline QString infoField(const QString& pdf, const QString& field)
{
    const QRegularExpression pattern(u'^' + QRegularExpression::escape(field) +
                                         QStringLiteral(":\\s*(.*)$"),
                                     QRegularExpression::MultilineOption);
    return pattern.match(info(pdf)).captured(1).trimmed();
}

// Text in content order (-raw), whitespace folded to single spaces.
inline QString rawText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .simplified();
}

// Text in reading order, as viewers copy it, whitespace folded. Poppler marks
// right-to-left runs with U+202B … U+202C for plain-text readers; those marks
// are its own, not the document's, and are dropped.
inline QString readingText(const QString& pdf)
{
    QString text = run(QStringLiteral("pdftotext"),
                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    text.removeIf([](QChar c) { return c.unicode() >= 0x202a && c.unicode() <= 0x202e; });
    return text.simplified();
}

// All pages' text as MuPDF reads it, whitespace folded.
inline QString mupdfText(const QString& pdf)
{
    return run(QStringLiteral("mutool"),
               {QStringLiteral("draw"), QStringLiteral("-F"), QStringLiteral("txt"),
                QStringLiteral("-o"), QStringLiteral("-"), pdf})
        .simplified();
}

// The text without any whitespace: lines wrapped anywhere (a long address
// breaks mid-word) compare equal to the text as typed.
inline QString compact(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

struct Word
{
    QString text;
    QRectF mm; // position on the page in millimetres from the top-left corner
    int page;
};

inline QList<Word> words(const QString& pdf)
{
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    static const QRegularExpression pageTag(QStringLiteral("<page "));
    static const QRegularExpression wordTag(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"
        "([^<]*)</word>"));
    QList<Word> result;
    const QStringList pages = html.split(pageTag);
    constexpr double mmPerPoint = 25.4 / 72.0;
    for (int page = 1; page < pages.size(); ++page) {
        auto it = wordTag.globalMatch(pages.at(page));
        while (it.hasNext()) {
            const auto m = it.next();
            const QPointF topLeft(m.captured(1).toDouble() * mmPerPoint,
                                  m.captured(2).toDouble() * mmPerPoint);
            const QPointF bottomRight(m.captured(3).toDouble() * mmPerPoint,
                                      m.captured(4).toDouble() * mmPerPoint);
            QString text = m.captured(5);
            text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            result << Word{text, QRectF(topLeft, bottomRight), page};
        }
    }
    return result;
}

// Grey value (0 black .. 255 white) of the darkest pixel in a millimetre area
// of page 1, rendered by pdftoppm at 150 dpi.
inline int darkestPixel(const QString& pdf, const QRectF& mmArea)
{
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("150"),
                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), pdf});
    if (!process.waitForFinished(30000))
        return -1;
    const QByteArray pgm = process.readAllStandardOutput();
    // P5 header: "P5\n<width> <height>\n255\n"
    const QList<QByteArray> header = pgm.left(64).split('\n');
    if (header.size() < 3 || header.at(0) != "P5")
        return -1;
    const QList<QByteArray> size = header.at(1).split(' ');
    const int width = size.value(0).toInt();
    const qsizetype offset = header.at(0).size() + header.at(1).size() + header.at(2).size() + 3;
    const double pixelsPerMm = 150 / 25.4;
    int darkest = 255;
    for (int y = int(mmArea.top() * pixelsPerMm); y <= int(mmArea.bottom() * pixelsPerMm); ++y) {
        for (int x = int(mmArea.left() * pixelsPerMm); x <= int(mmArea.right() * pixelsPerMm);
             ++x) {
            const qsizetype at = offset + qsizetype(y) * width + x;
            if (at < pgm.size())
                darkest = std::min(darkest, int(static_cast<unsigned char>(pgm.at(at))));
        }
    }
    return darkest;
}

} // namespace PopplerTools
