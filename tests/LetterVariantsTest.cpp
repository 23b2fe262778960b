#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>
#include <functional>
#include <set>
#include <tuple>
#include <utility>

#include "DinLetterLayout.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterPainter.h"
#include "LineBreaks.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "PopplerTools.h"

// Every letter the wizard can produce, generated and read back: both letter
// languages × organisation kind (church too) × public body × every set of
// grounds with and without own words × joint controllership × one and many
// accounts (Facebook, Instagram, mixed) × confirmation and e-mail × named
// persons (none; one; several, some of whom must not be named) × who signs ×
// postal note × reference and phone. Against the rules of issue 25: no Art. 21
// without named persons, no duty asserted to the organisation, no sentence
// about staff or people in photos, never the state's neutrality for a church. The composition and
// the plain texts are checked for a large deterministic sample that holds every value of every
// dimension and every pair of values in both languages; the line breaks of the page for a smaller
// set, with QTextLayout as the PDF lays out and in the PDF itself.

using namespace Qt::StringLiterals;
namespace Din = DinLetterLayout;

namespace {

enum class AccountSet
{
    OneFacebook,
    OneInstagram,
    ManyFacebook,
    ManyInstagram,
    ManyMixed,            // two Facebook Pages to one Instagram account
    ManyMixedOneFacebook, // one Facebook Page among Instagram accounts
};

enum class ContactCase
{
    ConfirmationWithEmail,
    ConfirmationWithoutEmail, // a request from a profile or the command line without e-mail
    NoConfirmation,
};

constexpr int manyAccounts = 12;
const QList<Ground> allGrounds{Ground::PublicBody,        Ground::Minors,
                               Ground::Vulnerable,        Ground::Confidential,
                               Ground::SpecialCategories, Ground::NoNeed};
const QList<OrganisationKind> allKinds{
    OrganisationKind::Company,    OrganisationKind::PublicAuthority, OrganisationKind::Association,
    OrganisationKind::University, OrganisationKind::Church,          OrganisationKind::Other};

// Who objects through the organisation (route 2).
enum class PersonsCase
{
    None,
    One,     // one person, signed before the letter
    Several, // two named, plus one unsigned, one revoked, one signed after the letter
};
const QList<PersonsCase> allPersonsCases{PersonsCase::None, PersonsCase::One, PersonsCase::Several};
const QList<AccountSet> allAccountSets{AccountSet::OneFacebook,  AccountSet::OneInstagram,
                                       AccountSet::ManyFacebook, AccountSet::ManyInstagram,
                                       AccountSet::ManyMixed,    AccountSet::ManyMixedOneFacebook};
const QList<SignatoryCapacity> allCapacities{SignatoryCapacity::Self, SignatoryCapacity::OnBehalf,
                                             SignatoryCapacity::Deputy};
const QList<PostalNote> allPostalNotes{PostalNote::None, PostalNote::Registered,
                                       PostalNote::RegisteredReturnReceipt};
const QList<ContactCase> allContactCases{ContactCase::ConfirmationWithEmail,
                                         ContactCase::ConfirmationWithoutEmail,
                                         ContactCase::NoConfirmation};

const QString ownGroundsText =
    u"  Über unsere Kanäle erreichen uns täglich Anfragen von Schülerinnen und Schülern.  "_s;
const QString signatory = u"Dr. Max Muster"_s;
const QString signatoryRole = u"Bürgermeister"_s;
const QString place = u"Beispielort"_s; // kept in profiles, never shown: the letter has an
                                        // information block
const QString reference = u"DS-2026/11"_s;
const QString phone = u"+49 30 1234567"_s;

int bit(Ground ground)
{
    return 1 << int(ground);
}

struct Variant
{
    QString language;
    OrganisationKind kind = OrganisationKind::Company;
    bool publicBody = false;
    int grounds = 0; // bit(Ground) for each ground ticked
    bool ownGrounds = false;
    bool joint = false;
    AccountSet accounts = AccountSet::OneFacebook;
    ContactCase contact = ContactCase::ConfirmationWithEmail;
    SignatoryCapacity capacity = SignatoryCapacity::Self;
    bool signatoryNamed = false;
    PostalNote postalNote = PostalNote::None;
    bool reference = false;
    bool phone = false;
    PersonsCase persons = PersonsCase::None;

    bool german() const { return language == "de"_L1; }
    bool named() const { return persons != PersonsCase::None; }
    bool ground(Ground g) const { return grounds & bit(g); }
    bool oneAccount() const
    {
        return accounts == AccountSet::OneFacebook || accounts == AccountSet::OneInstagram;
    }
    // The value of every dimension as a number, for the coverage check.
    QList<int> dimensions() const
    {
        return {int(kind),     publicBody,   grounds,       ownGrounds,     joint,
                int(accounts), int(contact), int(capacity), signatoryNamed, int(postalNote),
                reference,     phone,        int(persons)};
    }
};

const QList<int> dimensionSizes{6, 2, 64, 2, 2, 6, 3, 3, 2, 3, 2, 2, 3};
const QStringList dimensionNames{u"kind"_s,      u"publicBody"_s, u"grounds"_s,   u"own"_s,
                                 u"joint"_s,     u"accounts"_s,   u"contact"_s,   u"capacity"_s,
                                 u"signatory"_s, u"postal"_s,     u"reference"_s, u"phone"_s,
                                 u"persons"_s};

QString kindName(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Company:
        return u"Company"_s;
    case OrganisationKind::PublicAuthority:
        return u"PublicAuthority"_s;
    case OrganisationKind::Association:
        return u"Association"_s;
    case OrganisationKind::University:
        return u"University"_s;
    case OrganisationKind::Church:
        return u"Church"_s;
    case OrganisationKind::Other:
        return u"Other"_s;
    }
    return {};
}

QString accountSetName(AccountSet set)
{
    switch (set) {
    case AccountSet::OneFacebook:
        return u"1 Facebook"_s;
    case AccountSet::OneInstagram:
        return u"1 Instagram"_s;
    case AccountSet::ManyFacebook:
        return u"12 Facebook"_s;
    case AccountSet::ManyInstagram:
        return u"12 Instagram"_s;
    case AccountSet::ManyMixed:
        return u"12 mixed"_s;
    case AccountSet::ManyMixedOneFacebook:
        return u"12 mixed, 1 Facebook"_s;
    }
    return {};
}

QString describe(const Variant& v)
{
    static const QStringList groundNames{u"PublicBody"_s,        u"Minors"_s,
                                         u"Vulnerable"_s,        u"Confidential"_s,
                                         u"SpecialCategories"_s, u"NoNeed"_s};
    static const QStringList personsNames{u"no persons"_s, u"one person"_s, u"several persons"_s};
    QStringList grounds;
    for (Ground g : allGrounds) {
        if (v.ground(g))
            grounds << groundNames.at(int(g));
    }
    static const QStringList contacts{u"confirmation+email"_s, u"confirmation, no email"_s,
                                      u"no confirmation"_s};
    static const QStringList capacities{u"Self"_s, u"OnBehalf"_s, u"Deputy"_s};
    static const QStringList notes{u"None"_s, u"Registered"_s, u"RegisteredReturnReceipt"_s};
    const auto yes = [](bool b) { return b ? u"yes"_s : u"no"_s; };
    return u"[%1 | kind=%2 publicBody=%3 | grounds={%4} own=%5 | joint=%6 | accounts=%7 | %8 | "
           "signatory=%9 %10 | postal=%11 | reference=%12 phone=%13 | %14]"_s.arg(
               v.language, kindName(v.kind), yes(v.publicBody), grounds.join(u'+'),
               yes(v.ownGrounds), v.joint ? u"on"_s : u"off"_s, accountSetName(v.accounts),
               contacts.at(int(v.contact)), capacities.at(int(v.capacity)),
               v.signatoryNamed ? u"named"_s : u"unnamed"_s, notes.at(int(v.postalNote)),
               yes(v.reference), yes(v.phone), personsNames.at(int(v.persons)));
}

