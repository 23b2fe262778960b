#include "OrganisationNames.h"

#include <QList>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace OrganisationNames {

QString matchKey(const QString& name)
{
    // Case first (full folding keeps "ß"; "ẞ" becomes "ß"), then the German
    // spellings without umlauts, then accents off ("é" as "e"), then only
    // letters and digits remain.
    QString text = name.toCaseFolded();
    text.replace(u"ß"_s, u"ss"_s)
        .replace(u"ä"_s, u"ae"_s)
        .replace(u"ö"_s, u"oe"_s)
        .replace(u"ü"_s, u"ue"_s)
        .replace(u"&"_s, u"und"_s)
        .replace(u"+"_s, u"und"_s);
    text = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            key += c;
    }
    // A name of signs only ("***") is still itself, not every other such name.
    return key.isEmpty() ? name.simplified().toCaseFolded() : key;
}

bool same(const QString& a, const QString& b)
{
    const QString key = matchKey(a);
    return !key.isEmpty() && key == matchKey(b);
}

namespace {
// Levenshtein distance, stopping early: above limit the exact value does not
// matter (names are short; a record may hold hundreds of organisations).
int distance(const QString& a, const QString& b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

QStringList closest(const QString& typed, const QStringList& known, int limit)
{
    const QString key = matchKey(typed);
    if (key.size() < 3)
        return {};
    // A few letters per name (typing errors, a word left out of a long
    // name), never so many that any name of the same length is "close".
    const int allowed = std::max(2, int(key.size()) / 5);
    QList<std::pair<int, QString>> scored;
    for (const QString& name : known) {
        const QString other = matchKey(name);
        if (other.isEmpty())
            continue;
        int score = distance(key, other, allowed);
        // "TSV Blau-Weiß" for "TSV Blau-Weiß Unterhaching e.V.": a part of it.
        if (score > allowed && other.size() >= 3 && (other.contains(key) || key.contains(other)))
            score = allowed;
        if (score <= allowed)
            scored.append({score, name});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // One spelling per organisation ("Groß…" and "Gross…" are one).
    QStringList names;
    QStringList keys;
    for (const auto& [score, name] : std::as_const(scored)) {
        if (names.size() == limit)
            break;
        if (!keys.contains(matchKey(name))) {
            keys << matchKey(name);
            names << name;
        }
    }
    return names;
}

} // namespace OrganisationNames
