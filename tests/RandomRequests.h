#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include "InputValidation.h"
#include "ObjectionRequest.h"

// Realistic requests from a seed, as the people who use the wizard would
// type them: German organisations of every kind, names with umlauts and
// accents, now and then an emoji or a name at its length limit, 1 to 60
// accounts in every spelling Meta's addresses come in, no grounds or all of
// them, own grounds from nothing to 3,000 characters in paragraphs. The same
// seed gives the same request, so a failing walk can be replayed.
class RandomRequests
{
public:
    explicit RandomRequests(quint32 seed) : m_random(seed) {}

    ObjectionRequest next()
    {
        ObjectionRequest request;
        Organisation& org = request.organisation;
        org.kind = OrganisationKind(m_random.bounded(6));
        const QString city = pick(cities());
        org.name = limited(organisationName(org.kind, city), InputLimits::name);
        if (chance(3)) // a hundred emoji: within the limit, counted as people count
            org.name = QStringLiteral("🎉").repeated(100);
        org.contactName = limited(pick(firstNames()) + u' ' + pick(lastNames()), InputLimits::name);
        org.contactRole = chance(25) ? QString() : limited(pick(roles()), InputLimits::field);
        org.email = email(org.name);
        // Usually as suggested for the kind; a church of kind "other" is a public body.
        org.publicBody =
            chance(85) ? suggestedPublicBody(org.kind) : !suggestedPublicBody(org.kind);
        // A church is never a body of the state; it applies its own law or the GDPR.
        if (org.kind == OrganisationKind::Church) {
            org.publicBody = false;
            org.churchLaw = ChurchLaw(m_random.bounded(3));
        }
        if (chance(40))
            org.phone =
                QStringLiteral("+49 %1 %2").arg(30 + bounded(900)).arg(100000 + bounded(899999));
        if (chance(85)) {
            org.street = pick(streets()) + u' ' + QString::number(1 + m_random.bounded(180));
            org.postcode =
                QStringLiteral("%1").arg(1067 + m_random.bounded(98000), 5, 10, QLatin1Char('0'));
            org.city = city;
        }
        org.country =
            chance(80) ? QStringLiteral("Deutschland")
                       : pick({QStringLiteral("Österreich"), QStringLiteral("Germany"), QString()});
        // A postcode of the country's form (a wrong one stops Next once, as
        // the wizard's tests show elsewhere).
        if (!org.postcode.isEmpty() && org.country == QStringLiteral("Österreich"))
            org.postcode = QString::number(1010 + m_random.bounded(8900));
        if (chance(8))
            org.contactRole = atLimit(org.contactRole, InputLimits::field);

        const int accounts = chance(20) ? 30 + m_random.bounded(31) : 1 + m_random.bounded(8);
        QSet<QString> addresses;
        while (request.accounts.size() < accounts) {
            const Account account = this->account(org.name, city, int(request.accounts.size()));
            const QString key =
                InputValidation::checkAccountAddress(account.platform, account.address).normalised;
            if (!addresses.contains(key.toLower())) {
                addresses.insert(key.toLower());
                request.accounts << account;
            }
        }

        LetterOptions& options = request.options;
        options.letterLanguage = chance(70) ? QStringLiteral("de") : QStringLiteral("en");
        options.date = QDate::currentDate();
        if (chance(30))
            options.reference = QStringLiteral("DS-%1/2026").arg(bounded(1000));
        options.postalNote = PostalNote(bounded(3));
        for (Ground ground : applicableGrounds(org)) {
            if (chance(50))
                options.grounds << ground;
        }
        if (options.grounds.contains(Ground::SpecialCategories)) {
            for (SpecialCategory category : {SpecialCategory::Religion, SpecialCategory::Health,
                                             SpecialCategory::TradeUnion}) {
                if (chance(50))
                    options.specialCategories << category;
            }
            if (options.specialCategories.isEmpty() || chance(30))
                options.otherSpecialCategories = pick(
                    {QStringLiteral("sexuelle Orientierung"), QStringLiteral("Weltanschauung")});
        }
        options.ownGrounds = ownGrounds();
        // People who authorised the organisation: signed before today, some revoked.
        if (chance(30)) {
            const int persons = 1 + bounded(4);
            for (int i = 0; i < persons; ++i) {
                AuthorisingPerson person;
                person.name = pick(firstNames()) + u' ' + pick(lastNames());
                person.role =
                    chance(70)
                        ? pick({QStringLiteral("Pressesprecherin"),
                                QStringLiteral("Vereinsmitglied"), QStringLiteral("Trainer")})
                        : QString();
                person.signedOn = QDate::currentDate().addDays(-1 - bounded(300));
                person.appearsIn = chance(40) ? QStringLiteral("Fotos vom Sommerfest") : QString();
                person.minor = chance(15);
                if (chance(15))
                    person.revokedOn = person.signedOn.addDays(1 + bounded(20));
                if (person.revokedOn > QDate::currentDate())
                    person.revokedOn = QDate::currentDate();
                request.persons << person;
            }
        }
        const bool facebook = std::any_of(
            request.accounts.cbegin(), request.accounts.cend(),
            [](const Account& account) { return account.platform == Platform::Facebook; });
        options.jointControllership = facebook && chance(40); // offered for Facebook pages only
        options.requestConfirmation = chance(80);
        if (chance(40)) {
            options.signatoryName = pick(firstNames()) + u' ' + pick(lastNames());
            options.signatoryRole =
                pick({QStringLiteral("Bürgermeisterin"), QStringLiteral("Geschäftsführer"),
                      QStringLiteral("Vorsitzende des Vorstands")});
            options.signatoryCapacity = SignatoryCapacity(bounded(3));
        }
        return request;
    }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int bounded(int limit) { return int(m_random.bounded(limit)); }