// One organisation per kind; their names decide the article in German ("der
// Stadt …" only where it is certain).
Organisation organisationFor(OrganisationKind kind)
{
    Organisation org;
    org.kind = kind;
    org.street = u"Rathausplatz 1"_s;
    org.postcode = u"12345"_s;
    org.city = u"Musterstadt"_s;
    org.country = u"Deutschland"_s;
    org.contactName = u"Erika Mustermann"_s;
    org.contactRole = u"Datenschutzbeauftragte"_s;
    org.email = u"datenschutz@musterstadt.de"_s;
    switch (kind) {
    case OrganisationKind::Company:
        org.name = u"Müller Haustechnik GmbH"_s;
        org.contactName = u"Jonas Becker"_s;
        org.contactRole = u"Geschäftsführer"_s;
        org.email = u"info@mueller-haustechnik.de"_s;
        break;
    case OrganisationKind::PublicAuthority:
        org.name = u"Stadt Musterstadt"_s;
        break;
    case OrganisationKind::Association:
        org.name = u"Sportverein Grün-Weiß Musterstadt e. V."_s;
        org.street = u"Am Sportplatz 3"_s;
        break;
    case OrganisationKind::Church:
        org.name = u"Katholische Kirchengemeinde St. Marien Musterstadt"_s;
        org.churchLaw = ChurchLaw::Kdg;
        break;
    case OrganisationKind::University:
        org.name = u"Universität Görlitz"_s;
        org.city = u"Görlitz"_s;
        org.postcode = u"02826"_s;
        break;
    case OrganisationKind::Other:
        org.name = u"Evangelische Kirchengemeinde St. Marien"_s;
        break;
    }
    return org;
}

QString ownerPhrase(const QString& language, const Organisation& org)
{
    if (language == "en"_L1)
        return u"of "_s + org.name;
    const bool certain = org.name.startsWith(u"Stadt "_s) || org.name.startsWith(u"Universität "_s);
    return certain ? u"der "_s + org.name : u"unserer Organisation"_s;
}

QList<Account> accountsFor(AccountSet set)
{
    QList<Platform> platforms;
    switch (set) {
    case AccountSet::OneFacebook:
        platforms = {Platform::Facebook};
        break;
    case AccountSet::OneInstagram:
        platforms = {Platform::Instagram};
        break;
    case AccountSet::ManyFacebook:
    case AccountSet::ManyInstagram:
    case AccountSet::ManyMixed:
    case AccountSet::ManyMixedOneFacebook:
        for (int i = 0; i < manyAccounts; ++i) {
            bool facebook = set == AccountSet::ManyFacebook;
            if (set == AccountSet::ManyMixed)
                facebook = i % 3 != 2;
            if (set == AccountSet::ManyMixedOneFacebook)
                facebook = i == 5;
            platforms << (facebook ? Platform::Facebook : Platform::Instagram);
        }
        break;
    }
    QList<Account> accounts;
    for (int i = 0; i < platforms.size(); ++i) {
        const QString n = QString::number(i + 1);
        Account account;
        account.platform = platforms.at(i);
        if (account.platform == Platform::Facebook) {
            account.name = u"Zweigstelle "_s + n;
            account.address = u"https://www.facebook.com/zweigstelle"_s + n;
        } else {
            account.name = u"Jugendtreff "_s + n;
            account.address = u"@jugendtreff"_s + n;
        }
        if (i % 4 == 3)
            account.loginEmail = u"social"_s + n + u"@example.org"_s;
        accounts << account;
    }
    return accounts;
}

ObjectionRequest requestFor(const Variant& v)
{
    ObjectionRequest request;
    request.organisation = organisationFor(v.kind);
    request.organisation.publicBody = v.publicBody;
    if (v.phone)
        request.organisation.phone = phone;
    if (v.contact == ContactCase::ConfirmationWithoutEmail)
        request.organisation.email.clear();
    request.accounts = accountsFor(v.accounts);
    LetterOptions& o = request.options;
    o.letterLanguage = v.language;
    o.place = place;
    o.date = QDate(2026, 11, 29);
    if (v.reference)
        o.reference = reference;
    // Ticked in reverse: the letter lists them in its own order.
    for (auto it = allGrounds.crbegin(); it != allGrounds.crend(); ++it) {
        if (v.ground(*it))
            o.grounds << *it;
    }
    if (v.ownGrounds)
        o.ownGrounds = ownGroundsText;
    if (v.ground(Ground::SpecialCategories))
        o.specialCategories = {SpecialCategory::Health, SpecialCategory::Religion};
    o.jointControllership = v.joint;
    if (v.persons != PersonsCase::None) {
        request.persons << AuthorisingPerson{u"Anna Schmidt"_s,
                                             u"Pressesprecherin"_s,
                                             QDate(2026, 11, 2),
                                             u"Fotos vom Stadtfest"_s,
                                             false,
                                             {}};
    }
    if (v.persons == PersonsCase::Several) {
        request.persons
            << AuthorisingPerson{u"Ben Weber"_s, QString(), QDate(2026, 11, 3), {}, true, {}}
            << AuthorisingPerson{u"Ungezeichnet Ohnedatum"_s, u"Ehrenamt"_s, {}, {}, false, {}}
            << AuthorisingPerson{u"Zurück Widerrufen"_s,
                                 u"Ehrenamt"_s,
                                 QDate(2026, 10, 1),
                                 {},
                                 false,
                                 QDate(2026, 11, 1)}
            << AuthorisingPerson{
                   u"Später Unterschrieben"_s, u"Ehrenamt"_s, QDate(2026, 12, 1), {}, false, {}};
    }
    o.requestConfirmation = v.contact != ContactCase::NoConfirmation;
    if (v.signatoryNamed)
        o.signatoryName = signatory;
    o.signatoryRole = signatoryRole; // without a name the contact's role is shown
    o.signatoryCapacity = v.capacity;
    o.postalNote = v.postalNote;
    return request;
}

// The sample: the dimensions that shape the body (language, public body,
// grounds, own grounds, joint controllership, accounts, confirmation) in full,
// 18432 combinations; each with `framesPerBody` of the 1296 combinations of
// the others (kind, signatory, postal note, reference, phone, persons), chosen
// by a stride stirred by the higher digits, so that every value of every dimension meets
// every value of every other in both languages (checked in
// variantsCoverEveryPair).
constexpr int framesPerBody = 3;
constexpr int frames = 6 * 3 * 3 * 2 * 2 * 2 * 3;

QList<Variant> allVariants()
{
    static const QList<Variant> variants = [] {
        constexpr int bodies = 2 * 6 * 2 * 64 * 2 * 2 * 3;
        QList<Variant> list;
        for (int body = 0; body < bodies; ++body) {
            for (int k = 0; k < framesPerBody; ++k) {
                Variant v;
                int digits = body; // the body's dimensions, the last one first
                v.contact = allContactCases.at(digits % 3);
                digits /= 3;
                v.joint = digits % 2;
                digits /= 2;
                v.ownGrounds = digits % 2;
                digits /= 2;
                v.grounds = digits % 64;
                digits /= 64;
                v.publicBody = digits % 2;
                digits /= 2;
                v.accounts = allAccountSets.at(digits % 6);
                digits /= 6;
                v.language = digits == 0 ? u"de"_s : u"en"_s;
                // body / 6 stirs in the dimensions above contact and joint.
                int frame = (body * 5 + (body / 6) * 11 + k * 73) % frames;
                v.kind = allKinds.at(frame % 6);
                frame /= 6;
                v.capacity = allCapacities.at(frame % 3);
                frame /= 3;
                v.postalNote = allPostalNotes.at(frame % 3);
                frame /= 3;
                v.signatoryNamed = frame % 2;
                frame /= 2;
                v.reference = frame % 2;
                frame /= 2;
                v.phone = frame % 2;
                frame /= 2;
                v.persons = allPersonsCases.at(frame % 3);
                list << v;
            }
        }
        return list;
    }();
    return variants;
}

QString plainSpaces(QString text)
{
    return text.replace(QChar::Nbsp, u' ');
}

int countPlatform(const QList<Account>& accounts, Platform platform)
{
    return int(std::count_if(accounts.cbegin(), accounts.cend(),
                             [platform](const Account& a) { return a.platform == platform; }));
}

// How the letter names the accounts (resources/letter-*.json "accounts").
struct AccountPhrases
{
    QString accusative;
    QString dative;
    QString facebookAccusative; // the Facebook Pages alone, for joint controllership
    QString facebookDative;
};

