#include "MetaFacts.h"

#include <QJsonArray>

#include "ResourceJson.h"

using namespace Qt::StringLiterals;

static QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& entry : array)
        list << entry.toString();
    return list;
}

static PostalAddress postalAddress(const QJsonObject& object)
{
    const QJsonObject country = object.value("countryLine"_L1).toObject();
    return PostalAddress{stringList(object.value("nameLines"_L1)) +
                             stringList(object.value("addressLines"_L1)),
                         country.value("de"_L1).toString(), country.value("en"_L1).toString()};
}

static MetaFacts load()
{
    const QJsonObject root = readResourceJson(u":/data/meta.json"_s);
    const QJsonObject controller = root.value("controller"_L1).toObject();
    const QJsonObject links = root.value("links"_L1).toObject();
    const QJsonObject hosts = root.value("accountHosts"_L1).toObject();
    const QJsonObject authorities = root.value("authorities"_L1).toObject();

    MetaFacts facts;
    facts.controllerName = controller.value("name"_L1).toString();
    facts.addressLines = stringList(controller.value("addressLines"_L1));
    const QJsonObject country = controller.value("countryLine"_L1).toObject();
    facts.countryLine = country.value("de"_L1).toString();
    facts.countryLineEnglish = country.value("en"_L1).toString();
    facts.privacyPolicy = QUrl(links.value("privacyPolicy"_L1).toString());
    facts.privacyCentre = QUrl(links.value("privacyCentre"_L1).toString());
    facts.facebookObjectionForm = QUrl(links.value("facebookObjectionForm"_L1).toString());
    facts.instagramObjectionForm = QUrl(links.value("instagramObjectionForm"_L1).toString());
    facts.thirdPartyForm = QUrl(links.value("thirdPartyForm"_L1).toString());
    const QJsonObject dated = root.value("dated"_L1).toObject();
    const auto date = [](const QJsonValue& value) {
        return QDate::fromString(value.toString(), Qt::ISODate);
    };
    facts.thirdPartyFormSeen = date(
        dated.value("links"_L1).toObject().value("thirdPartyForm"_L1).toObject().value("seen"_L1));
    facts.noCourtForbidsAsOf = date(dated.value("noCourtForbids"_L1).toObject().value("asOf"_L1));
    const QJsonObject decisions = root.value("decisions"_L1).toObject();
    for (auto it = decisions.constBegin(); it != decisions.constEnd(); ++it) {
        if (!it.key().startsWith(u'_'))
            facts.decisions.insert(it.key(), date(it.value()));
    }
    const QJsonArray own = authorities.value("own"_L1).toArray();
    for (const QJsonValue& entry : own) {
        const QJsonObject o = entry.toObject();
        facts.ownAuthorities << SupervisoryAuthority{
            o.value("id"_L1).toString(),         o.value("name"_L1).toString(),
            stringList(o.value("nameLines"_L1)), stringList(o.value("addressLines"_L1)),
            o.value("source"_L1).toString(),     date(o.value("read"_L1))};
    }
    facts.facebookHosts = stringList(hosts.value("facebook"_L1));
    facts.instagramHosts = stringList(hosts.value("instagram"_L1));
    facts.irishDpc = postalAddress(authorities.value("irishDpc"_L1).toObject());
    facts.hmbBfDI = postalAddress(authorities.value("hmbBfDI"_L1).toObject());
    return facts;
}

const MetaFacts& MetaFacts::instance()
{
    static const MetaFacts facts = load();
    return facts;
}

QStringList MetaFacts::recipientLines(const QString& letterLanguage) const
{
    return QStringList{controllerName} + addressLines +
           QStringList{letterLanguage == "en"_L1 ? countryLineEnglish : countryLine};
}

const PostalAddress& MetaFacts::address(Authority authority) const
{
    static const PostalAddress none;
    switch (authority) {
    case Authority::IrishDpc:
        return irishDpc;
    case Authority::HmbBfDI:
        return hmbBfDI;
    case Authority::Own:
        break; // the organisation's own: chosen by the user, not one of Meta's facts
    }
    return none;
}

QStringList PostalAddress::recipientLines(const QString& letterLanguage) const
{
    const QString country = letterLanguage == "en"_L1 ? countryLineEnglish : countryLine;
    return country.isEmpty() ? lines : lines + QStringList{country};
}

const QStringList& MetaFacts::hostsFor(Platform platform) const
{
    return platform == Platform::Facebook ? facebookHosts : instagramHosts;
}
