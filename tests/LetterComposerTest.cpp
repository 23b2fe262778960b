#include <QTest>

#include "LetterComposer.h"
#include "MetaFacts.h"
#include "PlainTextLetterWriter.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OrganisationKind)

class LetterComposerTest : public QObject
{
    Q_OBJECT

private:
    static QString fullText(const ObjectionRequest& request)
    {
        return PlainTextLetterWriter::fullText(LetterComposer().compose(request));
    }

private slots:
    void recipientIsMetaIrelandFromDataFile()
    {
        const Letter letter = LetterComposer().compose(sampleRequest());
        QCOMPARE(letter.recipientLines,
                 QStringList({u"Meta Platforms Ireland Limited"_s, u"Merrion Road"_s, u"Dublin 4"_s,
                              u"D04 X2K5"_s, u"IRLAND"_s}));
        QCOMPARE(letter.recipientLines, MetaFacts::instance().recipientLines());
        const QString text = fullText(sampleRequest());
        QVERIFY(!text.contains(u"Grand Canal"_s));
        QVERIFY(!text.contains(u"Facebook Ireland"_s));
    }

    void templateLetterFromTheArticle()
    {
        const Letter letter = LetterComposer().compose(sampleRequest());
        QCOMPARE(letter.subject,
                 u"Widerspruch gegen die Verarbeitung von Seiteninformationen zum KI-Training"_s);
        QVERIFY(!letter.subject.startsWith(u"Betreff"_s));
        QVERIFY(!letter.subject.endsWith(u'.'));
        QCOMPARE(letter.salutation, u"Sehr geehrte Damen und Herren,"_s);
        QCOMPARE(letter.closing, u"Mit freundlichen Grüßen"_s);
        const QString text = fullText(sampleRequest());
        QVERIFY(text.contains(u"hiermit widersprechen wir gemäß Art. 21 DSGVO der Verarbeitung "
                              "personenbezogener Daten"_s));
        QVERIFY(text.contains(u"Unsere Organisation ist als Verantwortlicher im Rahmen der "
                              "gemeinsamen Datenverarbeitung mit Meta verpflichtet"_s));
        QVERIFY(text.contains(u"vom Training Ihrer KI-Systeme auszuschließen."_s));
    }

    void accountsAreListed()
    {
        const Letter letter = LetterComposer().compose(sampleRequest());
        const QString text = PlainTextLetterWriter::formText(letter);
        QVERIFY(text.contains(
            u"- Facebook: Stadt Musterstadt (https://www.facebook.com/stadtmusterstadt)"_s));
        QVERIFY(text.contains(u"- Instagram: Musterstadt erleben (@musterstadt)"_s));
    }

