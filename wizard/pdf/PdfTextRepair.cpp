#include "PdfTextRepair.h"

#include <QHash>
#include <algorithm>
#include <numeric>

#include "GlyphTextMatcher.h"
#include "PdfIncrementalUpdate.h"
#include "PdfObjectReader.h"
#include "PdfTextObjects.h"
#include "ToUnicodeMap.h"

namespace {
struct Font
{
    int cmapObject = -1;
    ToUnicodeMap qtMap;
    ToUnicodeMap map; // repaired
};

struct Page
{
    int contentsObject = -1;
    QByteArray content;
    QHash<QByteArray, int> fonts; // resource name → font object
    QList<PdfTextObject> objects;
};

// One drawn glyph and the text typed for it.
struct GlyphUse
{
    int font;
    quint16 code;
    QString text;
    const PdfGlyph* glyph;
    qsizetype page;
};

// A change of a content stream: `length` bytes at `at` replaced by `text`.
struct Edit
{
    qsizetype at;
    qsizetype length;
    QByteArray text;
};

QByteArray span(const QString& text)
{
    return "/Span << /ActualText " + pdfTextString(text) + " >> BDC\n";
}

QHash<QByteArray, int> pageFonts(const PdfObjectReader& reader, const QByteArray& page)
{
    QByteArray resources = page;
    if (const int object = PdfObjectReader::reference(page, "/Resources"); object >= 0)
        resources = reader.dictionary(object);
    const qsizetype fontAt = resources.indexOf("/Font");
    const qsizetype open = resources.indexOf("<<", fontAt);
    const qsizetype close = resources.indexOf(">>", open);
    QHash<QByteArray, int> fonts;
    if (fontAt < 0 || open < 0 || close < 0)
        return fonts;
    const QList<QByteArray> parts =
        resources.mid(open + 2, close - open - 2).simplified().split(' ');
    for (qsizetype i = 0; i + 3 < parts.size(); i += 4) {
        if (parts.at(i).startsWith('/') && parts.at(i + 3) == "R")
            fonts.insert(parts.at(i).mid(1), parts.at(i + 1).toInt());
    }
    return fonts;
}

// Qt names the space glyph after the first character the font draws with it,
// usually the tab: readers that keep it write tabs between the words.
ToUnicodeMap withPlainSpaces(const ToUnicodeMap& qtMap)
{
    ToUnicodeMap map = qtMap;
    for (auto it = qtMap.texts().cbegin(); it != qtMap.texts().cend(); ++it) {
        if (it.value().size() == 1 && it.value().at(0).isSpace() && it.value().at(0) < u' ')
            map.setText(it.key(), QStringLiteral(" "));
    }
    return map;
}

Font readFont(const PdfObjectReader& reader, int object)
{
    Font font;
    font.cmapObject = PdfObjectReader::reference(reader.dictionary(object), "/ToUnicode");
    font.qtMap = ToUnicodeMap::parse(reader.stream(font.cmapObject).value_or(QByteArray()));
    font.map = withPlainSpaces(font.qtMap);
    return font;
}

// A glyph named with a ligature (ﬁ), a presentation form or several
// characters stands for something else than its name: the typed text is needed.
bool namesComposedGlyph(const ToUnicodeMap& map)
{
    return std::any_of(map.texts().cbegin(), map.texts().cend(), [](const QString& text) {
        if (text.isEmpty())
            return false;
        const char16_t first = text.at(0).unicode();
        const bool presentationForm =
            (first >= 0xfb00 && first < 0xfe00) || (first >= 0xfe70 && first < 0xff00);
        return presentationForm || text.size() > (text.at(0).isHighSurrogate() ? 2 : 1);
    });
}

QByteArray plainStream(const QByteArray& data)
{
    return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream\n";
}

QByteArray flateStream(const QByteArray& data)
{
    const QByteArray zlib = qCompress(data).mid(4); // without Qt's size prefix
    return "<<\n/Length " + QByteArray::number(zlib.size()) +
           "\n/Filter /FlateDecode\n>>\nstream\n" + zlib + "\nendstream\n";
}

QByteArray applied(QByteArray content, const QList<Edit>& edits)
{
    // From the end backwards, so that every offset still holds. Of two
    // insertions at one place, the one listed later goes in first and so ends
    // up behind: the "EMC" of one glyph stays before the span of the next.
    QList<qsizetype> order(edits.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&edits](qsizetype a, qsizetype b) {
        return edits.at(a).at != edits.at(b).at ? edits.at(a).at > edits.at(b).at : a > b;
    });
    for (const qsizetype i : order)
        content.replace(edits.at(i).at, edits.at(i).length, edits.at(i).text);
    return content;
}

