// Writes named variants of every text the program sends or prints, as plain
// text, into the folder given: for a reader who checks them in full as a
// data-protection officer or as Meta's lawyers would (issue 25).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include "LetterComposer.h"
#include "ObjectionRecord.h"
#include "PlainTextLetterWriter.h"
#include "SampleRequests.h"

namespace {
// An organisation of its own: its name, address, mailbox, contact and accounts
// (a reader checks that a letter lists the sender's own accounts).
ObjectionRequest withKind(ObjectionRequest request, OrganisationKind kind, const QString& name,
                          bool publicBody, const QString& slug, const QString& street,
                          const QString& contact, const QString& role)
{
    Organisation& org = request.organisation;
    org.kind = kind;
    org.name = name;
    org.publicBody = publicBody;
    org.street = street;
    org.email = QStringLiteral("datenschutz@") + slug + QStringLiteral(".de");
    org.contactName = contact;
    org.contactRole = role;
    request.accounts = {
        {Platform::Facebook, name, QStringLiteral("https://www.facebook.com/") + slug},
        {Platform::Instagram, name, u'@' + QString(slug).remove(u'-')},
    };
    request.options.grounds = suggestedGrounds(org);
    request.options.signatoryName.clear();
    request.options.signatoryRole.clear();
    request.options.signatoryCapacity = SignatoryCapacity::Self;
    return request;
}

AuthorisingPerson person(const QString& name, const QString& role, const QDate& signedOn,
                         bool minor = false)
{
    AuthorisingPerson p;
    p.name = name;
    p.role = role;
    p.signedOn = signedOn;
    p.minor = minor;
    return p;
}

bool write(const QDir& dir, const QString& name, const QString& text)
{
    QFile file(dir.filePath(name + QStringLiteral(".txt")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: VariantTexts FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    bool ok = true;
    const auto letter = [&](const QString& name, const ObjectionRequest& request) {
        const LetterComposer composer(request.options.letterLanguage);
        const Letter composed = composer.compose(request);
        ok &= write(dir, name, PlainTextLetterWriter::fullText(composed));
        ok &= write(dir, name + QStringLiteral("-form-text"),
                    PlainTextLetterWriter::formText(composed));
    };

    ObjectionRequest city = sampleRequest();
    city.options.date = QDate(2026, 12, 7);
    city.options.signatoryName = QStringLiteral("Dr. Jana Vogt");
    city.options.signatoryRole = QStringLiteral("Leiterin des Hauptamts");
    city.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
    letter(QStringLiteral("01-city-de"), city);
    ObjectionRequest cityJoint = city;
    cityJoint.options.jointControllership = true;
    cityJoint.options.grounds << Ground::Minors;
    letter(QStringLiteral("02-city-joint-minors-de"), cityJoint);
    ObjectionRequest cityEn = cityJoint;
    cityEn.options.letterLanguage = QStringLiteral("en");
    letter(QStringLiteral("03-city-joint-minors-en"), cityEn);

    ObjectionRequest company =
        withKind(city, OrganisationKind::Company, QStringLiteral("Müller Haustechnik GmbH"), false,
                 QStringLiteral("mueller-haustechnik"), QStringLiteral("Gewerbering 7"),
                 QStringLiteral("Jonas Becker"), QStringLiteral("Geschäftsführer"));
    company.accounts = {company.accounts.constFirst()};
    letter(QStringLiteral("04-company-one-account-de"), company);

    ObjectionRequest church = withKind(
        city, OrganisationKind::Church, QStringLiteral("Katholische Kirchengemeinde St. Marien"),
        false, QStringLiteral("st-marien-musterstadt"), QStringLiteral("Kirchplatz 2"),
        QStringLiteral("Thomas Klein"), QStringLiteral("Pfarrer"));
    church.organisation.churchLaw = ChurchLaw::Kdg;
    church.options.grounds << Ground::Minors << Ground::SpecialCategories;
    church.options.specialCategories = {SpecialCategory::Religion};
    church.persons = {
        person(QStringLiteral("Anna Schmidt"), QStringLiteral("Gemeindereferentin"),
               QDate(2026, 9, 20)),
        person(QStringLiteral("Paul Weber"), QStringLiteral("Messdiener"), QDate(2026, 9, 22),
               true),
        person(QStringLiteral("Nach Datum"), QStringLiteral("Organist"), QDate(2026, 12, 20)),
        person(QStringLiteral("Ohne Datum"), QStringLiteral("Küster"), QDate())};
    letter(QStringLiteral("05-church-kdg-persons-de"), church);
    ObjectionRequest churchEn = church;
    churchEn.options.letterLanguage = QStringLiteral("en");
    churchEn.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
    letter(QStringLiteral("06-church-kdg-persons-en"), churchEn);

    ObjectionRequest counselling = withKind(
        city, OrganisationKind::Association, QStringLiteral("Beratungsstelle Lebenswege e. V."),
        false, QStringLiteral("lebenswege-beratung"), QStringLiteral("Lindenstraße 12"),
        QStringLiteral("Sabine Krüger"), QStringLiteral("Vorstand"));
    counselling.options.grounds << Ground::Vulnerable << Ground::Confidential
                                << Ground::SpecialCategories;
    counselling.options.specialCategories = {SpecialCategory::Health};
    counselling.options.otherSpecialCategories = QStringLiteral("sexuelle Orientierung");
    letter(QStringLiteral("07-counselling-association-de"), counselling);

    ObjectionRequest university =
        withKind(city, OrganisationKind::University, QStringLiteral("Universität Görlitz"), true,
                 QStringLiteral("uni-goerlitz"), QStringLiteral("Universitätsplatz 1"),
                 QStringLiteral("Dr. Martin Roth"), QStringLiteral("Data Protection Officer"));
    university.options.signatoryName = QStringLiteral("Prof. Dr. Karin Lang");
    university.options.signatoryRole = QStringLiteral("President");
    university.options.letterLanguage = QStringLiteral("en");
    university.persons = {person(QStringLiteral("Prof. Dr. Lena Hoffmann"),
                                 QStringLiteral("member of staff"), QDate(2026, 11, 30))};
    letter(QStringLiteral("08-university-person-en"), university);

    // Follow-ups and notices from a record: one account confirmed, one not.
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")}) {
        ObjectionRecord record;
        record.id = QStringLiteral("{3f2a9c1e-7b4d-4e8a-9c21-0d5e6f7a8b9c}");
        record.organisation = church.organisation.name;
        record.accounts = church.accounts;
        record.route = Route::Letter;
        record.sentOn = QDate(2026, 10, 12);
        record.sentRequest = church;
        record.confirmations.insert(
            ObjectionRecord::accountKey(church.accounts.constFirst()),
            MetaConfirmation{QDate(2026, 11, 3), QStringLiteral("CASE-88213"), QString()});
        record.followUpSentOn = QDate(2026, 11, 16);
        ObjectionRequest sender = church;
        sender.options.letterLanguage = language;
        sender.options.date = QDate(2026, 12, 14);
        const LetterComposer composer(language);
        EarlierObjection earlier = record.earlierObjection();
        ok &= write(dir, QStringLiteral("09-follow-up-partly-confirmed-") + language,
                    PlainTextLetterWriter::fullText(composer.followUp(sender, earlier)));
        ok &= write(dir, QStringLiteral("10-notice-dpc-") + language,
                    PlainTextLetterWriter::fullText(
                        composer.authorityNotice(sender, earlier, Authority::IrishDpc)));
        ok &= write(dir, QStringLiteral("11-notice-hmbbfdi-") + language,
                    PlainTextLetterWriter::fullText(
                        composer.authorityNotice(sender, earlier, Authority::HmbBfDI)));
        const PostalAddress own{{QStringLiteral("Katholisches Datenschutzzentrum"),
                                 QStringLiteral("Brackeler Hellweg 144"),
                                 QStringLiteral("44309 Dortmund")},
                                {},
                                {}};
        ok &= write(dir, QStringLiteral("12-notice-own-authority-") + language,
                    PlainTextLetterWriter::fullText(
                        composer.authorityNotice(sender, earlier, Authority::Own, own)));
        // A form sending, not answered.
        ObjectionRecord form = record;
        form.route = Route::OnlineForm;
        form.accounts = {church.accounts.constFirst()};
        form.confirmations.clear();
        form.adminLogin = QStringLiteral("a.schmidt@example.org");
        form.formReference = QStringLiteral("FB-2026-551203");
        ok &= write(
            dir, QStringLiteral("13-follow-up-form-") + language,
            PlainTextLetterWriter::fullText(composer.followUp(sender, form.earlierObjection())));
        ok &= write(dir, QStringLiteral("14-authorisation-form-") + language,
                    PlainTextLetterWriter::fullText(
                        composer.authorisationForm(sender, church.persons.constFirst())));
        ok &= write(dir, QStringLiteral("15-authorisation-form-minor-") + language,
                    PlainTextLetterWriter::fullText(
                        composer.authorisationForm(sender, church.persons.at(1))));
        ok &= write(dir, QStringLiteral("16-followers-") + language, composer.followerNotice());
        ok &= write(dir, QStringLiteral("17-privacy-notice-facebook-") + language,
                    composer.privacyNotice(1));
        ok &= write(dir, QStringLiteral("18-privacy-notice-instagram-only-") + language,
                    composer.privacyNotice(0));
    }
    return ok ? 0 : 1;
}
