#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The one model object the wizard pages edit and the composer reads. Plain data,
// so tests, the GUI and (later) profile files can all fill it the same way.

enum class OrganisationKind
{
    Company,
    PublicAuthority,
    Association,
    University,
    Other
};

enum class Platform
{
    Facebook,
    Instagram
};

// Grounds from the organisation's particular situation (Art. 21(1) GDPR).
enum class Ground
{
    PublicBody,
    Minors,
    Confidential,
    NoNeed
};

struct Organisation
{
    QString name;
    OrganisationKind kind = OrganisationKind::Company;
    QString contactName;
    QString contactRole;
    QString email;
    QString street;
    QString postcode;
    QString city;
    QString country;

    bool operator==(const Organisation& other) const;
};

struct Account
{
    Platform platform = Platform::Facebook;
    QString name;
    QString address; // URL or @handle, as validated by InputValidation

    bool operator==(const Account& other) const;
};

struct LetterOptions
{
    QString letterLanguage = QStringLiteral("de"); // "de" or "en", see LetterComposer
    QString place;
    QDate date;
    QList<Ground> grounds;
    QString ownGrounds;
    bool jointControllership = true;
    bool requestConfirmation = true;

    bool operator==(const LetterOptions& other) const;
};

struct ObjectionRequest
{
    Organisation organisation;
    QList<Account> accounts;
    LetterOptions options;

    bool operator==(const ObjectionRequest& other) const;
};

// The platform as users know it ("Facebook", "Instagram"); a brand, not translated.
QString platformName(Platform platform);

// Grounds that make sense for a kind of organisation; a company has no duty of
// neutrality, so it is never offered (nor written) the public-body ground.
QList<Ground> applicableGrounds(OrganisationKind kind);
QList<Ground> suggestedGrounds(OrganisationKind kind);
