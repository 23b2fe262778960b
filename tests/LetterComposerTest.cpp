#include <QTest>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include "LayoutChecks.h"
#include "LetterChecks.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterPainter.h"
#include "MetaFacts.h"
#include "PlainTextLetterWriter.h"
#include "SampleRequests.h"
#include "SignatoryRules.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OrganisationKind)
Q_DECLARE_METATYPE(SignatoryCapacity)

class LetterComposerTest : public QObject
{
    Q_OBJECT

private:
    // As the wizard and the command line show them: the content's, then the layout's.
    static QStringList allWarnings(const ObjectionRequest& request)
    {
        return LetterChecks::warnings(request) + LayoutChecks::warnings(request);
    }
    // The letter as text, no-break spaces as spaces (identifiers carry them so
    // that no line breaks inside).
    static QString fullText(const ObjectionRequest& request,
                            const QString& language = QStringLiteral("de"))
    {
        return PlainTextLetterWriter::fullText(LetterComposer(language).compose(request))
            .replace(QChar::Nbsp, u' ');
    }

    static ObjectionRequest withAccounts(QList<Platform> platforms)
    {
        ObjectionRequest request = sampleRequest();
        request.accounts.clear();
        int n = 0;
        for (Platform platform : platforms)
            request.accounts << Account{platform, u"Konto %1"_s.arg(++n), u"@konto%1"_s.arg(n)};
        return request;
    }

private slots:
    void checksNameTheMissingField()
    {
        QCOMPARE(LetterChecks::missingField(sampleRequest()), QString());
        ObjectionRequest request = sampleRequest();
        request.organisation.email = u" "_s;
        QVERIFY(LetterChecks::missingField(request).startsWith(u"organisation.email: "_s));
        request.organisation.email = u"kein-at-zeichen"_s;
        QVERIFY(LetterChecks::missingField(request).startsWith(u"organisation.email: "_s));
        request = sampleRequest();
        request.accounts[1].address.clear();
        QVERIFY(LetterChecks::missingField(request).startsWith(u"accounts[1].address: "_s));
    }

    void germanInAnEnglishLetterIsNoticed()
    {
        for (const QString& german : {u"Datenschutzbeauftragte"_s, u"Leiter des Hauptamts"_s,
                                      u"Wir sind ein kleiner Verein"_s, u"Bürgermeisterin"_s,
                                      u"Referentin Öffentlichkeitsarbeit"_s})
            QVERIFY2(LetterChecks::looksGerman(german), qPrintable(german));
        for (const QString& english :
             {u"Data Protection Officer"_s, u"Head of the main office"_s, u"Mayor"_s, QString(),
              u"We are a small association"_s, u"Head of the Bürgerbüro"_s,
              u"Chair of the Förderverein board"_s})
            QVERIFY2(!LetterChecks::looksGerman(english), qPrintable(english));
        ObjectionRequest request = sampleRequest();
        QVERIFY(LetterChecks::warnings(request).isEmpty());
        request.options.letterLanguage = u"en"_s;
        request.organisation.contactRole = u"Head of Communications"_s;
        request.options.signatoryName.clear();
        request.options.signatoryRole = u"Head of the main office"_s;
        // A function without a name would be dropped: said.
        QCOMPARE(LetterChecks::warnings(request).size(), 1);
        QVERIFY(
            LetterChecks::warnings(request).constFirst().contains(u"Head of the main office"_s));
        request.options.signatoryName = u"Max Beispiel"_s;
        QVERIFY(LetterChecks::warnings(request).isEmpty());
        request.options.ownGrounds = u"Unsere Seite richtet sich an Familien."_s;
        QCOMPARE(LetterChecks::warnings(request).size(), 1);
        request.organisation.city.clear();
        QCOMPARE(LetterChecks::warnings(request).size(), 2);
    }