AccountPhrases phrasesFor(const QString& language, const QList<Account>& accounts)
{
    const int facebook = countPlatform(accounts, Platform::Facebook);
    const int instagram = countPlatform(accounts, Platform::Instagram);
    const bool de = language == "de"_L1;
    const QString facebookOne = de ? u"unsere Facebook-Seite"_s : u"our Facebook Page"_s;
    const QString facebookMany = de ? u"unsere Facebook-Seiten"_s : u"our Facebook Pages"_s;
    AccountPhrases p;
    p.facebookAccusative = facebook == 1 ? facebookOne : facebookMany;
    p.facebookDative =
        !de ? p.facebookAccusative
            : (facebook == 1 ? u"unserer Facebook-Seite"_s : u"unseren Facebook-Seiten"_s);
    if (instagram == 0) {
        p.accusative = facebook == 1 ? facebookOne : facebookMany;
        p.dative = de ? (facebook == 1 ? u"unserer Facebook-Seite"_s : u"unseren Facebook-Seiten"_s)
                      : p.accusative;
    } else if (facebook == 0) {
        p.accusative =
            de ? (instagram == 1 ? u"unser Instagram-Konto"_s : u"unsere Instagram-Konten"_s)
               : (instagram == 1 ? u"our Instagram account"_s : u"our Instagram accounts"_s);
        p.dative =
            de ? (instagram == 1 ? u"unserem Instagram-Konto"_s : u"unseren Instagram-Konten"_s)
               : p.accusative;
    } else {
        p.accusative = de ? u"unsere Konten"_s : u"our accounts"_s;
        p.dative = de ? u"unseren Konten"_s : u"our accounts"_s;
    }
    return p;
}

// Spaces inside a legal identifier are no-break spaces, as in the JSON files:
// a normal space in any of these places lets a line break inside one.
const QList<QRegularExpression>& brokenIdentifierPatterns()
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(u"\\bArt\\. "_s),
        QRegularExpression(u"\\bAbs\\. "_s),
        QRegularExpression(u"\\blit\\. "_s),
        QRegularExpression(u"\\bSatz \\d"_s),
        QRegularExpression(u"\\d (Abs\\.|Satz|lit\\.|DSGVO|GDPR)"_s),
        QRegularExpression(u"\\) (DSGVO|GDPR)"_s),
        QRegularExpression(u"\\bArticle \\d"_s),
        QRegularExpression(u"\\bCase C-"_s),
        QRegularExpression(u"\\b\\d+ K \\d"_s),
        QRegularExpression(u"\\b\\d+\\x{a0}K \\d|\\b\\d+ K\\x{a0}\\d"_s),
        QRegularExpression(u"\\(\\d\\), second"_s),
        QRegularExpression(u"second sentence"_s),
        QRegularExpression(u"sentence, GDPR"_s),
    };
    return patterns;
}

QStringList brokenIdentifiers(const QString& text)
{
    // One pass for the usual case, that nothing is wrong.
    static const QRegularExpression any = [] {
        QStringList alternatives;
        for (const QRegularExpression& pattern : brokenIdentifierPatterns())
            alternatives << pattern.pattern();
        return QRegularExpression(u"(?:"_s + alternatives.join(u")|(?:"_s) + u')');
    }();
    if (!any.match(text).hasMatch())
        return {};
    QStringList found;
    for (const QRegularExpression& pattern : brokenIdentifierPatterns()) {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            found << u"normal space in identifier: …"_s +
                         plainSpaces(text.mid(std::max<qsizetype>(0, m.capturedStart() - 15),
                                              m.capturedLength() + 30)) +
                         u"…"_s;
        }
    }
    return found;
}

// Identifiers that must never be split over two lines; with plain spaces.
QStringList identifiers(const QString& language)
{
    if (language == "de"_L1) {
        return {u"Art. 21 Abs. 1 Satz 2 DSGVO"_s,
                u"Art. 21 Abs. 1 DSGVO"_s,
                u"Art. 21 DSGVO"_s,
                u"Art. 12 Abs. 3 DSGVO"_s,
                u"Art. 12 Abs. 4 DSGVO"_s,
                u"Art. 26 DSGVO"_s,
                u"Art. 5 Abs. 2"_s,
                u"Art. 24 DSGVO"_s,
                u"Art. 12 Abs. 2 DSGVO"_s,
                u"Art. 12 Abs. 6 DSGVO"_s,
                u"Art. 9 Abs. 1 DSGVO"_s,
                u"Art. 6 Abs. 1 lit. f DSGVO"_s,
                u"Erwägungsgrund 47 DSGVO"_s,
                u"C-210/16"_s,
                u"Rn. 35–39"_s,
                u"C-40/17"_s,
                u"13 K 1419/23"_s};
    }
    return {u"Article 21(1), second sentence, GDPR"_s,
            u"Article 21(1) GDPR"_s,
            u"Article 21 GDPR"_s,
            u"Article 12(3) GDPR"_s,
            u"Article 12(4) GDPR"_s,
            u"Article 26 GDPR"_s,
            u"Article 5(2)"_s,
            u"Article 24 GDPR"_s,
            u"Article 12(2) GDPR"_s,
            u"Article 12(6) GDPR"_s,
            u"Article 9(1) GDPR"_s,
            u"Article 6(1)(f) GDPR"_s,
            u"Recital 47 GDPR"_s,
            u"Case C-210/16"_s,
            u"paragraphs 35–39"_s,
            u"Case C-40/17"_s,
            u"13 K 1419/23"_s};
}