// A span around the whole object, for glyphs that cannot be matched up with
// the text one by one. One span must not hold another: Qt's empty one goes,
// the new one covers its glyphs too.
QList<Edit> objectSpan(const PdfTextObject& object, const QString& typed)
{
    QList<Edit> edits{{object.bodyStart, 0, span(typed)}, {object.bodyEnd, 0, "EMC\n"}};
    if (object.boldSpanStart >= 0 && object.boldSpanEnd > object.boldSpanStart) {
        edits << Edit{object.boldSpanStart, qtBoldSpan.size() + 1, {}}
              << Edit{object.boldSpanEnd, 4, {}};
    }
    return edits;
}

// The text a glyph's map entry should give: what all its uses typed, or, when
// they differ, what Qt's map says if some use typed that, else the commonest.
QString chosenText(const QList<QString>& typed, const QString& qtText)
{
    if (typed.contains(qtText))
        return std::all_of(typed.cbegin(), typed.cend(),
                           [&typed](const QString& t) { return t == typed.first(); })
                   ? typed.first()
                   : qtText;
    QHash<QString, int> counts;
    QString best;
    for (const QString& text : typed) {
        if (++counts[text] > counts.value(best))
            best = text;
    }
    return best;
}
} // namespace

bool PdfTextRepair::needsDrawnText(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSurrogate() || c.isMark() || c.category() == QChar::Other_Format)
            return true;
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirRLI:
            return true;
        default:
            break;
        }
        const bool simpleRange = u < 0x0590 || (u >= 0x2000 && u < 0x2c00) ||
                                 (u >= 0x3000 && u < 0xa000) || (u >= 0xac00 && u < 0xd7a4) ||
                                 (u >= 0xff00 && u < 0xfff0);
        if (!simpleRange)
            return true;
    }
    return false;
}

