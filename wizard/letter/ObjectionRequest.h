#pragma once

#include <optional>

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

// What the letter may give as reasons. PublicBody, Minors and Confidential
// arise from the organisation's particular situation (Art. 21(1) GDPR); NoNeed
// is a general argument any operator could make, written in a sentence of its own.
enum class Ground
{
    PublicBody,
    Minors,
    Confidential,
    NoNeed
};

// Who signs, after DIN 5008: the head of the organisation (no addition), an
// authorised official ("i. A.") or a deputy ("i. V.").
enum class SignatoryCapacity
{
    Self,
    OnBehalf,
    Deputy
};

// The note above the return address in the window ("Einschreiben").
enum class PostalNote
{
    None,
    Registered,
    RegisteredReturnReceipt
};

struct Organisation
{
    QString name;
    OrganisationKind kind = OrganisationKind::Company;
    QString contactName;
    QString contactRole;
    QString email;
    QString phone; // optional, in the information block
    QString street;
    QString postcode;
    QString city;
    QString country;
    // A public body (an authority, a public university, a church or chamber as
    // a body under public law): suggested from the kind, the user decides.
    bool publicBody = false;

    bool operator==(const Organisation& other) const;
};

struct Account
{
    Platform platform = Platform::Facebook;
    QString name;
    QString address;         // URL or @handle, as validated by InputValidation
    QString loginEmail = {}; // optional: the login e-mail, so that Meta can match the account

    bool operator==(const Account& other) const;
};

struct LetterOptions
{
    QString letterLanguage = QStringLiteral("de"); // "de" or "en", see LetterComposer
    QString place; // kept in profiles; a letter with an information block shows no place
    QDate date;
    QString reference; // "Unser Zeichen", optional
    QList<Ground> grounds;
    QString ownGrounds;
    // Off unless chosen: joint controllership covers the page's data collection
    // and statistics, not Meta's AI training, and is disputed (see DOMAIN.md).
    bool jointControllership = false;
    bool requestConfirmation = true;
    QString signatoryName; // empty: the contact person signs
    QString signatoryRole;
    SignatoryCapacity signatoryCapacity = SignatoryCapacity::Self;
    PostalNote postalNote = PostalNote::None;

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

// The kind a name suggests by its legal form or a telling word ("… e. V.",
// "… GmbH", "Stadt …", "Universität …"); none when it says nothing. Only a
// suggestion: the user can always choose another kind.
std::optional<OrganisationKind> suggestedKind(const QString& name);
// Authorities and universities are usually public bodies; the user decides.
bool suggestedPublicBody(OrganisationKind kind);
// Grounds that make sense for an organisation; only a public body has a duty
// of neutrality, so only it is offered (and written) the public-body ground.
QList<Ground> applicableGrounds(const Organisation& organisation);
QList<Ground> suggestedGrounds(const Organisation& organisation);