    QString pick(const QStringList& list)
    {
        return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
    }

private:
    static QStringList cities()
    {
        return {QStringLiteral("Musterstadt"),
                QStringLiteral("Görlitz"),
                QStringLiteral("Mülheim an der Ruhr"),
                QStringLiteral("Frankfurt (Oder)"),
                QStringLiteral("Bad Kreuznach"),
                QStringLiteral("Neustadt a. d. Weinstraße"),
                QStringLiteral("Sankt Peter-Ording"),
                QStringLiteral("Öhringen"),
                QStringLiteral("Weißenfels"),
                QStringLiteral("Düsseldorf"),
                QStringLiteral("Zwickau"),
                QStringLiteral("Lüdenscheid")};
    }
    static QStringList firstNames()
    {
        return {
            QStringLiteral("Jürgen"), QStringLiteral("Ayşe"),        QStringLiteral("Małgorzata"),
            QStringLiteral("Zoë"),    QStringLiteral("Björn"),       QStringLiteral("Katharina"),
            QStringLiteral("Mehmet"), QStringLiteral("Chloé"),       QStringLiteral("Dmitri"),
            QStringLiteral("Sören"),  QStringLiteral("Anne-Kathrin")};
    }
    static QStringList lastNames()
    {
        return {QStringLiteral("Müller"),       QStringLiteral("Özdemir"),
                QStringLiteral("Weiß"),         QStringLiteral("Schäfer"),
                QStringLiteral("Nguyễn"),       QStringLiteral("Kowalski"),
                QStringLiteral("Großmann"),     QStringLiteral("O'Connor"),
                QStringLiteral("von der Heyde")};
    }
    static QStringList roles()
    {
        return {QStringLiteral("Datenschutzbeauftragte"), QStringLiteral("Datenschutzbeauftragter"),
                QStringLiteral("Leitung Kommunikation"),  QStringLiteral("Pressesprecherin"),
                QStringLiteral("Geschäftsführer"),        QStringLiteral("Social-Media-Redaktion"),
                QStringLiteral("Hauptamtsleiter i. V.")};
    }
    static QStringList streets()
    {
        return {QStringLiteral("Hauptstraße"),
                QStringLiteral("Am Markt"),
                QStringLiteral("Rathausplatz"),
                QStringLiteral("Schloßallee"),
                QStringLiteral("Karl-Liebknecht-Straße"),
                QStringLiteral("Königsweg")};
    }
    static QStringList sentences()
    {
        return {
            QStringLiteral("Über unsere Seiten melden sich Bürgerinnen und Bürger mit Anliegen, "
                           "die sie sonst nirgends vorbringen können."),
            QStringLiteral("In den Kommentaren schreiben regelmäßig Eltern über ihre Kinder."),
            QStringLiteral("Unsere Beratungsstelle erreichen Menschen in schwierigen "
                           "Lebenslagen auch über Instagram."),
            QStringLiteral("Fotos unserer Veranstaltungen zeigen Mitglieder, Gäste und "
                           "Ehrenamtliche – viele davon minderjährig."),
            QStringLiteral("Wir sind an Weisungen des Trägers gebunden (§ 12 Satzung)."),
            QStringLiteral("Die Präsenz dient allein der Information über Öffnungszeiten, "
                           "Termine und Änderungen im Betrieb."),
            QStringLiteral("Ehrenamtliche betreuen die Seite; eine Abwägung nach Art. 6 Abs. 1 "
                           "lit. f DSGVO können sie nicht leisten."),
            QStringLiteral("Café-Treff, Sprechstunde & Sommerfest 2026 🎉 – alles läuft über "
                           "diese Seite."),
        };
    }