// Every check of one composed letter and its two plain texts; an empty list
// when the letter is right.
QStringList problemsOf(const Variant& v, const ObjectionRequest& request, const Letter& letter)
{
    QStringList problems;
    const auto expect = [&problems](bool ok, const QString& what) {
        if (!ok)
            problems << what;
    };
    const bool de = v.german();
    const Organisation& org = request.organisation;
    const QString rawFull = PlainTextLetterWriter::fullText(letter);
    const QString rawForm = PlainTextLetterWriter::formText(letter);
    const QString full = plainSpaces(rawFull);
    const QString form = plainSpaces(rawForm);
    const int facebook = countPlatform(request.accounts, Platform::Facebook);
    const int instagram = countPlatform(request.accounts, Platform::Instagram);
    const AccountPhrases phrases = phrasesFor(v.language, request.accounts);
    const auto paragraphWith = [&letter](const QString& marker) -> const LetterParagraph* {
        for (const LetterParagraph& paragraph : letter.paragraphs) {
            if (plainSpaces(paragraph.text).contains(marker))
                return &paragraph;
        }
        return nullptr;
    };
    const auto bothTexts = [&](const QString& what, const auto& test) {
        expect(test(full), u"full text: "_s + what);
        expect(test(form), u"form text: "_s + what);
    };

    // 1. Joint controllership: only when chosen and for Facebook Pages; with
    //    its scope, its limit (C-40/17) and that it is disputed.
    const bool jointExpected = v.joint && facebook > 0;
    const LetterParagraph* joint = paragraphWith(u"C-210/16"_s);
    static const QRegularExpression jointMarker(
        u"gemeinsam|Art\\. 26|Article 26|joint|C-210/16|C-40/17|13 K 1419/23|Insights|"
        "Fashion ID|Wirtschaftsakademie"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!jointExpected) {
        bothTexts(u"joint controllership written though not chosen or no Facebook Page: "_s +
                      jointMarker.match(full).captured(),
                  [&](const QString& t) { return !t.contains(jointMarker); });
    } else if (!joint) {
        problems << u"joint controllership chosen but no paragraph with C-210/16"_s;
    } else {
        const QString text = plainSpaces(joint->text);
        expect(joint->items.isEmpty(), u"joint controllership paragraph has list items"_s);
        // Page Insights (C-210/16 paras 35-39), the principle (C-40/17 para
        // 74), AI training not co-determined; no sentence on Instagram.
        const QString scope =
            de ? u"Für die Verarbeitung von Daten der Besucherinnen und Besucher für die "
                 "Statistiken zu "_s +
                     phrases.facebookDative + u" (Seiten-Insights)"_s
               : u"For the processing of visitors' data for the statistics of "_s +
                     phrases.facebookDative + u" (Page Insights)"_s;
        expect(text.contains(scope), u"joint controllership without its scope: "_s + scope);
        for (const QString& needed :
             {u"C-210/16"_s, u"C-40/17"_s, u"13 K 1419/23"_s,
              de ? u"Rn. 35–39"_s : u"paragraphs 35–39"_s, de ? u"Rn. 74"_s : u"paragraph 74"_s,
              de ? u"nicht rechtskräftig"_s : u"not final"_s, de ? u"umstritten"_s : u"disputed"_s,
              de ? u"über das Training Ihrer KI-Modelle entscheiden wir nicht mit"_s
                 : u"we do not co-determine the training of your AI models"_s,
              de ? u"Seiten-Insights-Ergänzung bezüglich des Verantwortlichen"_s
                 : u"Page Insights Controller Addendum"_s}) {
            expect(text.contains(needed), u"joint controllership paragraph lacks "_s + needed);
        }
        expect(!text.contains(u"Instagram"_s), u"joint controllership names Instagram"_s);
        for (const LetterParagraph& other : letter.paragraphs) {
            if (&other == joint)
                continue;
            for (const QString& t : QStringList{other.text} + other.items) {
                expect(!plainSpaces(t).contains(jointMarker),
                       u"joint controllership outside its paragraph: "_s + t.left(60));
            }
        }
    }

    // 2. No broken sentence, no placeholder, no stray space, no empty bullet.
    for (const QString& bad :
         {u" an ."_s, u" an ,"_s, u"to ,"_s, u"to ."_s, u"{"_s, u"}"_s, u"  "_s, u" ."_s, u" ,"_s,
          u" ;"_s, u" :"_s, u"()"_s, u",,"_s, u"::"_s, u"\n\n\n"_s}) {
        bothTexts(u"contains \""_s + QString(bad).replace(u'\n', u"\\n"_s) + u'"',
                  [&](const QString& t) { return !t.contains(bad); });
    }
    for (const QString& bad :
         {u"\u00a0\u00a0"_s, u" \u00a0"_s, u"\u00a0 "_s, u"\u00a0."_s, u"\u00a0,"_s}) {
        expect(!rawFull.contains(bad) && !rawForm.contains(bad),
               u"stray no-break space next to a space or punctuation"_s);
    }
    for (const QString& t : {full, form}) {
        const QStringList lines = t.split(u'\n');
        for (const QString& line : lines) {
            expect(line.trimmed() != u"-"_s && !(line.startsWith(u"- "_s) && line.size() <= 3),
                   u"empty bullet line"_s);
            expect(line == line.trimmed() || line.isEmpty(),
                   u"line with leading or trailing space: \""_s + line + u'"');
        }
    }
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        expect(!paragraph.text.trimmed().isEmpty(), u"empty paragraph"_s);
        expect(paragraph.text.endsWith(u'.') || paragraph.text.endsWith(u':'),
               u"paragraph does not end a sentence: …"_s + paragraph.text.right(40));
        for (const QString& item : paragraph.items)
            expect(!item.trimmed().isEmpty() && item == item.trimmed(), u"empty list item"_s);
    }

    // 3. The facts Meta must weigh (Art. 6(1)(f)): responsibility, purpose
    //    and expectations always, then the chosen grounds about the
    //    organisation's own content, then its own words; "not needed" a
    //    sentence of its own. A church never gets the state's neutrality.
    // Each language's words as one QString (QStringBuilder branches differ in type).
    const auto pick = [de](const QString& german, const QString& english) {
        return de ? german : english;
    };
    const bool church = org.kind == OrganisationKind::Church;
    const bool ownLaw = church && org.churchLaw != ChurchLaw::Gdpr;
    const bool publicBodyGround = v.ground(Ground::PublicBody) && v.publicBody && !church;
    const bool churchGround = v.ground(Ground::PublicBody) && church;
    const QString noNeedMarker = de ? u"ist die Verwendung der Inhalte zum KI-Training nicht "
                                      "erforderlich"_s
                                    : u"Using the content for AI training is not necessary"_s;
    const LetterParagraph* grounds =
        paragraphWith(pick(u"Bei der Abwägung nach Art. 6 Abs. 1 lit. f DSGVO"_s,
                           u"In the balancing under Article 6(1)(f) GDPR"_s));
    if (!grounds) {
        problems << u"no paragraph with the facts for Meta's balancing"_s;
    } else {
        QStringList expected;
        expected
            << pick(u"Wir sind für die personenbezogenen Daten verantwortlich, die wir über "_s +
                        phrases.accusative + u" veröffentlicht haben"_s,
                    u"We are responsible for the personal data we have published through "_s +
                        phrases.accusative)
            << pick(u"Wir haben diese Inhalte für unsere Öffentlichkeitsarbeit veröffentlicht"_s,
                    u"We published this content for our public communication"_s)
            << pick(u"Zu berücksichtigen sind die vernünftigen Erwartungen der Menschen"_s,
                    u"The reasonable expectations of the people we show or name"_s);
        if (publicBodyGround) {
            expected << pick(u"Als öffentliche Stelle sind wir zu Neutralität und Sachlichkeit "
                             "verpflichtet und tragen Verantwortung für die Bürgerinnen und "
                             "Bürger, die sich über "_s +
                                 phrases.accusative + u" an uns wenden."_s,
                             u"As a public body, we are bound to neutrality and objectivity and "
                             "are responsible for the members of the public who contact us "
                             "through "_s +
                                 phrases.accusative + u"."_s);
        }
        if (churchGround) {
            expected << pick(u"Als kirchliche Stelle tragen wir Verantwortung für die Menschen, "
                             "die sich an uns wenden, auch über "_s +
                                 phrases.accusative + u"."_s,
                             u"As a church body, we are responsible for the people who turn to "
                             "us, including through "_s +
                                 phrases.accusative + u"."_s);
        }
        if (v.ground(Ground::Minors)) {
            expected << pick(u"In unseren eigenen Beiträgen werden auch Minderjährige gezeigt "
                             "oder genannt"_s,
                             u"Our own posts also show or name minors"_s);
        }
        if (v.ground(Ground::Vulnerable)) {
            expected << pick(u"In unseren eigenen Beiträgen werden auch schutzbedürftige "
                             "Menschen gezeigt"_s,
                             u"Our own posts also show vulnerable people"_s);
        }
        if (v.ground(Ground::Confidential)) {
            expected << pick(u"Unsere öffentlichen Antworten auf Fragen über "_s +
                                 phrases.accusative + u" beziehen sich auf persönliche Anliegen"_s,
                             u"Our public replies to questions through "_s + phrases.accusative +
                                 u" refer to personal matters"_s);
        }
        if (v.ground(Ground::SpecialCategories)) {
            expected << pick(u"Unsere eigenen Inhalte, die wir mit ausdrücklicher Einwilligung"_s,
                             u"Our own content, which we published with the explicit consent"_s);
        }
        if (v.ownGrounds)
            expected << ownGroundsText.trimmed();
        expect(grounds->items.size() == expected.size(),
               u"%1 facts to weigh, expected %2"_s.arg(grounds->items.size()).arg(expected.size()));
        for (qsizetype i = 0; i < std::min(grounds->items.size(), expected.size()); ++i) {
            expect(plainSpaces(grounds->items.at(i)).startsWith(expected.at(i)),
                   u"fact %1 to weigh is \""_s.arg(i + 1) + grounds->items.at(i).left(70) +
                       u"…\", expected \""_s + expected.at(i) + u"…\""_s);
        }
        const QString items = plainSpaces(grounds->items.join(u'\n'));
        // Church law (Art. 91) instead of Art. 5(2), 24 and 9(2)(a).
        expect(items.contains(pick(u"Art. 5 Abs. 2 und Art. 24 DSGVO"_s,
                                   u"Article 5(2) and Article 24 GDPR"_s)) == !ownLaw,
               u"Art. 5(2) and 24 cited "_s + (ownLaw ? u"under church law"_s : u"missing"_s));
        expect(!ownLaw || items.contains(u"Art. 91"_s) || items.contains(u"Article 91"_s),
               u"church law without Art. 91"_s);
        if (v.ground(Ground::SpecialCategories)) {
            expect(items.contains(pick(u"Gesundheit, religiöse Überzeugungen"_s,
                                       u"health, religious beliefs"_s)) ||
                       items.contains(pick(u"religiöse Überzeugungen, Gesundheit"_s,
                                           u"religious beliefs, health"_s)),
                   u"special categories not named"_s);
            for (const QString& cited : {u"C-184/20"_s, u"C-252/21"_s})
                expect(items.contains(cited), u"special categories without "_s + cited);
            expect(items.contains(pick(u"Art. 9 Abs. 2 lit. a"_s, u"Article 9(2)(a)"_s)) == !ownLaw,
                   u"Art. 9(2)(a) cited for a church under its own law, or missing"_s);
        }
        // Minors and vulnerable people: the organisation's own posts, never
        // visitors' comments (DOMAIN.md).
        expect(!items.contains(pick(u"Kommentar"_s, u"comment"_s)),
               u"a ground argues about visitors' comments"_s);
        expect(!items.contains(noNeedMarker), u"NoNeed among the facts to weigh"_s);
    }
    bothTexts(u"the state's neutrality for a church"_s, [&](const QString& t) {
        return !church || !(t.contains(u"Neutralität"_s) || t.contains(u"neutrality"_s));
    });
    const LetterParagraph* noNeed = paragraphWith(noNeedMarker);
    expect((noNeed != nullptr) == v.ground(Ground::NoNeed),
           v.ground(Ground::NoNeed) ? u"NoNeed chosen but its paragraph missing"_s
                                    : u"NoNeed written though not chosen"_s);
    if (noNeed) {
        expect(noNeed->items.isEmpty(), u"NoNeed paragraph has list items"_s);
        const QString withAccounts =
            pick(u"Für unsere Öffentlichkeitsarbeit über "_s + phrases.accusative + u" ist"_s,
                 u"for our public communication through "_s + phrases.accusative + u"."_s);
        expect(plainSpaces(noNeed->text).contains(withAccounts),
               u"NoNeed names the accounts wrongly, expected: "_s + withAccounts);
        expect(noNeed > grounds, u"NoNeed before the facts to weigh"_s);
    }

    // 3a. Named persons (route 2): only those signed by the letter's date and
    //     not revoked; Art. 21 and the duties of Art. 12 only with them.
    const QString particular = de ? u"besonderen Situation"_s : u"particular situation"_s;
    bothTexts(u"a person who must not be named is named"_s, [&](const QString& t) {
        return !t.contains(u"Ohnedatum"_s) && !t.contains(u"Widerrufen"_s) &&
               !t.contains(u"Später Unterschrieben"_s);
    });
    bothTexts(u"named persons "_s + (v.named() ? u"missing"_s : u"without any"_s),
              [&](const QString& t) {
                  return t.contains(u"Anna Schmidt"_s) == v.named() &&
                         t.contains(u"Ben Weber"_s) == (v.persons == PersonsCase::Several) &&
                         t.contains(particular) == v.named();
              });
    const QStringList withPersonsOnly =
        de ? QStringList{u"Art. 21"_s, u"Art. 12 Abs. 4"_s, u"Art. 12 Abs. 2"_s,
                         u"Art. 12 Abs. 6"_s, u"Satz 2"_s}
           : QStringList{u"Article 21"_s, u"Article 12(4)"_s, u"Article 12(2)"_s,
                         u"Article 12(6)"_s, u"second sentence"_s};
    for (const QString& cited : withPersonsOnly) {
        bothTexts(cited +
                      (v.named() ? u" missing with named persons"_s : u" without named persons"_s),
                  [&](const QString& t) { return t.contains(cited) == v.named(); });
    }
    expect(plainSpaces(letter.documentSubject).contains(de ? u"Art. 21"_s : u"Article 21"_s) ==
               v.named(),
           u"PDF subject and Art. 21"_s);
    if (v.named()) {
        expect(full.contains(de ? u"- Anna Schmidt, Pressesprecherin, Vollmacht unterzeichnet am "
                                  "02.11.2026; zu sehen oder genannt in: Fotos vom Stadtfest\n"_s
                                : u"- Anna Schmidt, Pressesprecherin, authorisation signed on "
                                  "2 November 2026; shown or named in: Fotos vom Stadtfest\n"_s),
               u"named person without date or place"_s);
    }
    // Never claimed for others (DOMAIN.md): no staff or people in photos
    // except the named persons, no objection "offered per account".
    for (const QString& overclaim :
         {u"Beschäftigten"_s, u"Personen auf unseren Fotos"_s, u"our staff"_s,
          u"people in our photographs"_s, u"für jedes Konto"_s, u"for every account"_s,
          u"alle Widerspruchsformulare"_s, u"all objection forms"_s, u"allein den Zwecken"_s,
          u"Meta's purposes alone"_s}) {
        bothTexts(u"claims "_s + overclaim,
                  [&](const QString& t) { return !t.contains(overclaim); });
    }
    // Why the organisation writes: in the letter, not in the form's text.
    const QString whyWrite = de ? u"Wir schreiben Ihnen"_s : u"We are writing to you"_s;
    expect(full.contains(whyWrite) && !form.contains(whyWrite),
           u"why the organisation writes: not in the letter alone"_s);
    // That the form is sent from a manager's profile: in the form's text alone.
    const QString formSender = de ? u"über das persönliche Konto einer Person"_s
                                  : u"through the personal account of a person"_s;
    expect(form.contains(formSender) && !full.contains(formSender),
           u"who sends the form: not in the form's text alone"_s);

    // 4. One account or many: the wording follows the number.
    const QString owner = ownerPhrase(v.language, org);
    QStringList mustHave;
    QStringList mustNotHave;
    if (v.oneAccount()) {
        mustHave =
            de ? QStringList{u"wir betreiben das unten genannte Konto. Als dessen Betreiber "
                             "widersprechen wir"_s,
                             u"die wir über dieses Konto veröffentlicht haben und veröffentlichen"_s,
                             u"Es handelt sich um folgendes Konto "_s + owner + u':'}
               : QStringList{u"We operate the account listed below. As its operator, we object"_s,
                             u"the content we have published and continue to publish through "
                             "this account"_s,
                             u"This concerns the following account "_s + owner + u':'};
        mustNotHave = de ? QStringList{u"\\bKonten\\b"_s, u"\\bSeiten\\b"_s, u"folgende Konten"_s}
                         : QStringList{u"\\baccounts\\b"_s, u"\\bPages\\b"_s, u"these accounts"_s};
    } else {
        mustHave =
            de ? QStringList{u"wir betreiben die unten genannten Konten. Als deren Betreiber "
                             "widersprechen wir"_s,
                             u"die wir über diese Konten veröffentlicht haben und veröffentlichen"_s,
                             u"Es handelt sich um folgende Konten "_s + owner + u':'}
               : QStringList{u"We operate the accounts listed below. As their operator, we "
                             "object"_s,
                             u"the content we have published and continue to publish through "
                             "these accounts"_s,
                             u"This concerns the following accounts "_s + owner + u':'};
        mustNotHave =
            de ? QStringList{u"\\bKontos\\b"_s, u"dieses Konto"_s, u"folgendes Konto"_s,
                             u"Facebook-Seite(?!n)"_s, u"Instagram-Konto\\b"_s}
               : QStringList{u"this account"_s, u"account listed"_s, u"following account\\b"_s,
                             u"Facebook Page(?!s)"_s, u"Instagram account(?!s)"_s};
    }
    mustHave << (de ? u"Wir bitten Sie, die Inhalte, die wir über "_s + phrases.accusative +
                          u" veröffentlicht haben und veröffentlichen, ab dem Eingang dieses "
                          "Schreibens nicht mehr"_s
                    : u"With effect from receipt of this letter, we ask you to stop using the "
                      "content we have published and continue to publish through "_s +
                          phrases.accusative + u" for training your AI models"_s);
    for (const QString& phrase : mustHave)
        expect(full.contains(phrase), u"missing: "_s + phrase);
    // The demand stands on its own: with no grounds given, "daher" would refer to nothing.
    expect(!full.contains(u"Wir bitten Sie daher"_s) && !full.contains(u"We therefore ask"_s),
           u"demand refers back with \"daher\"/\"therefore\""_s);
    // The paragraph texts (not the list of accounts, not the general remark
    // on Facebook Pages in the joint-controllership paragraph).
    QString ownWords = plainSpaces(letter.subject);
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        if (&paragraph != joint)
            ownWords += u'\n' + plainSpaces(paragraph.text);
    }
    static QHash<QString, QRegularExpression> compiled;
    for (const QString& pattern : mustNotHave) {
        auto re = compiled.find(pattern);
        if (re == compiled.end())
            re = compiled.insert(pattern, QRegularExpression(pattern));
        const auto m = re->match(ownWords);
        expect(!m.hasMatch(),
               u"wrong number: \"%1\" in …%2…"_s.arg(
                   m.captured(), ownWords.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 90)));
    }
    const QString facebookItem = de ? u"\n- Facebook-Seite: "_s : u"\n- Facebook Page: "_s;
    const QString instagramItem = de ? u"\n- Instagram-Konto: "_s : u"\n- Instagram account: "_s;
    expect(full.count(facebookItem) == facebook && full.count(instagramItem) == instagram,
           u"accounts listed %1 + %2 times, expected %3 + %4"_s.arg(full.count(facebookItem))
               .arg(full.count(instagramItem))
               .arg(facebook)
               .arg(instagram));
    for (const Account& account : request.accounts) {
        QString item = account.name + u", "_s + account.address;
        if (!account.loginEmail.isEmpty())
            item += (de ? u", Anmelde-E-Mail: "_s : u", login e-mail: "_s) + account.loginEmail;
        expect(full.contains(u": "_s + item + u'\n'), u"account item missing: "_s + item);
    }

    // 5. Legal identifiers with no-break spaces, in every string of the letter.
    // The plain texts hold every string of the letter but its PDF metadata.
    for (const QString& s : {rawFull, rawForm, letter.documentSubject}) {
        for (const QString& broken : brokenIdentifiers(s))
            problems << broken;
    }
    // The subject: the organisation's demand; Art. 21 only for named persons.
    expect(letter.subject.contains(de ? u"Art.\u00a021\u00a0DSGVO"_s
                                      : u"Article\u00a021\u00a0GDPR"_s) == v.named(),
           u"subject and the identifier of Art. 21"_s);
    expect(letter.subject.startsWith(
               de ? (v.oneAccount() ? u"Widerspruch gegen die Verwendung der Inhalte unseres "
                                      "Kontos"_s
                                    : u"Widerspruch gegen die Verwendung der Inhalte unserer "
                                      "Konten"_s)
                  : (v.oneAccount() ? u"Objection to the use of the content of our account "_s
                                    : u"Objection to the use of the content of our accounts"_s)),
           u"subject: "_s + letter.subject);
    expect(rawFull.contains(de ? u"Art.\u00a021\u00a0Abs.\u00a01\u00a0DSGVO"_s
                               : u"Article\u00a021(1)\u00a0GDPR"_s) == v.named(),
           u"Art. 21(1) with no-break spaces "_s + (v.named() ? u"missing"_s : u"unexpected"_s));
    // Art. 12(3): the standard the organisation asks for, with its address;
    // for named persons a duty.
    const bool confirmation = v.contact == ContactCase::ConfirmationWithEmail;
    expect(rawFull.contains(de ? u"Art.\u00a012\u00a0Abs.\u00a03\u00a0DSGVO"_s
                               : u"Article\u00a012(3)\u00a0GDPR"_s) == (confirmation || v.named()),
           u"Art. 12(3) with no-break spaces "_s +
               (confirmation || v.named() ? u"missing"_s : u"unexpected"_s));
    if (confirmation) {
        const QString to = de ? u"schriftlich oder per E-Mail an "_s + org.email + u" mit, ob Sie"_s
                              : u"in writing or by e-mail to "_s + org.email + u" whether"_s;
        expect(full.contains(to), u"confirmation without the e-mail address: "_s + to);
        expect(full.contains(de ? u"wir bitten Sie, auch unser Schreiben innerhalb dieser Frist "
                                  "zu beantworten"_s
                                : u"we ask you to answer ours within that time"_s),
               u"Art. 12(3) not as the standard asked for"_s);
    }

    // 6. Closing: organisation, "i. A." / "i. V." only for those who sign so,
    //    recipient ending in the country in capitals.
    const QString name = v.signatoryNamed ? signatory : org.contactName;
    const QString role = v.signatoryNamed ? signatoryRole : org.contactRole;
    QString signed_ = name;
    if (de && v.capacity == SignatoryCapacity::OnBehalf)
        signed_ = u"i. A. "_s + name;
    if (de && v.capacity == SignatoryCapacity::Deputy)
        signed_ = u"i. V. "_s + name;
    // English: "for and on behalf of" the organisation above the name.
    const QString closingOrganisation = !de && v.capacity != SignatoryCapacity::Self
                                            ? u"for and on behalf of "_s + org.name
                                            : org.name;
    expect(letter.signatureLines == QStringList({signed_, role}),
           u"signature \""_s + letter.signatureLines.join(u" / "_s) + u"\", expected \""_s +
               signed_ + u" / "_s + role + u'"');
    if (de) {
        bothTexts(u"i. A. where it does not belong"_s, [&](const QString& t) {
            return t.contains(u"i. A."_s) == (v.capacity == SignatoryCapacity::OnBehalf);
        });
        bothTexts(u"i. V. where it does not belong"_s, [&](const QString& t) {
            return t.contains(u"i. V."_s) == (v.capacity == SignatoryCapacity::Deputy);
        });
    } else {
        bothTexts(u"\"for and on behalf of\" where it does not belong"_s, [&](const QString& t) {
            return t.contains(u"for and on behalf of"_s) == (v.capacity != SignatoryCapacity::Self);
        });
        bothTexts(u"a bracketed capacity"_s, [&](const QString& t) {
            return !t.contains(u"(authorised signatory)"_s) && !t.contains(u"(deputy)"_s);
        });
    }
    expect(letter.closingOrganisation == closingOrganisation,
           u"closing organisation \""_s + letter.closingOrganisation + u'"');
    expect(full.contains(letter.closing + u"\n\n"_s + closingOrganisation + u"\n\n"_s + signed_ +
                         u'\n' + role + u'\n'),
           u"full text: closing block not in order"_s);
    QString formClosing =
        letter.closing + u"\n\n"_s + closingOrganisation + u'\n' + signed_ + u'\n' + role;
    if (!org.email.isEmpty())
        formClosing += u'\n' + org.email;
    expect(form.endsWith(formClosing + u'\n'), u"form text: does not end with the closing block"_s);
    const QStringList recipient{u"Meta Platforms Ireland Limited"_s, u"Merrion Road"_s,
                                u"Dublin 4"_s, u"D04 X2K5"_s, de ? u"IRLAND"_s : u"IRELAND"_s};
    expect(letter.recipientLines == recipient,
           u"recipient \""_s + letter.recipientLines.join(u" / "_s) + u'"');
    expect(!full.contains(u"Grand Canal"_s) && !full.contains(u"Facebook Ireland"_s),
           u"Meta's old address"_s);
    // The country in the letter's language (the samples say "Deutschland").
    const QString country = !de && org.country == "Deutschland"_L1 ? u"Germany"_s : org.country;
    expect(letter.returnAddress ==
               QStringList({org.name, org.street, org.postcode + u' ' + org.city, country})
                   .join(u" · "_s),
           u"return address \""_s + letter.returnAddress + u'"');

    // 7. Postal note, reference and phone only when given; the date alone.
    QString note;
    if (v.postalNote == PostalNote::Registered)
        note = de ? u"Einschreiben"_s : u"Registered post"_s;
    if (v.postalNote == PostalNote::RegisteredReturnReceipt)
        note = de ? u"Einschreiben mit Rückschein"_s : u"Registered post with advice of delivery"_s;
    expect(letter.postalNote == note, u"postal note \""_s + letter.postalNote + u'"');
    if (!note.isEmpty()) {
        expect(full.contains(u'\n' + note + u"\nMeta Platforms Ireland Limited\n"_s),
               u"postal note not above the recipient"_s);
    }
    for (const QString& mark : {u"Einschreiben"_s, u"Registered"_s}) {
        expect(!form.contains(mark), u"form text has the postal note"_s);
        expect(full.contains(mark) == (!note.isEmpty() && note.startsWith(mark)),
               u"postal note in the full text, not chosen"_s);
    }
    QList<std::pair<QString, QString>> information;
    if (v.reference)
        information << std::pair{de ? u"Unser Zeichen"_s : u"Our reference"_s, reference};
    information << std::pair{de ? u"Ansprechperson"_s : u"Contact"_s, org.contactName}
                << std::pair{de ? u"Funktion"_s : u"Position"_s, org.contactRole};
    if (v.phone)
        information << std::pair{de ? u"Telefon"_s : u"Telephone"_s, phone};
    if (!org.email.isEmpty())
        information << std::pair{de ? u"E-Mail"_s : u"E-mail"_s, org.email};
    information << std::pair{de ? u"Datum"_s : u"Date"_s,
                             de ? u"29.11.2026"_s : u"29 November 2026"_s};
    QList<std::pair<QString, QString>> actual;
    for (const LetterField& field : letter.information)
        actual << std::pair{field.label, field.value};
    if (actual != information) {
        QStringList shown;
        for (const auto& [label, value] : std::as_const(actual))
            shown << label + u": "_s + value;
        problems << u"information block: "_s + shown.join(u" | "_s);
    }
    bothTexts(u"the place (kept in the profile) is shown"_s,
              [&](const QString& t) { return !t.contains(place); });
    expect(full.contains(reference) == v.reference,
           u"full text: reference "_s + (v.reference ? u"missing"_s : u"not given"_s));
    expect(!form.contains(reference) && !form.contains(phone),
           u"form text has the reference or phone (it has no information block)"_s);
    expect(full.contains(phone) == v.phone,
           u"full text: phone "_s + (v.phone ? u"missing"_s : u"not given"_s));
    return problems;
}