    void objectionNamesThePlatforms_data()
    {
        QTest::addColumn<QList<Platform>>("platforms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("facebook only")
            << QList<Platform>{Platform::Facebook} << u"mit unserer Facebook-Präsenz zum"_s;
        QTest::newRow("instagram only")
            << QList<Platform>{Platform::Instagram} << u"mit unserer Instagram-Präsenz zum"_s;
        QTest::newRow("both") << QList<Platform>{Platform::Instagram, Platform::Facebook}
                              << u"mit unserer Facebook- und Instagram-Präsenz zum"_s;
    }

    void objectionNamesThePlatforms()
    {
        QFETCH(QList<Platform>, platforms);
        QFETCH(QString, expected);
        ObjectionRequest request = sampleRequest();
        request.accounts.clear();
        for (Platform platform : platforms)
            request.accounts << Account{platform, u"Konto"_s, u"@konto"_s};
        QVERIFY2(fullText(request).contains(expected), qPrintable(fullText(request)));
    }

    void optionalParagraphs_data()
    {
        QTest::addColumn<bool>("jointControllership");
        QTest::addColumn<bool>("confirmation");
        QTest::newRow("none") << false << false;
        QTest::newRow("joint controllership") << true << false;
        QTest::newRow("confirmation") << false << true;
        QTest::newRow("both") << true << true;
    }

    void optionalParagraphs()
    {
        QFETCH(bool, jointControllership);
        QFETCH(bool, confirmation);
        ObjectionRequest request = sampleRequest();
        request.options.jointControllership = jointControllership;
        request.options.requestConfirmation = confirmation;
        const QString text = fullText(request);
        QCOMPARE(text.contains(u"Art. 26 DSGVO"_s), jointControllership);
        QCOMPARE(text.contains(u"C-210/16"_s), jointControllership);
        QCOMPARE(text.contains(u"Art. 12 Abs. 3 DSGVO"_s), confirmation);
        QCOMPARE(text.contains(u"innerhalb eines Monats"_s), confirmation);
        QCOMPARE(text.contains(u"schriftlich an datenschutz@musterstadt.de."_s), confirmation);
    }

    void groundsFitTheKindOfOrganisation_data()
    {
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<bool>("publicBody");
        QTest::newRow("company") << OrganisationKind::Company << false;
        QTest::newRow("public authority") << OrganisationKind::PublicAuthority << true;
        QTest::newRow("association") << OrganisationKind::Association << false;
        QTest::newRow("university") << OrganisationKind::University << true;
        QTest::newRow("other") << OrganisationKind::Other << false;
    }

    void groundsFitTheKindOfOrganisation()
    {
        QFETCH(OrganisationKind, kind);
        QFETCH(bool, publicBody);
        ObjectionRequest request = sampleRequest();
        request.organisation.kind = kind;
        // Every ground ticked: the composer still writes only those that fit.
        request.options.grounds = {Ground::PublicBody, Ground::Minors, Ground::Confidential,
                                   Ground::NoNeed};
        const QString text = fullText(request);
        QVERIFY(text.contains(u"besonderen Situation ergeben (Art. 21 Abs. 1 DSGVO)"_s));
        QCOMPARE(text.contains(u"Als öffentliche Stelle sind wir zur Neutralität verpflichtet"_s),
                 publicBody);
        QVERIFY(text.contains(u"Minderjährige und schutzbedürftige Personen"_s));
        QVERIFY(text.contains(u"vertrauliche und berufliche Anliegen"_s));
        QVERIFY(text.contains(u"nicht erforderlich; sie dient allein den Zwecken von Meta"_s));
        QCOMPARE(suggestedGrounds(kind).contains(Ground::PublicBody), publicBody);
    }

    void groundsInFixedOrderWithOwnText()
    {
        ObjectionRequest request = sampleRequest();
        request.options.grounds = {Ground::NoNeed, Ground::Minors};
        request.options.ownGrounds = u"  Unsere Seite richtet sich an Schulen.  "_s;
        const Letter letter = LetterComposer().compose(request);
        const auto grounds = std::find_if(
            letter.paragraphs.cbegin(), letter.paragraphs.cend(),
            [](const LetterParagraph& p) { return p.text.contains(u"besonderen Situation"_s); });
        QVERIFY(grounds != letter.paragraphs.cend());
        QCOMPARE(grounds->items.size(), 3);
        QVERIFY(grounds->items.at(0).contains(u"Minderjährige"_s));
        QVERIFY(grounds->items.at(1).contains(u"nicht erforderlich"_s));
        QCOMPARE(grounds->items.at(2), u"Unsere Seite richtet sich an Schulen."_s);
    }

    void noGroundsNoGroundsParagraph()
    {
        ObjectionRequest request = sampleRequest();
        request.options.grounds.clear();
        QVERIFY(!fullText(request).contains(u"besonderen Situation"_s));
    }

    void missingOptionalDataLeavesNoGaps_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("role") << u"role"_s;
        QTest::newRow("street") << u"street"_s;
        QTest::newRow("postcode and city") << u"city"_s;
        QTest::newRow("country") << u"country"_s;
        QTest::newRow("place") << u"place"_s;
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
        if (field == "place"_L1)
            request.options.place.clear();
        const Letter letter = LetterComposer().compose(request);
        QVERIFY(!letter.returnAddress.contains(u"·  ·"_s));
        QVERIFY(!letter.returnAddress.endsWith(u"· "_s));
        QVERIFY(!letter.senderLines.contains(QString()));
        QVERIFY(!letter.signatureLines.contains(QString()));
        for (const LetterField& info : letter.information)
            QVERIFY2(!info.value.isEmpty(), qPrintable(info.label));
        QCOMPARE(letter.placeAndDate,
                 field == "place"_L1 ? u"29.11.2026"_s : u"Musterstadt, 29.11.2026"_s);
    }

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
        const Letter letter = LetterComposer().compose(request);
        QCOMPARE(letter.placeAndDate, u"Musterstadt, "_s + expected);
        QCOMPARE(letter.information.constLast().value, u"Musterstadt, "_s + expected);
    }

    void formTextHasNoAddressBlockButContact()
    {
        const QString text =
            PlainTextLetterWriter::formText(LetterComposer().compose(sampleRequest()));
        QVERIFY(text.startsWith(u"Widerspruch gegen die Verarbeitung"_s));
        QVERIFY(!text.contains(u"Merrion Road"_s));
        QVERIFY(!text.contains(u"Rathausplatz"_s));
        QVERIFY(text.contains(u"Mit freundlichen Grüßen\n\nErika Mustermann\n"
                              "Datenschutzbeauftragte\nStadt Musterstadt\n"
                              "datenschutz@musterstadt.de\n"_s));
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
};

QTEST_GUILESS_MAIN(LetterComposerTest)
#include "LetterComposerTest.moc"
