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
    // A church, diocese or parish: never a body of the state, even where it is
    // a corporation under public law (DOMAIN.md); it has its own wording.
    Church,
    Other
};

// The data-protection law a church applies (Art. 91 GDPR): its own where it had
// comprehensive rules on 25 May 2018, else the GDPR (free churches, e. V.).
enum class ChurchLaw
{
    Gdpr,
    Kdg,   // Catholic: Gesetz über den Kirchlichen Datenschutz
    DsgEkd // Protestant: EKD-Datenschutzgesetz
};

enum class Platform
{
    Facebook,
    Instagram
};

// What the organisation asks Meta to weigh under Art. 6(1)(f) GDPR (DOMAIN.md):
// facts about its own content and its situation, never Art. 21 grounds of
// others. PublicBody is written for a church in the church's own words; NoNeed
// is a general argument any operator could make, written in a sentence of its own.
enum class Ground
{
    PublicBody,
    Minors,            // its own posts show or name minors
    Vulnerable,        // its own posts show vulnerable people
    Confidential,      // its replies refer to personal matters of those who asked
    SpecialCategories, // its own content lets others infer Art. 9(1) data
    NoNeed
};

// Kinds of special-category data (Art. 9(1) GDPR) the organisation's own
// content can reveal, chosen with Ground::SpecialCategories.
enum class SpecialCategory
{
    Religion,
    Health,
    TradeUnion
};

// A natural person who authorised the organisation in writing to object for
// them under Art. 21 GDPR (DOMAIN.md, route 2). Named in a letter only with the
// date the authorisation was signed, and never after it was revoked.
struct AuthorisingPerson
{
    QString name;
    QString role;       // "Beschäftigte", "Vereinsmitglied", …
    QDate signedOn;     // the signed authorisation; none: the person is not named
    QString appearsIn;  // optional: where the person appears
    bool minor = false; // authorised through the legal representatives (§ 1629 BGB)
    QDate revokedOn;    // a revocation; from then on never named

    bool named() const { return signedOn.isValid() && !revokedOn.isValid(); }
    bool operator==(const AuthorisingPerson& other) const;
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
    ChurchLaw churchLaw = ChurchLaw::Gdpr; // only for OrganisationKind::Church

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
    QList<SpecialCategory> specialCategories; // with Ground::SpecialCategories
    QString otherSpecialCategories;           // the organisation's words, same ground
    // Off unless chosen: joint controllership covers the page's data collection
    // and statistics, not Meta's AI training, and is disputed (see DOMAIN.md).
    bool jointControllership = false;
    bool requestConfirmation = true;
    QString signatoryName; // empty: the contact person signs
    QString signatoryRole;
    SignatoryCapacity signatoryCapacity = SignatoryCapacity::Self;
    PostalNote postalNote = PostalNote::None;
    // How long the organisation keeps an authorisation, as its form says
    // (Art. 13 GDPR); empty: the form's default wording.
    QString authorisationRetention;

    bool operator==(const LetterOptions& other) const;
};

struct ObjectionRequest
{
    Organisation organisation;
    QList<Account> accounts;
    LetterOptions options;
    QList<AuthorisingPerson> persons;

    // The persons the letter names: signed by the letter's date, not revoked.
    QList<AuthorisingPerson> namedPersons() const;
    bool operator==(const ObjectionRequest& other) const;
};

// The platform as users know it ("Facebook", "Instagram"); a brand, not translated.
QString platformName(Platform platform);

// The kind a name suggests by its legal form or a telling word ("… e. V.",
// "… GmbH", "Stadt …", "Universität …"); none when it says nothing. Only a
// suggestion: the user can always choose another kind.
std::optional<OrganisationKind> suggestedKind(const QString& name);
// Authorities and universities are usually public bodies; the user decides.
// A church is none (it owes no state neutrality), whatever its legal form.
bool suggestedPublicBody(OrganisationKind kind);
// Grounds that make sense for an organisation; only a body of the state has a
// duty of neutrality, so only it is offered the public-body ground; a church is
// offered its own text under the same ground.
QList<Ground> applicableGrounds(const Organisation& organisation);
QList<Ground> suggestedGrounds(const Organisation& organisation);
