#include "ObjectionRequest.h"

#include <algorithm>

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
    // Not QList's ==: in Qt 6.4 it passes an empty list's null data to memcmp,
    // which is undefined behaviour (UBSan stops on it).
    const bool sameGrounds =
        std::equal(grounds.cbegin(), grounds.cend(), o.grounds.cbegin(), o.grounds.cend());
    return letterLanguage == o.letterLanguage && place == o.place && date == o.date &&
           sameGrounds && ownGrounds == o.ownGrounds &&
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
