#include "GlyphTextMatcher.h"

#include <QTextBoundaryFinder>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Compatibility decomposition puts a presentation form, a ligature and a
// precomposed letter on the same footing as the characters typed for them.
QString comparable(const QString& text)
{
    return foldSpaces(text.normalized(QString::NormalizationForm_KD));
}

QString sorted(QString text)
{
    std::sort(text.begin(), text.end());
    return text;
}

// Characters that draw no glyph of their own (joiners, variation selectors)
// go with the glyph before them.
bool drawsNoGlyph(const QString& text, qsizetype at)
{
    const char32_t c = text.at(at).unicode();
    return QChar::category(c) == QChar::Other_Format || (c >= 0xfe00 && c <= 0xfe0f);
}

qsizetype codePointLength(const QString& text, qsizetype at)
{
    return at + 1 < text.size() && text.at(at).isHighSurrogate() && text.at(at + 1).isLowSurrogate()
               ? 2
               : 1;
}

class Matcher
{
public:
    Matcher(const QStringList& shown, const QString& typed)
        : m_shown(shown), m_typed(typed), m_graphemes(QTextBoundaryFinder::Grapheme, typed)
    {}

    std::optional<QStringList> run()
    {
        while (m_glyph < m_shown.size()) {
            attachGlyphless();
            if (m_at >= m_typed.size())
                return std::nullopt;
            const bool matched = m_shown.at(m_glyph).isEmpty()   ? takeUnnamed()
                                 : showsGlyphless(m_glyph, m_at) ? (give(m_at + 1), true)
                                                                 : takeNamed() || takeReordered();
            if (!matched)
                return std::nullopt;
        }
        // What is left draws nothing (a trailing joiner, white space).
        for (; m_at < m_typed.size() && !m_result.isEmpty(); ++m_at) {
            if (!drawsNoGlyph(m_typed, m_at) && !m_typed.at(m_at).isSpace())
                return std::nullopt;
            m_result.last() += m_typed.at(m_at);
        }
        return m_at == m_typed.size() ? std::optional(m_result) : std::nullopt;
    }

private:
    void give(qsizetype end)
    {
        m_result << m_typed.mid(m_at, end - m_at);
        m_at = end;
        ++m_glyph;
    }

    qsizetype clusterEnd()
    {
        m_graphemes.setPosition(int(m_at));
        return m_graphemes.toNextBoundary();
    }

    // Whether the glyph stands for a character that usually draws nothing
    // (some fonts draw the joiner of an emoji sequence after all).
    // (some fonts draw the joiner of an emoji sequence after all, as a space
    // or as itself) for the typed character at `at`.
    bool showsGlyphless(qsizetype glyph, qsizetype at) const
    {
        const QString& text = m_shown.at(glyph);
        return at < m_typed.size() && drawsNoGlyph(m_typed, at) &&
               (text == m_typed.at(at) || text == u" "_s);
    }

    void attachGlyphless()
    {
        while (!m_result.isEmpty() && m_at < m_typed.size() && drawsNoGlyph(m_typed, m_at) &&
               !showsGlyphless(m_glyph, m_at))
            m_result.last() += m_typed.at(m_at++);
    }

    // A glyph Qt's map does not name (an emoji, say). Followed by another
    // such glyph it shows one character (the parts of an emoji sequence that
    // the font draws apart); else the rest of the character as seen.
    bool takeUnnamed()
    {
        const qsizetype one = m_at + codePointLength(m_typed, m_at);
        const bool nextUnnamed =
            m_glyph + 1 < m_shown.size() &&
            (m_shown.at(m_glyph + 1).isEmpty() || showsGlyphless(m_glyph + 1, one));
        const qsizetype end = nextUnnamed ? one : clusterEnd();
        if (end <= m_at)
            return false;
        give(end);
        return true;
    }

    // A named glyph shows the typed characters that decompose like its name.
    bool takeNamed()
    {
        const QString wanted = comparable(m_shown.at(m_glyph));
        qsizetype end = m_at;
        while (end < m_typed.size() &&
               comparable(m_typed.mid(m_at, end - m_at)).size() < wanted.size())
            end += codePointLength(m_typed, end);
        if (comparable(m_typed.mid(m_at, end - m_at)) != wanted)
            return false;
        give(end);
        return true;
    }

    // Glyphs that show one character with its marks in another order than
    // typed (the font's "שׁ" and then the vowel typed before the dot): each
    // glyph gets its own characters, a reordering readers treat as equal.
    bool takeReordered()
    {
        const qsizetype end = clusterEnd();
        if (end <= m_at)
            return false;
        const QString cluster = sorted(comparable(m_typed.mid(m_at, end - m_at)));
        QString covered;
        for (qsizetype last = m_glyph; last < m_shown.size(); ++last) {
            covered += comparable(m_shown.at(last));
            if (covered.size() > cluster.size() || m_shown.at(last).isEmpty())
                return false;
            if (sorted(covered) != cluster)
                continue;
            for (qsizetype g = m_glyph; g <= last; ++g)
                m_result << m_shown.at(g).normalized(QString::NormalizationForm_D);
            m_glyph = last + 1;
            m_at = end;
            return true;
        }
        return false;
    }

    const QStringList& m_shown;
    const QString& m_typed;
    QTextBoundaryFinder m_graphemes;
    QStringList m_result;
    qsizetype m_glyph = 0;
    qsizetype m_at = 0;
};
} // namespace

QString foldSpaces(QString text)
{
    for (QChar& c : text) {
        if (c.isSpace())
            c = u' ';
    }
    return text;
}

std::optional<QStringList> typedTextPerGlyph(const QStringList& shown, const QString& typed)
{
    return Matcher(shown, typed).run();
}
