#include "PdfTextRepair.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <numeric>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "GlyphTextMatcher.h"
#include "PdfFile.h"
#include "PdfTextObjects.h"
#include "ToUnicodeMap.h"

namespace {
struct Font
{
    QPDFObjectHandle cmap; // the ToUnicode stream, or null
    ToUnicodeMap qtMap;
    ToUnicodeMap map; // repaired
};

struct Page
{
    QPDFObjectHandle contents; // one stream, as Qt writes it, or null
    QByteArray content;
    QHash<QByteArray, QPDFObjGen> fonts; // resource name → font object
    QList<PdfTextObject> objects;
};

// One drawn glyph and the text typed for it.
struct GlyphUse
{
    QPDFObjGen font;
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
    QPDFObjectHandle actualText = QPDFObjectHandle::newUnicodeString(text.toStdString());
    return "\n/Span << /ActualText " + QByteArray::fromStdString(actualText.unparse()) +
           " >> BDC\n";
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

Font readFont(QPDFObjectHandle font)
{
    Font result;
    QPDFObjectHandle cmap = font.getKey("/ToUnicode");
    if (cmap.isStream()) {
        result.cmap = cmap;
        result.qtMap = ToUnicodeMap::parse(PdfFile::streamData(cmap));
    }
    result.map = withPlainSpaces(result.qtMap);
    return result;
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

// Content compressed as Qt compresses its own (the writer copies streams as
// they are given).
std::string flate(const QByteArray& data)
{
    return qCompress(data).mid(4).toStdString(); // zlib data, without Qt's size prefix
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
    QList<Edit> edits{{object.bodyStart, 0, span(typed)}, {object.bodyEnd, 0, "\nEMC\n"}};
    if (object.boldSpanStart >= 0 && object.boldSpanEnd > object.boldSpanStart) {
        edits << Edit{object.boldSpanStart, object.boldSpanLength, {}}
              << Edit{object.boldSpanEnd, 3, {}}; // "EMC"
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
    std::map<QPDFObjGen, Font> fonts;
    QList<Page> pages;
};

Document readDocument(QPDF& pdf)
{
    Document document;
    for (QPDFPageObjectHelper& pageObject : QPDFPageDocumentHelper(pdf).getAllPages()) {
        Page page;
        QPDFObjectHandle contents = pageObject.getObjectHandle().getKey("/Contents");
        if (contents.isStream())
            page.contents = contents;
        QPDFObjectHandle fonts = pageObject.getAttribute("/Resources", false).getKey("/Font");
        if (fonts.isDictionary()) {
            for (auto& [name, font] : fonts.getDictAsMap()) {
                if (!font.isDictionary() || !font.isIndirect())
                    continue;
                page.fonts.insert(QByteArray::fromStdString(name.substr(1)), font.getObjGen());
                if (document.fonts.count(font.getObjGen()) == 0)
                    document.fonts.emplace(font.getObjGen(), readFont(font));
            }
        }
        document.pages << page;
    }
    return document;
}

bool namesComposedGlyphs(const Document& document)
{
    return std::any_of(document.fonts.cbegin(), document.fonts.cend(),
                       [](const auto& font) { return namesComposedGlyph(font.second.qtMap); });
}

// Works out every change first and makes them only when nothing could be
// read wrong: a damaged file throws before anything of it changed.
bool repairDocument(Document document, const QList<DrawnText>& drawn)
{
    std::map<QPDFObjGen, Font>& fonts = document.fonts;
    QList<Page>& pages = document.pages;
    if (pages.isEmpty())
        return false;
    qsizetype textObjects = 0;
    if (!drawn.isEmpty()) {
        for (Page& page : pages) {
            if (page.contents.isNull())
                continue;
            page.content = PdfFile::streamData(page.contents);
            page.objects = pdfTextObjects(page.contents);
            textObjects += page.objects.size();
        }
    }

    const auto mapText = [&fonts](QPDFObjGen font, quint16 code) {
        const auto it = fonts.find(font);
        return it == fonts.end() ? QString() : it->second.map.text(code);
    };

    // Which text each glyph was drawn for; the spans for objects whose glyphs
    // cannot be matched up with their text one by one.
    QList<GlyphUse> uses;
    QList<QList<Edit>> edits(pages.size());
    std::map<std::pair<QPDFObjGen, quint16>, QList<QString>> typedFor; // (font, code) → texts
    qsizetype next = 0;
    for (qsizetype p = 0; p < pages.size() && textObjects == drawn.size(); ++p) {
        for (const PdfTextObject& object : std::as_const(pages.at(p).objects)) {
            const QString& typed = drawn.at(next++).text;
            const QPDFObjGen font = pages.at(p).fonts.value(object.font);
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
    for (const auto& [key, typed] : typedFor) {
        // Code 0 is the font's "missing glyph" box: it stands for no text.
        if (const auto font = fonts.find(key.first); key.second != 0 && font != fonts.end()) {
            ToUnicodeMap& map = font->second.map;
            map.setText(key.second, chosenText(typed, map.text(key.second)));
        }
    }
    for (const GlyphUse& use : std::as_const(uses)) {
        if (use.text != mapText(use.font, use.code))
            edits[use.page] << Edit{use.glyph->start, 0, span(use.text)}
                            << Edit{use.glyph->end, 0, "\nEMC\n"};
    }

    for (auto& [object, font] : fonts) {
        if (font.cmap.isStream() && font.map.texts() != font.qtMap.texts())
            font.cmap.replaceStreamData(font.map.toCMap().toStdString(),
                                        QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!edits.at(p).isEmpty())
            pages[p].contents.replaceStreamData(
                flate(applied(pages.at(p).content, edits.at(p))),
                QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
    }
    return true;
}
} // namespace

bool PdfTextRepair::namesComposedGlyphs(const QByteArray& pdf)
{
    PdfFile file(pdf);
    try {
        return file.isOpen() && namesComposedGlyphs(readDocument(file.document()));
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<QByteArray> PdfTextRepair::repair(const QByteArray& pdf,
                                                const QList<DrawnText>& drawn)
{
    PdfFile file(pdf);
    try {
        if (!file.isOpen() || !repairDocument(readDocument(file.document()), drawn))
            return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
    QByteArray result = file.save();
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

bool PdfTextRepair::repair(PdfFile& file, QStringView shownText,
                           const std::function<QList<DrawnText>()>& drawnText)
{
    if (!file.isOpen())
        return false;
    try {
        Document document = readDocument(file.document());
        const bool needed = needsDrawnText(shownText) || namesComposedGlyphs(document);
        return repairDocument(std::move(document), needed ? drawnText() : QList<DrawnText>());
    } catch (const std::exception&) {
        return false;
    }
}