// Lays the body out as the PDF does (600 dpi, the text width of DIN 5008) and
// returns where an identifier is split over two lines.
QStringList brokenLines(const Letter& letter, const QString& language)
{
    QImage metrics(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(LetterPainter::resolution / 0.0254);
    metrics.setDotsPerMeterX(dotsPerMeter);
    metrics.setDotsPerMeterY(dotsPerMeter);
    const auto document = LetterDocumentBuilder::body(letter);
    document->documentLayout()->setPaintDevice(&metrics);
    document->setTextWidth(metrics.logicalDpiY() / 25.4 * Din::textWidth);
    LineBreaks::keepAddressesWhole(*document); // as LetterPainter lays the body out
    QStringList problems;
    if (document->size().height() <= 0)
        return {u"the body was not laid out"_s};
    const QStringList ids = identifiers(language);
    QSet<QString> seen;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = plainSpaces(block.text());
        const QTextLayout* layout = block.layout();
        if (!text.isEmpty() && layout->lineCount() == 0)
            problems << u"block not laid out: "_s + text.left(40);
        for (const QString& id : ids) {
            for (qsizetype at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
                seen << id;
                const QTextLine first = layout->lineForTextPosition(int(at));
                const QTextLine last = layout->lineForTextPosition(int(at + id.size() - 1));
                if (first.lineNumber() != last.lineNumber()) {
                    problems << u"\"%1\" broken over lines: \"%2\" / \"%3\""_s.arg(
                        id, text.mid(first.textStart(), first.textLength()).right(30),
                        text.mid(last.textStart(), last.textLength()).left(30));
                }
            }
        }
    }
    for (const QString& id : ids) {
        if (!seen.contains(id))
            problems << u"identifier not in the letter (check the list): "_s + id;
    }
    return problems;
}