namespace {
// The pages and their fonts, read once; the pages' content only when the
// drawn text is there to compare it with.
struct Document
{
    QHash<int, Font> fonts; // by font object
    QList<Page> pages;
};

Document readDocument(const PdfObjectReader& reader)
{
    Document document;
    for (const int pageObject : reader.pages()) {
        const QByteArray dictionary = reader.dictionary(pageObject);
        Page page;
        page.fonts = pageFonts(reader, dictionary);
        page.contentsObject = PdfObjectReader::reference(dictionary, "/Contents");
        for (const int font : std::as_const(page.fonts)) {
            if (!document.fonts.contains(font))
                document.fonts.insert(font, readFont(reader, font));
        }
        document.pages << page;
    }
    return document;
}

bool namesComposedGlyphs(const Document& document)
{
    return std::any_of(document.fonts.cbegin(), document.fonts.cend(),
                       [](const Font& font) { return namesComposedGlyph(font.qtMap); });
}

std::optional<QByteArray> repairDocument(const QByteArray& pdf, const PdfObjectReader& reader,
                                         Document document, const QList<DrawnText>& drawn)
{
    QHash<int, Font>& fonts = document.fonts;
    QList<Page>& pages = document.pages;
    if (pages.isEmpty())
        return std::nullopt;
    qsizetype textObjects = 0;
    if (!drawn.isEmpty()) {
        for (Page& page : pages) {
            page.content = reader.stream(page.contentsObject).value_or(QByteArray());
            page.objects = pdfTextObjects(page.content);
            textObjects += page.objects.size();
        }
    }

    const auto mapText = [&fonts](int font, quint16 code) {
        const auto it = fonts.constFind(font);
        return it == fonts.cend() ? QString() : it->map.text(code);
    };

    // Which text each glyph was drawn for; the spans for objects whose glyphs
    // cannot be matched up with their text one by one.
    QList<GlyphUse> uses;
    QList<QList<Edit>> edits(pages.size());
    QHash<QPair<int, quint16>, QList<QString>> typedFor; // (font, code) → texts
    qsizetype next = 0;
    for (qsizetype p = 0; p < pages.size() && textObjects == drawn.size(); ++p) {
        for (const PdfTextObject& object : std::as_const(pages.at(p).objects)) {
            const QString& typed = drawn.at(next++).text;
            const int font = pages.at(p).fonts.value(object.font, -1);
            QStringList shown;
            for (const PdfGlyph& glyph : object.glyphs) {
                const QString text = mapText(font, glyph.code);
                shown << (text == QChar(u'\0') ? QString() : text);
            }
            const auto perGlyph = typedTextPerGlyph(shown, typed);
            if (!perGlyph) {
                edits[p] << objectSpan(object, typed);
                continue;
            }
            for (qsizetype i = 0; i < object.glyphs.size(); ++i) {
                const PdfGlyph& glyph = object.glyphs.at(i);
                uses << GlyphUse{font, glyph.code, perGlyph->at(i), &glyph, p};
                typedFor[{font, glyph.code}] << perGlyph->at(i);
            }
        }
    }

    // Each glyph's map entry says what was typed for it; a use that typed
    // something else gets its text as a span around its glyph.
    for (auto it = typedFor.cbegin(); it != typedFor.cend(); ++it) {
        // Code 0 is the font's "missing glyph" box: it stands for no text.
        if (it.key().second != 0 && fonts.contains(it.key().first)) {
            ToUnicodeMap& map = fonts[it.key().first].map;
            map.setText(it.key().second, chosenText(it.value(), map.text(it.key().second)));
        }
    }
    for (const GlyphUse& use : std::as_const(uses)) {
        if (use.text != mapText(use.font, use.code))
            edits[use.page] << Edit{use.glyph->lineStart, 0, span(use.text)}
                            << Edit{use.glyph->lineEnd, 0, "EMC\n"};
    }

    QList<PdfObjectUpdate> updates;
    for (auto it = fonts.cbegin(); it != fonts.cend(); ++it) {
        if (it->cmapObject >= 0 && it->map.texts() != it->qtMap.texts())
            updates << PdfObjectUpdate{it->cmapObject, plainStream(it->map.toCMap())};
    }
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!edits.at(p).isEmpty())
            updates << PdfObjectUpdate{pages.at(p).contentsObject,
                                       flateStream(applied(pages.at(p).content, edits.at(p)))};
    }
    if (updates.isEmpty())
        return pdf;
    QByteArray result = appendPdfUpdate(pdf, updates);
    if (result.isEmpty())
        return std::nullopt;
    return result;
}
} // namespace

bool PdfTextRepair::namesComposedGlyphs(const QByteArray& pdf)
{
    return namesComposedGlyphs(readDocument(PdfObjectReader(pdf)));
}

std::optional<QByteArray> PdfTextRepair::repair(const QByteArray& pdf,
                                                const QList<DrawnText>& drawn)
{
    const PdfObjectReader reader(pdf);
    if (!reader.isValid())
        return std::nullopt;
    return repairDocument(pdf, reader, readDocument(reader), drawn);
}

std::optional<QByteArray> PdfTextRepair::repair(const QByteArray& pdf, QStringView shownText,
                                                const std::function<QList<DrawnText>()>& drawnText)
{
    const PdfObjectReader reader(pdf);
    if (!reader.isValid())
        return std::nullopt;
    Document document = readDocument(reader);
    const bool needed = needsDrawnText(shownText) || namesComposedGlyphs(document);
    return repairDocument(pdf, reader, std::move(document),
                          needed ? drawnText() : QList<DrawnText>());
}
