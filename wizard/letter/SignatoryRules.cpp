#include "SignatoryRules.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "ResourceJson.h"

using namespace Qt::StringLiterals;

namespace {
struct Lists
{
    QStringList heads;
    QStringList dpo;
    QStringList englishWords;
};

QStringList lowered(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& entry : array)
        list << entry.toString().toLower();
    return list;
}

const Lists& lists()
{
    static const Lists loaded = [] {
        const QJsonObject root = readResourceJson(u":/data/signatory.json"_s);
        const QJsonObject heads = root.value("heads"_L1).toObject();
        return Lists{lowered(heads.value("de"_L1)) + lowered(heads.value("en"_L1)),
                     lowered(root.value("dpo"_L1)), lowered(root.value("englishWords"_L1))};
    }();
    return loaded;
}

// Words in lower case: "Erste Bürgermeisterin" → {"erste", "bürgermeisterin"}.
QStringList words(const QString& text)
{
    static const QRegularExpression word(u"[\\w-]+"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        found << it.next().captured();
    return found;
}

// A list entry of one or more words, found as whole words in the text.
bool containsPhrase(const QString& text, const QString& phrase)
{
    const QString simple = u' ' + words(text).join(u' ') + u' ';
    return simple.contains(u' ' + phrase + u' ');
}
} // namespace

QString SignatoryRules::function(const ObjectionRequest& request)
{
    return request.options.signatoryName.trimmed().isEmpty()
               ? request.organisation.contactRole.simplified()
               : request.options.signatoryRole.simplified();
}

bool SignatoryRules::isHead(const QString& function)
{
    const QStringList& heads = lists().heads;
    return std::any_of(heads.cbegin(), heads.cend(),
                       [&function](const QString& head) { return containsPhrase(function, head); });
}

bool SignatoryRules::looksLikeDpo(const QString& function)
{
    const QString lower = function.toLower();
    const QStringList& dpo = lists().dpo;
    return std::any_of(dpo.cbegin(), dpo.cend(), [&](const QString& entry) {
        // Stems inside compounds ("Datenschutzbeauftragte"), short ones as words.
        return entry.size() > 5 ? lower.contains(entry) : containsPhrase(function, entry);
    });
}

bool SignatoryRules::looksEnglish(const QString& function)
{
    const QStringList found = words(function);
    const QStringList& english = lists().englishWords;
    return std::any_of(found.cbegin(), found.cend(),
                       [&english](const QString& word) { return english.contains(word); });
}

bool SignatoryRules::signsOnBehalfByDefault(const Organisation& organisation)
{
    return organisation.publicBody && (organisation.kind == OrganisationKind::PublicAuthority ||
                                       organisation.kind == OrganisationKind::University);
}

SignatoryCapacity SignatoryRules::suggestedCapacity(const ObjectionRequest& request)
{
    // "i. V." is a choice of its own, never suggested away.
    if (request.options.signatoryCapacity == SignatoryCapacity::Deputy)
        return SignatoryCapacity::Deputy;
    const QString typed = function(request).simplified();
    if (typed.isEmpty() && !signsOnBehalfByDefault(request.organisation))
        return request.options.signatoryCapacity;
    // Whoever does not head the organisation signs for it "i. A." (DOMAIN.md,
    // closing block); in public administration also when no function is given.
    return isHead(typed) ? SignatoryCapacity::Self : SignatoryCapacity::OnBehalf;
}

bool SignatoryRules::ownNameWithoutHeadFunction(const ObjectionRequest& request)
{
    const QString typed = function(request).simplified();
    return request.options.signatoryCapacity == SignatoryCapacity::Self && !typed.isEmpty() &&
           !isHead(typed);
}
