#include "ObjectionRequest.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

bool Organisation::operator==(const Organisation& o) const
{
    return name == o.name && kind == o.kind && contactName == o.contactName &&
           contactRole == o.contactRole && email == o.email && phone == o.phone &&
           street == o.street && postcode == o.postcode && city == o.city && country == o.country &&
           publicBody == o.publicBody && churchLaw == o.churchLaw;
}

bool AuthorisingPerson::operator==(const AuthorisingPerson& o) const
{
    return name == o.name && role == o.role && signedOn == o.signedOn && appearsIn == o.appearsIn &&
           minor == o.minor && revokedOn == o.revokedOn;
}

QList<AuthorisingPerson> ObjectionRequest::namedPersons() const
{
    QList<AuthorisingPerson> named;
    for (const AuthorisingPerson& person : persons) {
        // Not before it was signed: a letter dated earlier cannot name the person.
        const bool signedBefore = !options.date.isValid() || person.signedOn <= options.date;
        if (person.named() && signedBefore && !person.name.trimmed().isEmpty())
            named << person;
    }
    return named;
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
        std::equal(grounds.cbegin(), grounds.cend(), o.grounds.cbegin(), o.grounds.cend()) &&
        std::equal(specialCategories.cbegin(), specialCategories.cend(),
                   o.specialCategories.cbegin(), o.specialCategories.cend()) &&
        otherSpecialCategories == o.otherSpecialCategories;
    return letterLanguage == o.letterLanguage && place == o.place && date == o.date &&
           reference == o.reference && sameGrounds && ownGrounds == o.ownGrounds &&
           jointControllership == o.jointControllership &&
           requestConfirmation == o.requestConfirmation && signatoryName == o.signatoryName &&
           signatoryRole == o.signatoryRole && signatoryCapacity == o.signatoryCapacity &&
           postalNote == o.postalNote && authorisationRetention == o.authorisationRetention;
}

bool ObjectionRequest::operator==(const ObjectionRequest& o) const
{
    return organisation == o.organisation && accounts == o.accounts && options == o.options &&
           std::equal(persons.cbegin(), persons.cend(), o.persons.cbegin(), o.persons.cend());
}

QString platformName(Platform platform)
{
    return platform == Platform::Facebook ? QStringLiteral("Facebook")
                                          : QStringLiteral("Instagram");
}

std::optional<OrganisationKind> suggestedKind(const QString& name)
{
    // Whole words only ("AG" is no company in "Tagespflege"); the legal form
    // first, since "Stadtwerke Musterstadt GmbH" is a company, not a town.
    static const std::pair<OrganisationKind, QRegularExpression> rules[] = {
        {OrganisationKind::Association,
         QRegularExpression(u"(^|\\s)(e\\.\\s?V\\.?|eingetragener Verein)(\\s|,|$)"_s)},
        {OrganisationKind::Company,
         QRegularExpression(u"(^|\\s)(gGmbH|GmbH|AG|SE|KG|KGaA|OHG|UG|eG|GbR|mbH|Ltd\\.?|Inc\\.?)"
                            u"(\\s|,|$|&)"_s)},
        {OrganisationKind::Church,
         QRegularExpression(u"\\b(Kirchengemeinde|Pfarrei|Pfarrgemeinde|Pfarreiengemeinschaft|"
                            u"Kirchenkreis|Kirchenbezirk|Dekanat|Bistum|Erzbistum|Diözese|"
                            u"Landeskirche|Parish|Diocese)\\b"_s,
                            QRegularExpression::CaseInsensitiveOption)},
        {OrganisationKind::University,
         QRegularExpression(u"\\b(Universität|Hochschule|University|Fachhochschule)\\b"_s,
                            QRegularExpression::CaseInsensitiveOption)},
        {OrganisationKind::PublicAuthority,
         QRegularExpression(u"^(Stadt|Gemeinde|Landkreis|Kreis|Amt|Samtgemeinde|"
                            u"Verbandsgemeinde|Bezirksamt|Landratsamt|Ministerium|City of|"
                            u"Municipality of) \\S"_s)}, // a word follows: not "Stadtcafé"
    };
    const QString simple = name.simplified();
    for (const auto& [kind, rule] : rules) {
        if (rule.match(simple).hasMatch())
            return kind;
    }
    return std::nullopt;
}

bool suggestedPublicBody(OrganisationKind kind)
{
    return kind == OrganisationKind::PublicAuthority || kind == OrganisationKind::University;
}

QList<Ground> applicableGrounds(const Organisation& organisation)
{
    QList<Ground> grounds;
    // For a church written in the church's own words, never the state's.
    if (organisation.publicBody || organisation.kind == OrganisationKind::Church)
        grounds << Ground::PublicBody;
    grounds << Ground::Minors << Ground::Vulnerable << Ground::Confidential
            << Ground::SpecialCategories << Ground::NoNeed;
    return grounds;
}

QList<Ground> suggestedGrounds(const Organisation& organisation)
{
    QList<Ground> grounds;
    if (organisation.publicBody || organisation.kind == OrganisationKind::Church)
        grounds << Ground::PublicBody;
    grounds << Ground::NoNeed;
    return grounds;
}
