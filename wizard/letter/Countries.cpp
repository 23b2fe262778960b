#include "Countries.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include "OrganisationNames.h"
#include "ResourceJson.h"

using namespace Qt::StringLiterals;

namespace {
struct Country
{
    QString code;
    QString postcode; // the format's name in countries.json
    QString example;
    QString letterLanguage;
};

const QHash<QString, Country>& byName()
{
    static const QHash<QString, Country> countries = [] {
        QHash<QString, Country> result;
        const QJsonArray list =
            readResourceJson(u":/data/countries.json"_s).value("countries"_L1).toArray();
        for (const QJsonValue& entry : list) {
            const QJsonObject object = entry.toObject();
            const Country country{object.value("code"_L1).toString(),
                                  object.value("postcode"_L1).toString(),
                                  object.value("example"_L1).toString(),
                                  object.value("letterLanguage"_L1).toString()};
            result.insert(OrganisationNames::matchKey(country.code), country);
            const QJsonArray names = object.value("names"_L1).toArray();
            for (const QJsonValue& name : names)
                result.insert(OrganisationNames::matchKey(name.toString()), country);
        }
        return result;
    }();
    return countries;
}

const Country* find(const QString& typed)
{
    const QString key = OrganisationNames::matchKey(typed);
    if (key.isEmpty())
        return nullptr;
    const auto it = byName().constFind(key);
    return it == byName().cend() ? nullptr : &it.value();
}

// The form of each format, after an optional country prefix ("L-1111").
QString pattern(const QString& format)
{
    static const QHash<QString, QString> patterns{
        {u"digits5"_s, u"\\d{5}"_s},
        {u"digits4"_s, u"\\d{4}"_s},
        {u"digits4letters2"_s, u"\\d{4} ?[A-Za-z]{2}"_s},
        {u"digits2dash3"_s, u"\\d{2}-\\d{3}"_s},
    };
    return patterns.value(format);
}
} // namespace

QString Countries::code(const QString& country)
{
    const Country* found = find(country);
    return found ? found->code : QString();
}

QString Countries::letterLanguage(const QString& country)
{
    if (country.simplified().isEmpty())
        return {};
    const Country* found = find(country);
    return found ? found->letterLanguage : u"en"_s;
}

QString Countries::postcodeProblem(const QString& postcode, const QString& country)
{
    const QString typed = postcode.simplified();
    const Country* found = find(country);
    if (typed.isEmpty() || !found || pattern(found->postcode).isEmpty())
        return {};
    const QRegularExpression form(u"^(?:[A-Za-z]{1,2}-)?"_s + pattern(found->postcode) + u'$');
    if (form.match(typed).hasMatch())
        return {};
    QString shape;
    if (found->postcode == "digits5"_L1)
        shape = tr("five digits");
    else if (found->postcode == "digits4"_L1)
        shape = tr("four digits");
    else if (found->postcode == "digits4letters2"_L1)
        shape = tr("four digits and two letters");
    else
        shape = tr("two digits, a hyphen and three digits");
    return tr("The postcode “%1” does not fit the country “%2”: postcodes there have %3 (e.g. "
              "%4). The letter is written as it is; please check the postcode.")
        .arg(typed, country.simplified(), shape, found->example);
}
