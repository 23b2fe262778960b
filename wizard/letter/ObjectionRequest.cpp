#include "ObjectionRequest.h"

bool Organisation::operator==(const Organisation& o) const
{
    return name == o.name && kind == o.kind && contactName == o.contactName &&
           contactRole == o.contactRole && email == o.email && street == o.street &&
           postcode == o.postcode && city == o.city && country == o.country;
}

bool Account::operator==(const Account& o) const
{
    return platform == o.platform && name == o.name && address == o.address;
}

bool LetterOptions::operator==(const LetterOptions& o) const
{
    return letterLanguage == o.letterLanguage && place == o.place && date == o.date &&
           grounds == o.grounds && ownGrounds == o.ownGrounds &&
           jointControllership == o.jointControllership &&
           requestConfirmation == o.requestConfirmation;
}

bool ObjectionRequest::operator==(const ObjectionRequest& o) const
{
    return organisation == o.organisation && accounts == o.accounts && options == o.options;
}

QString platformName(Platform platform)
{
    return platform == Platform::Facebook ? QStringLiteral("Facebook")
                                          : QStringLiteral("Instagram");
}

static bool isPublicBody(OrganisationKind kind)
{
    return kind == OrganisationKind::PublicAuthority || kind == OrganisationKind::University;
}

QList<Ground> applicableGrounds(OrganisationKind kind)
{
    QList<Ground> grounds;
    if (isPublicBody(kind))
        grounds << Ground::PublicBody;
    grounds << Ground::Minors << Ground::Confidential << Ground::NoNeed;
    return grounds;
}

QList<Ground> suggestedGrounds(OrganisationKind kind)
{
    QList<Ground> grounds;
    if (isPublicBody(kind))
        grounds << Ground::PublicBody;
    grounds << Ground::NoNeed;
    return grounds;
}
