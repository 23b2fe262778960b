#include "LetterFileName.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxOrganisationPart = 60;
constexpr qsizetype maxQualifierPart = 40;

QString transliterate(QChar c)
{
    switch (c.unicode()) {
    case u'ä':
        return u"ae"_s;
    case u'ö':
        return u"oe"_s;
    case u'ü':
        return u"ue"_s;
    case u'Ä':
        return u"Ae"_s;
    case u'Ö':
        return u"Oe"_s;
    case u'Ü':
        return u"Ue"_s;
    case u'ß':
        return u"ss"_s;
    default:
        break;
    }
    // Strip accents (é -> e) by decomposing and keeping the base letter.
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    return decomposed.isEmpty() ? QString() : QString(decomposed.at(0));
}

// Only ASCII letters, digits and single hyphens, at most maxLength long.
QString safePart(const QString& text, qsizetype maxLength)
{
    QString part;
    bool pendingHyphen = false;
    for (const QChar c : text) {
        const QString ascii = transliterate(c);
        const bool usable =
            !ascii.isEmpty() && ascii.at(0).unicode() < 128 && ascii.at(0).isLetterOrNumber();
        if (!usable) {
            pendingHyphen = !part.isEmpty();
            continue;
        }
        if (pendingHyphen)
            part += u'-';
        pendingHyphen = false;
        part += ascii;
    }
    part.truncate(maxLength);
    while (part.endsWith(u'-'))
        part.chop(1);
    return part;
}
} // namespace

QString suggestedLetterFileName(const QString& stem, const QString& organisation, const QDate& date,
                                const QString& extension, const QString& qualifier)
{
    const QString part = safePart(organisation, maxOrganisationPart);
    QString name = stem;
    if (!part.isEmpty())
        name += u'-' + part;
    name += u'-' + date.toString(u"yyyy-MM-dd"_s);
    if (const QString extra = safePart(qualifier, maxQualifierPart); !extra.isEmpty())
        name += u'-' + extra;
    return extension.isEmpty() ? name : name + u'.' + extension;
}
