#include "ObjectionRequest.h"

#include <algorithm>

bool Organisation::operator==(const Organisation& o) const
{
    return name == o.name && kind == o.kind && contactName == o.contactName &&
           contactRole == o.contactRole && email == o.email && phone == o.phone &&
           street == o.street && postcode == o.postcode && city == o.city && country == o.country &&
           publicBody == o.publicBody;
}

bool Account::operator==(const Account& o) const
{
    return platform == o.platform && name == o.name && address == o.address &&
           loginEmail == o.loginEmail;
}

bool LetterOptions::operator==(const LetterOptions& o) const
{
    // Not QList's ==: in Qt 6.4 it passes an empty list's null data to memcmp,
    // which is undefined behaviour (UBSan stops on it).
    const bool sameGrounds =
        std::equal(grounds.cbegin(), grounds.cend(), o.grounds.cbegin(), o.grounds.cend());
    return letterLanguage == o.letterLanguage && place == o.place && date == o.date &&
           reference == o.reference && sameGrounds && ownGrounds == o.ownGrounds &&
           jointControllership == o.jointControllership &&
           requestConfirmation == o.requestConfirmation && signatoryName == o.signatoryName &&
           signatoryRole == o.signatoryRole && signatoryCapacity == o.signatoryCapacity &&
           postalNote == o.postalNote;
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

bool suggestedPublicBody(OrganisationKind kind)
{
    return kind == OrganisationKind::PublicAuthority || kind == OrganisationKind::University;
}

QList<Ground> applicableGrounds(const Organisation& organisation)
{
    QList<Ground> grounds;
    if (organisation.publicBody)
        grounds << Ground::PublicBody;
    grounds << Ground::Minors << Ground::Confidential << Ground::NoNeed;
    return grounds;
}

QList<Ground> suggestedGrounds(const Organisation& organisation)
{
    QList<Ground> grounds;
    if (organisation.publicBody)
        grounds << Ground::PublicBody;
    grounds << Ground::NoNeed;
    return grounds;
}