// A request with everything that puts identifiers into the letter.
ObjectionRequest fullRequest(const QString& language, AccountSet accounts, OrganisationKind kind)
{
    Variant v;
    v.language = language;
    v.kind = kind;
    v.publicBody = true;
    v.grounds = 63;
    v.ownGrounds = true;
    v.joint = true;
    v.accounts = accounts;
    v.capacity = SignatoryCapacity::Deputy;
    v.signatoryNamed = true;
    v.postalNote = PostalNote::Registered;
    v.reference = true;
    v.phone = true;
    v.persons = PersonsCase::Several; // Art. 21 and 12 only with named persons
    if (accounts == AccountSet::OneInstagram || accounts == AccountSet::ManyInstagram)
        v.accounts = AccountSet::ManyMixedOneFacebook; // joint controllership needs a Page
    ObjectionRequest request = requestFor(v);
    request.organisation.churchLaw = ChurchLaw::Gdpr; // Art. 5(2) and 24 in every letter
    return request;
}

Organisation longOrganisation()
{
    Organisation org = organisationFor(OrganisationKind::PublicAuthority);
    org.name = u"Verbandsgemeindeverwaltung Obere Kyll-Hillesheim-Jünkerath Zweckverband"_s;
    org.street = u"Obere Kyllstraße am Alten Bahnhof und Verwaltungszentrum 127"_s; // 60
    org.postcode = u"54584"_s;
    org.city = u"Jünkerath-Schüller-Esch-Feusdorf-Gönnersdorf"_s;
    org.country = u"Deutschland"_s;
    org.email = u"datenschutz.verbandsgemeinde@obere-kyll-hillesheim.de"_s;
    return org;
}

