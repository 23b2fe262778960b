#include "FontCoverage.h"

#include <QGlyphRun>
#include <QRawFont>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Latin with its extensions, dashes, quotation marks and the euro: every
// letter font the program asks for (and its fallbacks) has these, so they
// need no check. Saves the work for almost every German and English letter.
bool surelyCovered(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x250 || (u >= 0x2010 && u <= 0x2027) || u == 0x20ac;
    });
}

// Whether Qt finds a glyph for the cluster in the font or a fallback: a
// missing one shows as glyph 0, or comes from Qt's stand-in that draws boxes
// (a "font" without any font tables) for scripts no font supports.
bool drawable(const QString& cluster, const QFont& font)
{
    QTextLayout layout(cluster, font);
    layout.beginLayout();
    layout.createLine().setLineWidth(1e6);
    layout.endLayout();
    const char32_t first = cluster.toUcs4().value(0);
    bool someFontHasIt = false;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QList<quint32> glyphs = run.glyphIndexes();
        if (std::find(glyphs.cbegin(), glyphs.cend(), 0u) != glyphs.cend() ||
            run.rawFont().fontTable("head").isEmpty())
            return false;
        someFontHasIt = someFontHasIt || run.rawFont().supportsCharacter(uint(first));
    }
    return someFontHasIt;
}
} // namespace

namespace {
// Each character with its code points: the character alone would show as the
// very box the message is about.
QString named(const QStringList& characters)
{
    // A letter without any font would list its whole alphabet.
    constexpr qsizetype shown = 12;
    QStringList names;
    for (const QString& character : characters.mid(0, shown)) {
        QStringList points;
        for (const char32_t point : character.toUcs4())
            points << u"U+"_s + QString::number(point, 16).toUpper().rightJustified(4, u'0');
        names << character + u" ("_s + points.join(u' ') + u')';
    }
    if (characters.size() > shown)
        names << FontCoverage::tr("and %n more", nullptr, int(characters.size() - shown));
    return names.join(u", "_s);
}
} // namespace

QStringList FontCoverage::missingCharacters(const QString& text, const QFont& font)
{
    QStringList missing;
    // Latin is taken as covered where the font draws a plain letter; on a
    // system with no font at all (a server after cmake --install) it does
    // not, and every character would be a box.
    const bool latinDrawable = drawable(u"a"_s, font);
    if (latinDrawable && surelyCovered(text))
        return missing;
    QSet<QString> checked;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() > 0) {
        const QStringView view = QStringView(text).sliced(start, finder.position() - start);
        start = finder.position();
        if ((latinDrawable && surelyCovered(view)) || view.trimmed().isEmpty())
            continue;
        const QString cluster = view.toString();
        if (checked.contains(cluster))
            continue;
        checked.insert(cluster);
        if (!drawable(cluster, font))
            missing << cluster;
    }
    return missing;
}

QString FontCoverage::warning(const QStringList& missing)
{
    if (missing.isEmpty())
        return {};
    return tr("No font on this computer has these characters; in the PDF and on paper they "
              "appear as empty boxes: %1. Install a font that has them (on Debian, for "
              "example, the package fonts-noto-core) or write them differently.")
        .arg(named(missing));
}