    QString organisationName(OrganisationKind kind, const QString& city)
    {
        switch (kind) {
        case OrganisationKind::Company:
            return pick(lastNames()) +
                   pick({QStringLiteral(" GmbH"), QStringLiteral(" & Söhne KG"),
                         QStringLiteral(" Bäckerei GmbH & Co. KG"), QStringLiteral(" AG")});
        case OrganisationKind::PublicAuthority:
            return pick({QStringLiteral("Stadt "), QStringLiteral("Landkreis "),
                         QStringLiteral("Gemeinde "), QStringLiteral("Bürgeramt ")}) +
                   city;
        case OrganisationKind::Church:
            return pick({QStringLiteral("Ev.-Luth. Kirchengemeinde "),
                         QStringLiteral("Katholische Pfarrei St. Josef "),
                         QStringLiteral("Freie evangelische Gemeinde ")}) +
                   city;
        case OrganisationKind::Association:
            return pick({QStringLiteral("TSV "), QStringLiteral("Förderverein Grundschule "),
                         QStringLiteral("Tafel "), QStringLiteral("Chorgemeinschaft ")}) +
                   city + QStringLiteral(" e. V.");
        case OrganisationKind::University:
            return pick({QStringLiteral("Universität "), QStringLiteral("Hochschule "),
                         QStringLiteral("Technische Hochschule ")}) +
                   city;
        case OrganisationKind::Other:
            return pick({QStringLiteral("Evangelische Kirchengemeinde "),
                         QStringLiteral("Handwerkskammer "),
                         QStringLiteral("Stiftung Bürgerhaus ")}) +
                   city;
        }
        return city;
    }

    static QString longSuffix()
    {
        return QStringLiteral(" – Abteilung Öffentlichkeitsarbeit, Bürgerdialog und digitale "
                              "Kommunikation mit Außenstelle Nord und Süd und Ost und West");
    }

    // Usually as is; sometimes exactly at the field's limit.
    QString limited(const QString& text, int limit)
    {
        return chance(10) ? atLimit(text, limit) : text;
    }

    static QString atLimit(const QString& text, int limit)
    {
        QString full = text;
        while (full.size() < limit)
            full += longSuffix();
        full.truncate(limit);
        return full.trimmed().size() == full.size() ? full : full.trimmed() + u'x';
    }

    QString slug(const QString& text)
    {
        QString result;
        for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
            if (c.isLetterOrNumber() && c.unicode() < 128)
                result += c.toLower();
        }
        return result.left(24);
    }

    QString email(const QString& name)
    {
        const QString domain = slug(name).isEmpty() ? QStringLiteral("verein") : slug(name);
        return pick({QStringLiteral("datenschutz@"), QStringLiteral("presse+facebook@"),
                     QStringLiteral("info@")}) +
               domain +
               pick({QStringLiteral(".de"), QStringLiteral(".org"), QStringLiteral(".bayern")});
    }

    Account account(const QString& organisation, const QString& city, int index)
    {
        Account account;
        account.platform = chance(55) ? Platform::Facebook : Platform::Instagram;
        account.name =
            pick({organisation, QStringLiteral("%1 erleben").arg(city),
                  QStringLiteral("Jugend %1").arg(city), QStringLiteral("Bibliothek %1").arg(city),
                  QStringLiteral("Café Kränzchen ☕"), QStringLiteral("Team %1").arg(index + 1)});
        if (chance(10)) // pasted with spaces around it
            account.name = QStringLiteral(" ") + account.name + QStringLiteral("  ");
        if (chance(25))
            account.loginEmail = QStringLiteral("social%1@%2.de")
                                     .arg(index)
                                     .arg(slug(organisation).isEmpty() ? QStringLiteral("verein")
                                                                       : slug(organisation));
        const QString handle = QString(slug(account.name) + QString::number(index)).right(28);
        if (account.platform == Platform::Facebook) {
            account.address =
                pick({QStringLiteral("https://www.facebook.com/"), QStringLiteral("facebook.com/"),
                      QStringLiteral("www.facebook.com/"),
                      QStringLiteral("https://m.facebook.com/"),
                      QStringLiteral("https://de-de.facebook.com/")}) +
                handle;
            if (chance(10)) {
                account.address = QStringLiteral("https://www.facebook.com/profile.php?id=1000%1")
                                      .arg(70000000 + index);
            }
        } else {
            account.address =
                pick({QStringLiteral("@"), QStringLiteral("https://www.instagram.com/"),
                      QStringLiteral("instagram.com/")}) +
                handle.left(1) + u'_' + handle.mid(1);
        }
        return account;
    }

    QString ownGrounds()
    {
        const int kind = bounded(10);
        if (kind < 3)
            return {};
        const int target = kind < 7 ? 40 + bounded(300) : 1000 + bounded(2001);
        QString text;
        while (text.size() < target) {
            if (!text.isEmpty())
                text += chance(25) ? QStringLiteral("\n").repeated(1 + bounded(2))
                                   : QStringLiteral(" ");
            text += pick(sentences());
        }
        text.truncate(3000);
        if (text.back().isHighSurrogate())
            text.chop(1);
        return text.trimmed();
    }

    QRandomGenerator m_random;
};