void walkJson(const QJsonValue& value, const QString& path,
              const std::function<void(const QString&, const QString&)>& visit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.key().startsWith(u'_'))
                walkJson(it.value(), path + u'.' + it.key(), visit);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walkJson(array.at(i), path + u"[%1]"_s.arg(i), visit);
    } else if (value.isString()) {
        visit(path, value.toString());
    }
}

// The first problems as warnings (a failure message is cut after about 1000
// characters), and their number.
QString failureReport(const QStringList& failures, qsizetype variants)
{
    constexpr int shown = 25;
    for (const QString& failure : failures.mid(0, shown))
        qWarning().noquote() << failure;
    return u"%1 problems in %2 variants (the first %3 above); the first: "_s.arg(failures.size())
               .arg(variants)
               .arg(std::min<qsizetype>(shown, failures.size())) +
           failures.value(0);
}
} // namespace

Q_DECLARE_METATYPE(AccountSet)
Q_DECLARE_METATYPE(PostalNote)

class LetterVariantsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // pdftotext's text of page 1 inside a rectangle given in millimetres; in
    // layout mode, which keeps a hyphen at the end of a line (the default mode
    // joins "Jünkerath-" and "Schüller" into "JünkerathSchüller").
    static QString croppedText(const QString& pdf, const QRectF& mm)
    {
        constexpr double pointsPerMm = 72.0 / 25.4;
        const auto points = [](double v) { return QString::number(qRound(v * pointsPerMm)); };
        return PopplerTools::run(u"pdftotext"_s,
                                 {u"-layout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-r"_s, u"72"_s,
                                  u"-x"_s, points(mm.x()), u"-y"_s, points(mm.y()), u"-W"_s,
                                  points(mm.width()), u"-H"_s, points(mm.height()), u"-enc"_s,
                                  u"UTF-8"_s, pdf, u"-"_s});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
        QVERIFY2(PopplerTools::missing().isEmpty(), qPrintable(PopplerTools::missing()));
    }

    // The sample holds every value of every dimension together with every
    // value of every other dimension, in each language.
    void variantsCoverEveryPair()
    {
        const QList<Variant> variants = allVariants();
        for (const QString& language : {u"de"_s, u"en"_s}) {
            std::set<std::tuple<int, int, int, int>> pairs;
            for (const Variant& v : variants) {
                if (v.language != language)
                    continue;
                const QList<int> d = v.dimensions();
                for (int a = 0; a < d.size(); ++a) {
                    for (int b = a + 1; b < d.size(); ++b)
                        pairs.insert({a, d.at(a), b, d.at(b)});
                }
            }
            for (int a = 0; a < dimensionSizes.size(); ++a) {
                for (int b = a + 1; b < dimensionSizes.size(); ++b) {
                    for (int x = 0; x < dimensionSizes.at(a); ++x) {
                        for (int y = 0; y < dimensionSizes.at(b); ++y) {
                            QVERIFY2(pairs.count({a, x, b, y}),
                                     qPrintable(u"%1: %2=%3 never with %4=%5"_s.arg(
                                         language, dimensionNames.at(a), QString::number(x),
                                         dimensionNames.at(b), QString::number(y))));
                        }
                    }
                }
            }
        }
    }

    // Every string in the letter files writes identifiers with no-break
    // spaces: the rule the letters are checked against comes from there.
    void jsonWritesIdentifiersWithNoBreakSpaces_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void jsonWritesIdentifiersWithNoBreakSpaces()
    {
        QFETCH(QString, language);
        QFile file(u":/data/letter-"_s + language + u".json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
        QVERIFY(json.isObject());
        QStringList failures;
        walkJson(json.object(), language, [&failures](const QString& path, const QString& text) {
            for (const QString& broken : brokenIdentifiers(text))
                failures << path + u": "_s + broken;
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // Composition and plain texts of every variant of the sample.
    void everyVariantReadsRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<AccountSet>("accounts");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            for (AccountSet set : allAccountSets) {
                QTest::addRow("%s, %s", qPrintable(language), qPrintable(accountSetName(set)))
                    << language << set;
            }
        }
    }

    void everyVariantReadsRight()
    {
        QFETCH(QString, language);
        QFETCH(AccountSet, accounts);
        const LetterComposer composer(language);
        QStringList failures;
        qsizetype count = 0;
        for (const Variant& v : allVariants()) {
            if (v.language != language || v.accounts != accounts)
                continue;
            ++count;
            const ObjectionRequest request = requestFor(v);
            const Letter letter = composer.compose(request);
            for (const QString& problem : problemsOf(v, request, letter))
                failures << describe(v) + u' ' + problem;
        }
        QVERIFY(count > 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failureReport(failures, count)));
    }

    // On the page no identifier breaks over two lines, wherever the e-mail
    // address, the organisation's name and the accounts move it.
    void identifiersStayOnOneLine_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<AccountSet>("accounts");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            for (AccountSet set : {AccountSet::OneFacebook, AccountSet::ManyFacebook,
                                   AccountSet::ManyMixed, AccountSet::ManyMixedOneFacebook}) {
                QTest::addRow("%s, %s", qPrintable(language), qPrintable(accountSetName(set)))
                    << language << set;
            }
        }
    }

    void identifiersStayOnOneLine()
    {
        QFETCH(QString, language);
        QFETCH(AccountSet, accounts);
        const LetterComposer composer(language);
        const QString localPart = u"datenschutz-und-informationssicherheit-der-verwaltung"_s;
        QStringList failures;
        qsizetype count = 0;
        for (OrganisationKind kind : allKinds) {
            for (qsizetype length = 1; length <= localPart.size(); length += 2) {
                ObjectionRequest request = fullRequest(language, accounts, kind);
                request.organisation.email = localPart.left(length) + u"@beispiel.de"_s;
                ++count;
                for (const QString& problem : brokenLines(composer.compose(request), language)) {
                    failures << u"[%1, %2, e-mail %3] "_s.arg(kindName(kind),
                                                              accountSetName(accounts),
                                                              request.organisation.email) +
                                    problem;
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureReport(failures, count)));
    }

    // The PDF itself, read back with poppler: the return address complete in
    // the address field, every identifier on one line.
    void pdfAddressAndIdentifiers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<AccountSet>("accounts");
        QTest::addColumn<bool>("longAddress");
        QTest::addColumn<PostalNote>("note");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            for (AccountSet set : {AccountSet::OneFacebook, AccountSet::ManyMixed}) {
                for (bool longAddress : {false, true}) {
                    for (PostalNote note :
                         {PostalNote::None, PostalNote::RegisteredReturnReceipt}) {
                        QTest::addRow("%s, %s, %s, %s", qPrintable(language),
                                      qPrintable(accountSetName(set)),
                                      longAddress ? "long address" : "short address",
                                      note == PostalNote::None ? "no note" : "registered")
                            << language << set << longAddress << note;
                    }
                }
            }
        }
    }

    void pdfAddressAndIdentifiers()
    {
        QFETCH(QString, language);
        QFETCH(AccountSet, accounts);
        QFETCH(bool, longAddress);
        QFETCH(PostalNote, note);
        ObjectionRequest request = fullRequest(language, accounts, OrganisationKind::University);
        if (longAddress)
            request.organisation = longOrganisation();
        request.options.postalNote = note;
        const Letter letter = LetterComposer(language).compose(request);
        const QString pdf = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                               .replace(u", "_s, u"-"_s)
                                               .replace(u' ', u'_') +
                                           u".pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(PdfLetterWriter::write(letter, &file,
                                           QDateTime(QDate(2026, 11, 29), QTime(10, 0))));
        }

        // (a) The return address complete in its zone of the window (DIN 5008
        //     Form B: address field x 20, y 45 mm, 85 × 45 mm; its first 17.7 mm
        //     for notes and the return address), the recipient below it.
        const Organisation& org = request.organisation;
        const QString returnZone = PopplerTools::compact(
            croppedText(pdf, QRectF(Din::addressFieldLeft, Din::addressFieldTop,
                                    Din::addressFieldWidth, Din::returnZoneHeight)));
        qsizetype from = 0;
        for (const QString& part :
             {letter.postalNote, org.name, org.street, QString(org.postcode + u' ' + org.city),
              letter.senderLines.constLast()}) { // the country, translated
            if (part.isEmpty())
                continue;
            const qsizetype at = returnZone.indexOf(PopplerTools::compact(part), from);
            QVERIFY2(at >= 0, qPrintable(u"not (in order) in the return address zone: "_s + part +
                                         u"\nzone: "_s + returnZone));
            from = at + PopplerTools::compact(part).size();
        }
        const QString recipientZone = croppedText(
            pdf, QRectF(Din::addressFieldLeft, Din::recipientZoneTop, Din::addressFieldWidth,
                        Din::addressFieldHeight - Din::returnZoneHeight));
        const QStringList recipientLines = recipientZone.split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : letter.recipientLines) {
            QVERIFY2(std::any_of(recipientLines.cbegin(), recipientLines.cend(),
                                 [&line](const QString& l) { return l.trimmed() == line; }),
                     qPrintable(u"recipient line not whole in the window: "_s + line));
        }
        // The information block (x 125 mm, top 50 mm, at most 75 mm wide):
        // every field whole and in order, the date without the place.
        const QString info = PopplerTools::compact(croppedText(
            pdf, QRectF(Din::infoBlockLeft, Din::infoBlockTop - 1, Din::infoBlockWidth + 1, 60)));
        from = 0;
        for (const LetterField& field : letter.information) {
            const QString entry = PopplerTools::compact(field.label + field.value);
            const qsizetype at = info.indexOf(entry, from);
            QVERIFY2(at >= 0,
                     qPrintable(u"not (in order) in the information block: "_s + field.label +
                                u": "_s + field.value + u"\nblock: "_s + info));
            from = at + entry.size();
        }
        QVERIFY(!info.contains(place));
        // The letterhead above the address field shows the whole name too.
        const QString head = PopplerTools::compact(
            croppedText(pdf, QRectF(0, 0, Din::pageWidth, Din::addressFieldTop)));
        for (const QString& part : letter.senderLines)
            QVERIFY2(head.contains(PopplerTools::compact(part)),
                     qPrintable(u"letterhead: "_s + part));

        // (b) No identifier broken over two lines of the page.
        const QString layoutText =
            PopplerTools::run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(!layoutText.isEmpty());
        QStringList lines = plainSpaces(layoutText).split(u'\n');
        for (QString& line : lines)
            line = line.simplified();
        QString letterText = plainSpaces(letter.subject);
        for (const LetterParagraph& paragraph : letter.paragraphs) {
            if (paragraph.formOnly)
                continue;
            letterText += u'\n' + plainSpaces(paragraph.text);
            for (const QString& item : paragraph.items)
                letterText += u'\n' + plainSpaces(item);
        }
        for (const QString& id : identifiers(language)) {
            // Longer identifiers first: "Art. 21 Abs. 1 DSGVO" also holds none of
            // "Art. 21 DSGVO", so plain counts compare.
            const qsizetype expected = letterText.count(id);
            QVERIFY2(expected > 0, qPrintable(u"identifier not in the letter: "_s + id));
            qsizetype whole = 0;
            for (const QString& line : std::as_const(lines))
                whole += line.count(id);
            if (whole != expected) {
                // The lines where it starts or ends.
                const QString start = id.section(u' ', 0, 0);
                const QString end = id.section(u' ', -1);
                QStringList near;
                for (const QString& line : std::as_const(lines)) {
                    if (line.contains(start) || line.startsWith(end))
                        near << line;
                }
                QFAIL(qPrintable(u"\"%1\" %2 times in the letter, %3 times whole on a line of the "
                                 "PDF; lines:\n"_s.arg(id)
                                     .arg(expected)
                                     .arg(whole) +
                                 near.join(u'\n')));
            }
        }
        // Nothing of the body lost on the way; the date without the place.
        const QString all = PopplerTools::compact(PopplerTools::rawText(pdf));
        QVERIFY(!all.contains(place));
        QVERIFY(all.contains(language == "de"_L1 ? u"Datum29.11.2026"_s : u"Date29November2026"_s));
        QStringList shown{letter.subject};
        for (const LetterParagraph& paragraph : letter.paragraphs) {
            if (!paragraph.formOnly) // for Meta's online form, not on paper
                shown << paragraph.text << paragraph.items;
        }
        shown << letter.closing << letter.closingOrganisation << letter.signatureLines;
        from = 0;
        for (const QString& text : std::as_const(shown)) {
            const QString piece = PopplerTools::compact(plainSpaces(text));
            const qsizetype at = all.indexOf(piece, from);
            QVERIFY2(at >= 0, qPrintable(u"not (in order) in the PDF: "_s + text.left(80)));
            from = at + piece.size();
        }
    }
};

QTEST_MAIN(LetterVariantsTest)
#include "LetterVariantsTest.moc"