    // Said before anything is sent: what the page head cannot hold even at
    // 6 pt, and a letter without grounds from the particular situation.
    void overlongHeadAndMissingGroundsAreSaid()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.street = u"Hauptstraße 1, Gebäude C, Eingang Innenhof"_s;
        QVERIFY(allWarnings(request).isEmpty()); // two lines still fit
        request.organisation.street = u"Hauptstraße 1, Gebäude C, Eingang Innenhof "_s.repeated(4);
        QStringList warnings = allWarnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"DIN 5008 provides for two"_s),
                 qPrintable(warnings.first()));
        request.organisation.name = u"Verbandsgemeindeverwaltung Obere Kyll "_s.repeated(3);
        request.organisation.city = u"Frankfurt am Main – Sachsenhausen-Nord "_s.repeated(5);
        request.options.postalNote = PostalNote::RegisteredReturnReceipt;
        warnings = allWarnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"is cut off"_s), qPrintable(warnings.first()));
        request.organisation.country = u"Bundesrepublik Deutschland "_s.repeated(7);
        warnings = allWarnings(request);
        // Every line of the letterhead now takes its two lines. With Qt 6.4's
        // line heights that runs into the window and is said; Qt 6.8 sets the
        // same lines tighter and the longest possible letterhead still fits.
        const bool runsIntoWindow =
            LetterPainter::overflow(LetterComposer(request.options.letterLanguage).compose(request))
                .letterhead;
        QVERIFY2(runsIntoWindow || QT_VERSION >= QT_VERSION_CHECK(6, 8, 0),
                 "the longest letterhead fits with Qt 6.4");
        QVERIFY2(warnings.size() == (runsIntoWindow ? 2 : 1), qPrintable(warnings.join(u" | "_s)));
        if (runsIntoWindow)
            QVERIFY2(warnings.last().contains(u"letterhead"_s), qPrintable(warnings.last()));
        QVERIFY2(warnings.first().contains(u"return address"_s), qPrintable(warnings.first()));

        request = sampleRequest();
        request.organisation.contactRole = u"Datenschutzbeauftragte für alle Ämter "_s.repeated(5);
        warnings = allWarnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().endsWith(u"after four lines: the contact's function."_s),
                 qPrintable(warnings.first()));

        // No warning for a letter without chosen grounds: it always states
        // the facts Meta must weigh (responsibility, purpose, expectations).
        request = sampleRequest();
        request.options.grounds = {Ground::NoNeed};
        QVERIFY(allWarnings(request).isEmpty());
    }

    // Who signs (DOMAIN.md): "i. A." in public administration unless the head
    // signs, the data protection officer only when authorised, the function in
    // the letter's language; and a letter dated before a decision it cites.
    void signatoryAndDateAreChecked()
    {
        ObjectionRequest request = sampleRequest();
        QVERIFY(LetterChecks::warnings(request).isEmpty());
        request.options.signatoryCapacity = SignatoryCapacity::Self;
        QStringList warnings = LetterChecks::warnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"i. A."_s), qPrintable(warnings.first()));
        request.options.signatoryRole = u"Erste Bürgermeisterin"_s; // the head signs herself
        QVERIFY(LetterChecks::warnings(request).isEmpty());
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::Self);
        request.options.signatoryRole = u"Leiter des Hauptamts"_s;
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::OnBehalf);
        // In an association too, whoever does not head it signs "i. A.".
        request.organisation.kind = OrganisationKind::Association;
        request.organisation.publicBody = false;
        warnings = LetterChecks::warnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"“Leiter des Hauptamts”"_s),
                 qPrintable(warnings.first()));
        request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
        QVERIFY(LetterChecks::warnings(request).isEmpty());

        request = sampleRequest();
        request.options.signatoryRole = u"Behördlicher Datenschutzbeauftragter"_s;
        warnings = LetterChecks::warnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"data protection officer"_s),
                 qPrintable(warnings.first()));
        request.options.signatoryRole = u"Mayor"_s; // English in a German letter
        warnings = LetterChecks::warnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"in English"_s), qPrintable(warnings.first()));
        QVERIFY(!SignatoryRules::looksLikeDpo(u"Pressesprecherin"_s));
        QVERIFY(SignatoryRules::looksLikeDpo(u"DSB"_s));
        QVERIFY(!SignatoryRules::isHead(u"Stellvertretende Leiterin Hauptamt"_s));

        request = sampleRequest();
        request.options.jointControllership = true;
        request.options.date = QDate(2025, 6, 1); // before VG Köln, 17 July 2025
        warnings = LetterChecks::warnings(request);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"13 K 1419/23"_s), qPrintable(warnings.first()));
        request.options.jointControllership = false;
        QVERIFY(LetterChecks::warnings(request).isEmpty());
    }

    // A postcode with a space ("438 01" in Czechia, "SW1A 1AA") is never split
    // where the return address or the letterhead wraps.
    void postcodeStaysInOnePiece()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.postcode = u"438  01"_s;
        request.organisation.city = u"Žatec"_s;
        const Letter letter = LetterComposer().compose(request);
        QVERIFY2(letter.returnAddress.contains(u"438\u00a001 Žatec"_s),
                 qPrintable(letter.returnAddress));
        QVERIFY(letter.senderLines.contains(u"438\u00a001 Žatec"_s));
    }

    void recipientIsMetaIrelandFromDataFile()
    {
        const Letter letter = LetterComposer().compose(sampleRequest());
        QCOMPARE(letter.recipientLines,
                 QStringList({u"Meta Platforms Ireland Limited"_s, u"Merrion Road"_s, u"Dublin 4"_s,
                              u"D04 X2K5"_s, u"IRLAND"_s}));
        QCOMPARE(letter.recipientLines, MetaFacts::instance().recipientLines());
        QCOMPARE(LetterComposer(u"en"_s).compose(sampleRequest()).recipientLines.constLast(),
                 u"IRELAND"_s);
        const QString text = fullText(sampleRequest());
        QVERIFY(!text.contains(u"Grand Canal"_s));
        QVERIFY(!text.contains(u"Facebook Ireland"_s));
    }

    void templateLetterFromTheArticle()
    {
        const Letter letter = LetterComposer().compose(sampleRequest());
        QCOMPARE(letter.subject, u"Widerspruch gegen die Verwendung der Inhalte unserer Konten für "
                                 "das Training Ihrer KI-Modelle"_s);
        QVERIFY(!letter.subject.startsWith(u"Betreff"_s));
        QVERIFY(!letter.subject.endsWith(u'.'));
        QCOMPARE(letter.salutation, u"Sehr geehrte Damen und Herren,"_s);
        QCOMPARE(letter.closing, u"Mit freundlichen Grüßen"_s);
        const QString text = fullText(sampleRequest());
        // The organisation's own demand as operator (DOMAIN.md, route 1).
        QVERIFY(text.contains(u"wir betreiben die unten genannten Konten. Als deren Betreiber "
                              "widersprechen wir der Verwendung der Inhalte, die wir über diese "
                              "Konten veröffentlicht haben und veröffentlichen"_s));
        QVERIFY(!text.contains(u"Widerspruchsformulare zu berücksichtigen"_s));
        QVERIFY(!text.contains(u"für jedes Konto an"_s));
        QVERIFY(text.contains(u"ab dem Eingang dieses Schreibens nicht mehr für das Training "
                              "Ihrer KI-Modelle zu verwenden."_s));
        QVERIFY(!text.contains(u"KI-Systeme"_s));
    }

    // Statements an officer would have had to strike out: none of them in any letter.
    void noOverclaiming()
    {
        for (const QString& language : {u"de"_s, u"en"_s}) {
            ObjectionRequest request = sampleRequest();
            request.options.grounds = {Ground::PublicBody, Ground::Minors, Ground::Confidential,
                                       Ground::NoNeed};
            request.options.jointControllership = true;
            const QString text = fullText(request, language);
            for (const QString& claim :
                 {u"Unsere Organisation ist als Verantwortlicher"_s, u"steht im Widerspruch zu"_s,
                  u"dürfen nicht für andere Zwecke"_s, u"verarbeitet wurden oder werden"_s,
                  u"auszuschließen"_s, u"Kontaktinfos"_s, u"ECLI"_s,
                  u"As a controller within the joint processing"_s, u"conflicts with our"_s,
                  u"must not be used for other purposes"_s, u"has been or is being processed"_s,
                  u"presence"_s, u"Präsenz"_s})
                QVERIFY2(!text.contains(claim), qPrintable(language + u": "_s + claim));
        }
    }

    void accountsAreListed()
    {
        ObjectionRequest request = sampleRequest();
        request.accounts[0].loginEmail = u"social@musterstadt.de"_s;
        const QString text = PlainTextLetterWriter::formText(LetterComposer().compose(request));
        QVERIFY(text.contains(u"Es handelt sich um folgende Konten der Stadt Musterstadt:"_s));
        QVERIFY(text.contains(u"- Facebook-Seite: Stadt Musterstadt, "
                              "https://www.facebook.com/stadtmusterstadt, Anmelde-E-Mail: "
                              "social@musterstadt.de"_s));
        QVERIFY(text.contains(u"- Instagram-Konto: Musterstadt erleben, @musterstadt\n"_s));
    }

    // The article only where it is certain; never "von Sportverein …".
    void organisationNamedWithTheRightArticle_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Stadt") << u"Stadt Musterstadt"_s << u"Konten der Stadt Musterstadt:"_s;
        QTest::newRow("Universität")
            << u"Universität Görlitz"_s << u"Konten der Universität Görlitz:"_s;
        QTest::newRow("Verein") << u"Sportverein Grün-Weiß e. V."_s
                                << u"Konten unserer Organisation:"_s;
        QTest::newRow("company") << u"Müller GmbH"_s << u"Konten unserer Organisation:"_s;
        QTest::newRow("Stadtwerke")
            << u"Stadtwerke Musterstadt"_s << u"Konten unserer Organisation:"_s;
    }

    void organisationNamedWithTheRightArticle()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        ObjectionRequest request = sampleRequest();
        request.organisation.name = name;
        QVERIFY2(fullText(request).contains(expected), qPrintable(fullText(request)));
        QVERIFY(fullText(request, u"en"_s).contains(u"accounts of "_s + name + u':'));
    }

    void oneAccountIsSingular_data()
    {
        QTest::addColumn<QList<Platform>>("platforms");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one Facebook page")
            << QList<Platform>{Platform::Facebook}
            << QStringList{u"das unten genannte Konto"_s, u"über dieses Konto"_s,
                           u"folgendes Konto"_s,
                           u"über unsere Facebook-Seite veröffentlicht haben"_s};
        QTest::newRow("one Instagram account")
            << QList<Platform>{Platform::Instagram}
            << QStringList{u"folgendes Konto"_s,
                           u"über unser Instagram-Konto veröffentlicht haben"_s};
        QTest::newRow("two Facebook pages")
            << QList<Platform>{Platform::Facebook, Platform::Facebook}
            << QStringList{u"die unten genannten Konten"_s, u"folgende Konten"_s,
                           u"über unsere Facebook-Seiten veröffentlicht haben"_s};
        QTest::newRow("both platforms")
            << QList<Platform>{Platform::Instagram, Platform::Facebook}
            << QStringList{u"folgende Konten"_s, u"über unsere Konten veröffentlicht haben"_s};
    }

    void oneAccountIsSingular()
    {
        QFETCH(QList<Platform>, platforms);
        QFETCH(QStringList, expected);
        const QString text = fullText(withAccounts(platforms));
        for (const QString& phrase : expected)
            QVERIFY2(text.contains(phrase), qPrintable(phrase + u"\n"_s + text));
    }

    // Art. 26 only when chosen, only for Facebook pages, with its scope and limits.
    void jointControllershipOnlyWhenChosen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("chosen");
        QTest::addColumn<QList<Platform>>("platforms");
        QTest::addColumn<bool>("written");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            const QByteArray l = language.toLatin1();
            QTest::addRow("%s: not chosen", l.constData())
                << language << false << QList<Platform>{Platform::Facebook} << false;
            QTest::addRow("%s: chosen, Facebook", l.constData())
                << language << true << QList<Platform>{Platform::Facebook} << true;
            QTest::addRow("%s: chosen, Instagram only", l.constData())
                << language << true << QList<Platform>{Platform::Instagram} << false;
            QTest::addRow("%s: chosen, both", l.constData())
                << language << true << QList<Platform>{Platform::Facebook, Platform::Instagram}
                << true;
        }
    }

    void jointControllershipOnlyWhenChosen()
    {
        QFETCH(QString, language);
        QFETCH(bool, chosen);
        QFETCH(QList<Platform>, platforms);
        QFETCH(bool, written);
        ObjectionRequest request = withAccounts(platforms);
        request.options.jointControllership = chosen;
        const QString text = fullText(request, language);
        const bool german = language == "de"_L1;
        QCOMPARE(text.contains(german ? u"gemeinsam mit Ihnen verantwortlich"_s
                                      : u"joint controllers with you"_s),
                 written);
        QCOMPARE(text.contains(u"C-210/16"_s), written);
        if (written) {
            QVERIFY(text.contains(u"C-40/17"_s));
            QVERIFY(text.contains(u"13 K 1419/23"_s));
            QVERIFY(text.contains(german ? u"nicht rechtskräftig"_s : u"not final"_s));
            QVERIFY(text.contains(german ? u"über das Training Ihrer KI-Modelle entscheiden wir "
                                           "nicht mit"_s
                                         : u"we do not co-determine the training of your AI "
                                           "models"_s));
            QVERIFY(text.contains(german ? u"Rn. 35–39"_s : u"paragraphs 35–39"_s));
            QVERIFY(text.contains(german ? u"Seiten-Insights-Ergänzung bezüglich des "
                                           "Verantwortlichen"_s
                                         : u"Page Insights Controller Addendum"_s));
            // No sentence about Instagram in the letter (DOMAIN.md: help text only).
            QVERIFY(!text.contains(german ? u"Für Instagram-Konten gibt es"_s
                                          : u"for Instagram accounts"_s));
        }
    }

    void optionalConfirmation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("confirmation");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            QTest::addRow("%s: with", qPrintable(language)) << language << true;
            QTest::addRow("%s: without", qPrintable(language)) << language << false;
        }
    }

    void optionalConfirmation()
    {
        QFETCH(QString, language);
        QFETCH(bool, confirmation);
        ObjectionRequest request = sampleRequest();
        request.options.requestConfirmation = confirmation;
        const QString text = fullText(request, language);
        const bool german = language == "de"_L1;
        // Art. 12(3)'s month as the standard asked for, never a duty owed to
        // the organisation; no Art. 21(1) s. 2 or 12(4) without named persons.
        QCOMPARE(text.contains(german ? u"Art. 12 Abs. 3 DSGVO sieht für die Antwort auf einen "
                                        "Widerspruch einen Monat vor; wir bitten Sie"_s
                                      : u"Article 12(3) GDPR provides one month for answering an "
                                        "objection; we ask you"_s),
                 confirmation);
        QVERIFY(!text.contains(german ? u"Satz 2"_s : u"second sentence"_s));
        QVERIFY(!text.contains(german ? u"Art. 12 Abs. 4"_s : u"Article 12(4)"_s));
        QCOMPARE(text.contains(u"datenschutz@musterstadt.de mit"_s) ||
                     text.contains(u"datenschutz@musterstadt.de whether"_s),
                 confirmation);
        // Without an e-mail address no sentence ends in "an ." / "to ,".
        request.organisation.email.clear();
        const QString without = fullText(request, language);
        QVERIFY(!without.contains(u" an ."_s) && !without.contains(u"to ,"_s));
        QVERIFY(!without.contains(german ? u"Art. 12 Abs. 3"_s : u"Article 12(3)"_s));
    }

    // Only situation-specific grounds and the own text under the heading of the
    // particular situation; "not needed" is an argument of its own.
    void particularSituationAndArgumentApart()
    {
        ObjectionRequest request = sampleRequest();
        request.options.grounds = {Ground::NoNeed, Ground::Minors};
        request.options.ownGrounds = u"  Unsere Seite richtet sich an Schulen.  "_s;
        const Letter letter = LetterComposer().compose(request);
        const auto grounds =
            std::find_if(letter.paragraphs.cbegin(), letter.paragraphs.cend(),
                         [](const LetterParagraph& p) { return p.text.contains(u"Abwägung"_s); });
        QVERIFY(grounds != letter.paragraphs.cend());
        // Responsibility, purpose, expectations always; then the chosen ground
        // and the organisation's own words.
        QCOMPARE(grounds->items.size(), 5);
        QVERIFY(grounds->items.at(0).contains(u"Art.\u00a05\u00a0Abs.\u00a02 und Art.\u00a024"_s));
        QVERIFY(grounds->items.at(1).contains(u"Art.\u00a05\u00a0Abs.\u00a01\u00a0lit.\u00a0b"_s));
        QVERIFY(grounds->items.at(2).contains(u"Erwägungsgrund\u00a047"_s));
        QVERIFY(grounds->items.at(3).contains(u"Minderjährige"_s));
        QCOMPARE(grounds->items.at(4), u"Unsere Seite richtet sich an Schulen."_s);
        const auto noNeed = std::find_if(
            letter.paragraphs.cbegin(), letter.paragraphs.cend(),
            [](const LetterParagraph& p) { return p.text.contains(u"nicht erforderlich"_s); });
        QVERIFY(noNeed != letter.paragraphs.cend());
        QVERIFY(noNeed->items.isEmpty());
        QVERIFY(noNeed > grounds);

        request.options.grounds = {Ground::NoNeed};
        request.options.ownGrounds.clear();
        const QString text = fullText(request);
        QVERIFY(!text.contains(u"besonderen Situation"_s));
        QVERIFY(text.contains(u"Für unsere Öffentlichkeitsarbeit über unsere Konten ist die "
                              "Verwendung der Inhalte zum KI-Training nicht erforderlich."_s));
    }

    // The public-body ground follows the yes/no of the organisation, not its kind.
    void publicBodyIsItsOwnQuestion_data()
    {
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<bool>("publicBody");
        QTest::newRow("authority") << OrganisationKind::PublicAuthority << true;
        QTest::newRow("private university") << OrganisationKind::University << false;
        QTest::newRow("chamber (other)") << OrganisationKind::Other << true;
        // A church is never a body of the state, even with the box ticked.
        QTest::newRow("church") << OrganisationKind::Church << true;
        QTest::newRow("company") << OrganisationKind::Company << false;
    }

    void publicBodyIsItsOwnQuestion()
    {
        QFETCH(OrganisationKind, kind);
        QFETCH(bool, publicBody);
        ObjectionRequest request = sampleRequest();
        request.organisation.kind = kind;
        request.organisation.publicBody = publicBody;
        request.options.grounds = {Ground::PublicBody, Ground::Minors};
        for (const QString& language : {u"de"_s, u"en"_s}) {
            const QString text = fullText(request, language);
            const bool church = kind == OrganisationKind::Church;
            QCOMPARE(text.contains(language == "de"_L1 ? u"Als öffentliche Stelle"_s
                                                       : u"As a public body"_s),
                     publicBody && !church);
            QCOMPARE(text.contains(language == "de"_L1 ? u"Als kirchliche Stelle"_s
                                                       : u"As a church body"_s),
                     church);
            QVERIFY(!text.contains(language == "de"_L1 ? u"angewiesen"_s : u"depend on"_s));
        }
        QCOMPARE(suggestedGrounds(request.organisation).contains(Ground::PublicBody),
                 publicBody || kind == OrganisationKind::Church);
        QCOMPARE(suggestedPublicBody(OrganisationKind::PublicAuthority), true);
        QCOMPARE(suggestedPublicBody(OrganisationKind::University), true);
        QCOMPARE(suggestedPublicBody(OrganisationKind::Association), false);
    }

    // The English letter is the German one in English: for every combination
    // of options both have the same paragraphs, list items and fields.
    void bothLanguagesHaveTheSameStructure_data()
    {
        QTest::addColumn<int>("combination");
        for (int combination = 0; combination < 256; ++combination)
            QTest::newRow(QByteArray::number(combination).constData()) << combination;
    }

    void bothLanguagesHaveTheSameStructure()
    {
        QFETCH(int, combination);
        ObjectionRequest request = sampleRequest();
        request.options.jointControllership = combination & 1;
        request.options.requestConfirmation = combination & 2;
        request.options.grounds.clear();
        if (combination & 4)
            request.options.grounds << Ground::PublicBody;
        if (combination & 8)
            request.options.grounds << Ground::Minors << Ground::NoNeed;
        if (combination & 16)
            request.options.ownGrounds = u"Eigener Grund"_s;
        if (combination & 32)
            request.accounts.removeLast();
        if (combination & 64) {
            request.options.signatoryName = u"Dr. Max Muster"_s;
            request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
        }
        if (combination & 128) {
            request.options.reference = u"DS-2026-11"_s;
            request.options.postalNote = PostalNote::RegisteredReturnReceipt;
        }
        const Letter german = LetterComposer(u"de"_s).compose(request);
        const Letter english = LetterComposer(u"en"_s).compose(request);
        QCOMPARE(english.paragraphs.size(), german.paragraphs.size());
        for (qsizetype i = 0; i < german.paragraphs.size(); ++i) {
            QCOMPARE(english.paragraphs.at(i).items.size(), german.paragraphs.at(i).items.size());
            QVERIFY(!english.paragraphs.at(i).text.isEmpty());
        }
        QCOMPARE(english.information.size(), german.information.size());
        QCOMPARE(english.signatureLines.size(), german.signatureLines.size());
        QCOMPARE(english.postalNote.isEmpty(), german.postalNote.isEmpty());
        // The same sender, its country in each letter's language.
        QCOMPARE(QString(english.returnAddress).replace(u"Germany"_s, u"Deutschland"_s),
                 german.returnAddress);
    }

    void nameSuggestsTheKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // -1: no suggestion
        const auto k = [](OrganisationKind kind) { return int(kind); };
        QTest::newRow("e. V.") << u"Sportverein Grün-Weiß Musterstadt e. V."_s
                               << k(OrganisationKind::Association);
        QTest::newRow("e.V.") << u"Förderverein e.V."_s << k(OrganisationKind::Association);
        QTest::newRow("GmbH") << u"Müller Haustechnik GmbH"_s << k(OrganisationKind::Company);
        QTest::newRow("gGmbH") << u"Lebenshilfe Werkstätten gGmbH"_s
                               << k(OrganisationKind::Company);
        QTest::newRow("AG") << u"Musterbank AG"_s << k(OrganisationKind::Company);
        QTest::newRow("GmbH & Co. KG")
            << u"Beispiel GmbH & Co. KG"_s << k(OrganisationKind::Company);
        QTest::newRow("Stadt") << u"Stadt Musterstadt"_s << k(OrganisationKind::PublicAuthority);
        QTest::newRow("Gemeinde") << u"Gemeinde Beispielheim"_s
                                  << k(OrganisationKind::PublicAuthority);
        QTest::newRow("Universität") << u"Universität Görlitz"_s << k(OrganisationKind::University);
        QTest::newRow("Hochschule inside")
            << u"Technische Hochschule Musterstadt"_s << k(OrganisationKind::University);
        QTest::newRow("municipal company")
            << u"Stadtwerke Musterstadt GmbH"_s << k(OrganisationKind::Company);
        QTest::newRow("university association")
            << u"Hochschulsport Musterstadt e. V."_s << k(OrganisationKind::Association);
        QTest::newRow("AG inside a word") << u"Tagespflege Sonnenschein"_s << -1;
        QTest::newRow("Stadt inside a word") << u"Stadtbibliothek Musterstadt"_s << -1;
        QTest::newRow("Stadt alone, typing on") << u"Stadt"_s << -1;
        QTest::newRow("Stadtcafé") << u"Stadtcafe Mueller"_s << -1;
        QTest::newRow("Kirchengemeinde")
            << u"Evangelische Kirchengemeinde St. Marien"_s << k(OrganisationKind::Church);
        QTest::newRow("Pfarrei") << u"Katholische Pfarrei St. Josef"_s
                                 << k(OrganisationKind::Church);
        QTest::newRow("nothing telling") << u"Tafel Musterstadt"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void nameSuggestsTheKind()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const std::optional<OrganisationKind> suggested = suggestedKind(name);
        QCOMPARE(suggested ? int(*suggested) : -1, kind);
    }

    void countryIsWrittenInTheLettersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("written");
        QTest::newRow("German letter, English preset")
            << u"de"_s << u"Germany"_s << u"Deutschland"_s;
        QTest::newRow("German letter, German") << u"de"_s << u"Deutschland"_s << u"Deutschland"_s;
        QTest::newRow("English letter, German preset")
            << u"en"_s << u"Deutschland"_s << u"Germany"_s;
        QTest::newRow("English letter, Austria") << u"en"_s << u"Österreich"_s << u"Austria"_s;
        QTest::newRow("other country as typed") << u"de"_s << u"Luxemburg"_s << u"Luxemburg"_s;
    }

    void countryIsWrittenInTheLettersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, written);
        ObjectionRequest request = sampleRequest();
        request.organisation.country = typed;
        const Letter letter = LetterComposer(language).compose(request);
        QCOMPARE(letter.senderLines.constLast(), written);
        QVERIFY(letter.returnAddress.endsWith(u" · "_s + written));
    }

    void englishLetterUsesEnglishForms()
    {
        const Letter letter = LetterComposer(u"en"_s).compose(sampleRequest());
        QCOMPARE(letter.subject,
                 u"Objection to the use of the content of our accounts for training your AI "
                 "models"_s);
        QVERIFY(!letter.subject.endsWith(u'.'));
        QCOMPARE(letter.salutation, u"Dear Sir or Madam,"_s);
        QCOMPARE(letter.closing, u"Yours faithfully,"_s);
        QCOMPARE(letter.information.constLast().value, u"29 November 2026"_s);
        QCOMPARE(letter.recipientLines.constLast(), u"IRELAND"_s);
        QCOMPARE(letter.pageNumberPattern, u"Page {page} of {pages}"_s);
        QCOMPARE(letter.fileNameStem, u"Objection-AI-Training"_s);
        ObjectionRequest request = sampleRequest();
        request.options.jointControllership = true;
        request.options.grounds << Ground::Minors;
        const QString text = fullText(request, u"en"_s);
        QVERIFY(text.contains(u"Case C-210/16, Wirtschaftsakademie Schleswig-Holstein"_s));
        QVERIFY(text.contains(u"Article 5(2) and Article 24 GDPR"_s));
        QVERIFY(text.contains(u"bound to neutrality and objectivity"_s));
        QVERIFY(text.contains(u"members of the public"_s));
        QVERIFY(text.contains(u"Facebook Page: "_s));
        QVERIFY(text.contains(u"Instagram account: "_s));
        QVERIFY(!text.contains(u"DSGVO"_s));
        QVERIFY(!text.contains(u"Art. "_s));
    }

    // DIN 5008: the date alone in the information block, written 29.11.2026.
    void dateIsWrittenTheGermanWay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("leading zeros") << QDate(2026, 3, 5) << u"05.03.2026"_s;
        QTest::newRow("end of year") << QDate(2026, 12, 31) << u"31.12.2026"_s;
    }

    void dateIsWrittenTheGermanWay()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        ObjectionRequest request = sampleRequest();
        request.options.date = date;
        request.options.place = u"Musterstadt"_s; // not shown: the block has the date only
        const Letter letter = LetterComposer().compose(request);
        QCOMPARE(letter.information.constLast().label, u"Datum"_s);
        QCOMPARE(letter.information.constLast().value, expected);
    }

    // Reference, contact, phone in the information block; "Ansprechperson".
    void informationBlock()
    {
        ObjectionRequest request = sampleRequest();
        request.options.reference = u"DS-7/2026"_s;
        request.organisation.phone = u"+49 30 123456"_s;
        const Letter letter = LetterComposer().compose(request);
        QStringList labels;
        for (const LetterField& field : letter.information)
            labels << field.label;
        QCOMPARE(labels, (QStringList{u"Unser Zeichen"_s, u"Ansprechperson"_s, u"Funktion"_s,
                                      u"Telefon"_s, u"E-Mail"_s, u"Datum"_s}));
        QVERIFY(!fullText(request).contains(u"Ansprechpartner"_s));
    }

    void missingOptionalDataLeavesNoGaps_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("role") << u"role"_s;
        QTest::newRow("street") << u"street"_s;
        QTest::newRow("postcode and city") << u"city"_s;
        QTest::newRow("country") << u"country"_s;
    }

    void missingOptionalDataLeavesNoGaps()
    {
        QFETCH(QString, field);
        ObjectionRequest request = sampleRequest();
        Organisation& org = request.organisation;
        if (field == "role"_L1)
            org.contactRole.clear();
        if (field == "street"_L1)
            org.street.clear();
        if (field == "city"_L1) {
            org.postcode.clear();
            org.city.clear();
        }
        if (field == "country"_L1)
            org.country.clear();
        const Letter letter = LetterComposer().compose(request);
        QVERIFY(!letter.returnAddress.contains(u"·  ·"_s));
        QVERIFY(!letter.returnAddress.endsWith(u"· "_s));
        QVERIFY(!letter.senderLines.contains(QString()));
        QVERIFY(!letter.signatureLines.contains(QString()));
        for (const LetterField& info : letter.information)
            QVERIFY2(!info.value.isEmpty(), qPrintable(info.label));
    }

    // DIN 5008: greeting, organisation, room for the signature, "i. A." and the
    // typed name, function; the signatory may be another than the contact.
    void closingBlock_data()
    {
        QTest::addColumn<QString>("signatory");
        QTest::addColumn<SignatoryCapacity>("capacity");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("contact signs")
            << QString() << SignatoryCapacity::Self
            << QStringList{u"Erika Mustermann"_s, u"Datenschutzbeauftragte"_s};
        QTest::newRow("on behalf") << u"Max Muster"_s << SignatoryCapacity::OnBehalf
                                   << QStringList{u"i. A. Max Muster"_s, u"Bürgermeister"_s};
        QTest::newRow("deputy") << u"Max Muster"_s << SignatoryCapacity::Deputy
                                << QStringList{u"i. V. Max Muster"_s, u"Bürgermeister"_s};
    }

    void closingBlock()
    {
        QFETCH(QString, signatory);
        QFETCH(SignatoryCapacity, capacity);
        QFETCH(QStringList, expected);
        ObjectionRequest request = sampleRequest();
        request.options.signatoryName = signatory;
        request.options.signatoryRole = u"Bürgermeister"_s;
        request.options.signatoryCapacity = capacity;
        const Letter letter = LetterComposer().compose(request);
        QCOMPARE(letter.closingOrganisation, u"Stadt Musterstadt"_s);
        QCOMPARE(letter.signatureLines, expected);
        QVERIFY(PlainTextLetterWriter::fullText(letter).contains(
            u"Mit freundlichen Grüßen\n\nStadt Musterstadt\n\n"_s + expected.join(u'\n')));
        // The contact person stays the contact, in the information block.
        QCOMPARE(letter.information.at(0).value, u"Erika Mustermann"_s);
    }

    void postalNoteAboveTheRecipient()
    {
        ObjectionRequest request = sampleRequest();
        request.options.postalNote = PostalNote::RegisteredReturnReceipt;
        const Letter letter = LetterComposer().compose(request);
        QCOMPARE(letter.postalNote, u"Einschreiben mit Rückschein"_s);
        QVERIFY(PlainTextLetterWriter::fullText(letter).contains(
            u"Einschreiben mit Rückschein\nMeta Platforms Ireland Limited"_s));
        QVERIFY(!PlainTextLetterWriter::formText(letter).contains(u"Einschreiben"_s));
    }

    void formTextHasNoAddressBlockButContact()
    {
        const QString text =
            PlainTextLetterWriter::formText(LetterComposer().compose(sampleRequest()));
        QVERIFY(text.startsWith(u"Widerspruch gegen die Verwendung der Inhalte unserer Konten"_s));
        QVERIFY(!text.contains(u"Merrion Road"_s));
        // Why the organisation writes instead of using the form: only in the letter.
        QVERIFY(!text.contains(u"Wir schreiben Ihnen"_s));
        QVERIFY(fullText(sampleRequest()).contains(u"Wir schreiben Ihnen"_s));
        // And what only the form says: sent from a manager's profile, for the accounts.
        QVERIFY(text.contains(u"persönliche Konto einer Person, die unsere Konten verwaltet"_s));
        QVERIFY(!fullText(sampleRequest()).contains(u"persönliche Konto einer Person"_s));
        QVERIFY(!text.contains(u"Rathausplatz"_s));
        QVERIFY(
            text.contains(u"Mit freundlichen Grüßen\n\nStadt Musterstadt\ni. A. Max Mustermann\n"
                          "Leiter des Hauptamts\ndatenschutz@musterstadt.de\n"_s));
    }

    // Ready for the organisation's followers and its privacy notice: what they
    // can do themselves, with both forms and the way in that always works.
    void noticesForFollowersAndPrivacyNotice()
    {
        const MetaFacts& meta = MetaFacts::instance();
        for (const QString& language : {u"de"_s, u"en"_s}) {
            const LetterComposer composer(language);
            for (const QString& text : {composer.followerNotice(), composer.privacyNotice(0),
                                        composer.privacyNotice(1), composer.privacyNotice(3)}) {
                // The way in that stays; the direct forms of 2025 may have moved
                // (DOMAIN.md) and are not printed as current.
                QVERIFY(text.contains(meta.privacyPolicy.toString()));
                QVERIFY(!text.contains(meta.facebookObjectionForm.toString()));
                QVERIFY(!text.contains(meta.instagramObjectionForm.toString()));
                // People without an account: the third-party form, with its date.
                QVERIFY(text.contains(meta.thirdPartyForm.toString()));
                QVERIFY(text.contains(language == "de"_L1 ? u"Stand 06.12.2026"_s
                                                          : u"as of 6 December 2026"_s));
                QVERIFY(text.contains(u"Generative AI Data Subject Rights"_s));
                QVERIFY(!text.contains(u'{'));
            }
            QVERIFY(composer.privacyNotice(0).contains(
                language == "de"_L1 ? u"D04 X2K5, Irland"_s : u"D04 X2K5, Ireland"_s));
            const QString article = language == "de"_L1 ? u"Art.\u00A026"_s : u"Article\u00A026"_s;
            QVERIFY(composer.privacyNotice(1).contains(article));
            QVERIFY(!composer.privacyNotice(0).contains(article)); // no ruling for Instagram
            const QString pages = language == "de"_L1 ? u"Facebook-Seiten"_s : u"Facebook Pages"_s;
            QVERIFY(!composer.privacyNotice(1).contains(pages));
            QVERIFY(composer.privacyNotice(3).contains(pages));
        }
    }

    // Own grounds in paragraphs are one point of the list on the page, as in
    // the form text: no extra bullet per line, no empty bullet for a blank line.
    void ownGroundsInParagraphsAreOneListItem()
    {
        ObjectionRequest request = sampleRequest();
        request.options.ownGrounds = u"Erster Absatz.\n\nZweiter Absatz.\nDritte Zeile."_s;
        const Letter letter = LetterComposer().compose(request);
        const auto document = LetterDocumentBuilder::body(letter);
        int items = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            items += block.textList() ? 1 : 0;
        int expected = 0;
        for (const LetterParagraph& paragraph : letter.paragraphs)
            expected += int(paragraph.items.size());
        QCOMPARE(items, expected);
        QVERIFY(document->toPlainText().contains(u"Erster Absatz."_s));
    }

    void markupStaysLiteral()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = u"<b>Fett</b> &amp; <img src=x>"_s;
        request.options.ownGrounds = u"<script>alert(1)</script>"_s;
        const QString text = PlainTextLetterWriter::formText(LetterComposer().compose(request));
        QVERIFY(text.contains(u"<b>Fett</b> &amp; <img src=x>"_s));
        QVERIFY(text.contains(u"- <script>alert(1)</script>"_s));
    }
    // Route 1 alone (DOMAIN.md): without named persons "Art. 21" appears
    // nowhere, no duty is asserted to the organisation, and no sentence claims
    // to object for staff or people in photos.
    void noArticle21WithoutNamedPersons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("combination");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            for (int combination = 0; combination < 64; ++combination)
                QTest::addRow("%s %d", qPrintable(language), combination)
                    << language << combination;
        }
    }

    void noArticle21WithoutNamedPersons()
    {
        QFETCH(QString, language);
        QFETCH(int, combination);
        ObjectionRequest request = sampleRequest();
        request.organisation.kind =
            combination & 1 ? OrganisationKind::Church : OrganisationKind::PublicAuthority;
        request.options.jointControllership = combination & 2;
        request.options.requestConfirmation = combination & 4;
        request.options.grounds = {Ground::PublicBody,        Ground::Minors,
                                   Ground::Vulnerable,        Ground::Confidential,
                                   Ground::SpecialCategories, Ground::NoNeed};
        request.options.specialCategories = {SpecialCategory::Religion};
        if (combination & 8)
            request.accounts.removeLast();
        // Persons that must not be named: unsigned, revoked, signed after the letter.
        if (combination & 16) {
            AuthorisingPerson unsigned_{u"Ohne Datum"_s, u"Küster"_s, {}, {}, false, {}};
            AuthorisingPerson revoked{u"Widerrufen"_s, u"Beschäftigte"_s, QDate(2026, 1, 5), {},
                                      false,           QDate(2026, 2, 1)};
            AuthorisingPerson later{
                u"Zu Spät"_s, u"Beschäftigte"_s, QDate(2026, 12, 1), {}, false, {}};
            request.persons = {unsigned_, revoked, later};
        }
        if (combination & 32)
            request.organisation.email.clear();
        const Letter letter = LetterComposer(language).compose(request);
        const QString text = PlainTextLetterWriter::fullText(letter).replace(QChar::Nbsp, u' ');
        const QString all = text + PlainTextLetterWriter::formText(letter) + letter.documentSubject;
        for (const QString& forbidden :
             {u"Art. 21"_s, u"Article 21"_s, u"Art. 12 Abs. 4"_s, u"Article 12(4)"_s,
              u"Art. 12 Abs. 2"_s, u"Art. 12 Abs. 6"_s, u"Beschäftigten"_s,
              u"Personen auf unseren "
              "Fotos"_s,
              u"our staff"_s, u"people in our photographs"_s, u"für jedes Konto"_s,
              u"for every account"_s, u"Ohne Datum"_s, u"Widerrufen"_s, u"Zu Spät"_s,
              u"haben Sie uns"_s, u"you must inform us"_s})
            QVERIFY2(!all.contains(forbidden), qPrintable(forbidden + u"\n"_s + text));
    }

    // Route 2: the named persons, each with the date signed, Art. 21 and the
    // duties of Art. 12 for them; subject and PDF subject say so.
    void namedPersonsObjectUnderArticle21()
    {
        ObjectionRequest request = sampleRequest();
        request.persons = {
            {u"Anna Schmidt"_s,
             u"Beschäftigte"_s,
             QDate(2026, 11, 2),
             u"Fotos vom Stadtfest"_s,
             false,
             {}},
            {u"Ben Weber"_s, QString(), QDate(2026, 11, 3), {}, true, {}},
            {u"Clara Klein"_s,
             u"Vereinsmitglied"_s,
             QDate(2026, 11, 4),
             {},
             false,
             QDate(2026, 11, 20)}, // revoked: not named
        };
        const Letter letter = LetterComposer().compose(request);
        const QString text = PlainTextLetterWriter::fullText(letter).replace(QChar::Nbsp, u' ');
        QVERIFY(letter.subject.endsWith(u"zugleich Widersprüche der von uns vertretenen Personen "
                                        "nach Art.\u00a021\u00a0DSGVO"_s));
        QVERIFY(letter.documentSubject.contains(u"Art.\u00a021"_s));
        QVERIFY(text.contains(u"- Anna Schmidt, Beschäftigte, Vollmacht unterzeichnet am "
                              "02.11.2026; zu sehen oder genannt in: Fotos vom Stadtfest\n"_s));
        QVERIFY(text.contains(u"- Ben Weber, Vollmacht unterzeichnet am 03.11.2026 von den "
                              "gesetzlichen Vertretern\n"_s));
        QVERIFY(!text.contains(u"Clara Klein"_s));
        for (const QString& cited :
             {u"Art. 21 Abs. 1 DSGVO"_s, u"(Art. 21 Abs. 1 Satz 2 DSGVO)"_s,
              u"(Art. 12 Abs. 2 DSGVO)"_s, u"(Art. 12 Abs. 6 DSGVO)"_s, u"(Art. 12 Abs. 3 DSGVO)"_s,
              u"(Art. 12 Abs. 4 DSGVO)"_s, u"widersprechen die folgenden Personen"_s,
              u"jeweils im eigenen Namen"_s})
            QVERIFY2(text.contains(cited), qPrintable(cited));
        // The organisation's own demand stays without Art. 21.
        const auto own = std::find_if(
            letter.paragraphs.cbegin(), letter.paragraphs.cend(),
            [](const LetterParagraph& p) { return p.text.contains(u"Als deren Betreiber"_s); });
        QVERIFY(own != letter.paragraphs.cend());
        QVERIFY(!own->text.contains(u"Art."_s));
    }

    // The power of attorney a person signs: what, for which accounts, what
    // happens with the name, voluntary, revocable; both parents for a minor.
    void powerOfAttorneyForm()
    {
        ObjectionRequest request = sampleRequest();
        const AuthorisingPerson staff{u"Anna Schmidt"_s, u"Beschäftigte"_s, QDate(), {}, false, {}};
        const AuthorisingPerson child{u"Ben Weber"_s, u"Messdiener"_s, QDate(), {}, true, {}};
        const LetterComposer composer;
        const QString adult =
            PlainTextLetterWriter::fullText(composer.authorisationForm(request, staff))
                .replace(QChar::Nbsp, u' ');
        QVERIFY(adult.contains(u"Ich, Anna Schmidt, bevollmächtige die Organisation „Stadt "
                               "Musterstadt“"_s));
        QVERIFY(adult.contains(u"- Facebook-Seite: Stadt Musterstadt"_s));
        QVERIFY(adult.contains(u"- Instagram-Konto: Musterstadt erleben"_s));
        QVERIFY(adult.contains(u"§ 26 BDSG"_s)); // staff: voluntary in employment
        QVERIFY(adult.contains(u"jederzeit formlos"_s));
        QVERIFY(adult.contains(u"drei Jahre"_s));
        QCOMPARE(adult.count(u"Ort, Datum, Unterschrift"_s), 1);
        QVERIFY(!adult.contains(u"Erika Mustermann\nDatenschutzbeauftragte"_s)); // not the org's
        const QString minor =
            PlainTextLetterWriter::fullText(composer.authorisationForm(request, child))
                .replace(QChar::Nbsp, u' ');
        QVERIFY(minor.contains(u"Als gesetzliche Vertreter (§ 1629 BGB)"_s));
        QCOMPARE(minor.count(u"Unterschrift der"_s), 2); // both legal representatives
        QVERIFY(!minor.contains(u"§ 26 BDSG"_s));
        request.options.authorisationRetention = u"bis zum 31.12.2030"_s;
        QVERIFY(PlainTextLetterWriter::fullText(composer.authorisationForm(request, staff))
                    .contains(u"bis zum 31.12.2030"_s));
        const QString english = PlainTextLetterWriter::fullText(
            LetterComposer(u"en"_s).authorisationForm(request, staff));
        QVERIFY(english.contains(u"I, Anna Schmidt, authorise"_s));
        QVERIFY(!english.contains(u"DSGVO"_s));
    }

    // A church under its own law cites it, never the state's neutrality.
    void churchCitesItsOwnLaw()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.kind = OrganisationKind::Church;
        request.organisation.publicBody = true;
        request.organisation.churchLaw = ChurchLaw::DsgEkd;
        request.options.grounds = {Ground::PublicBody, Ground::SpecialCategories};
        request.options.specialCategories = {SpecialCategory::Religion};
        const QString text = fullText(request).replace(QChar::Nbsp, u' ');
        QVERIFY(text.contains(u"EKD-Datenschutzgesetz, DSG-EKD; Art. 91 DSGVO"_s));
        QVERIFY(!text.contains(u"Art. 5 Abs. 2 und Art. 24"_s));
        QVERIFY(!text.contains(u"Art. 9 Abs. 2 lit. a"_s));
        QVERIFY(text.contains(u"religiöse Überzeugungen; Art. 9 Abs. 1 DSGVO"_s));
        QVERIFY(!text.contains(u"Neutralität"_s));
        request.organisation.churchLaw = ChurchLaw::Gdpr; // a free church, e. V.
        QVERIFY(
            fullText(request).replace(QChar::Nbsp, u' ').contains(u"Art. 5 Abs. 2 und Art. 24"_s));
    }

    // The English signature: "for and on behalf of" above the name.
    void englishSignsForAndOnBehalfOf()
    {
        ObjectionRequest request = sampleRequest();
        request.options.signatoryName = u"Max Muster"_s;
        request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
        const Letter letter = LetterComposer(u"en"_s).compose(request);
        QCOMPARE(letter.closingOrganisation, u"for and on behalf of Stadt Musterstadt"_s);
        QCOMPARE(letter.signatureLines.constFirst(), u"Max Muster"_s);
        QVERIFY(!PlainTextLetterWriter::fullText(letter).contains(u"(authorised signatory)"_s));
    }
};

QTEST_MAIN(LetterComposerTest) // LetterChecks measures the page head with the letter font
#include "LetterComposerTest.moc"
