#include <QTest>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "MetaFacts.h"
#include "PlainTextLetterWriter.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OrganisationKind)

class LetterComposerTest : public QObject
{
    Q_OBJECT

private:
    static QString fullText(const ObjectionRequest& request,
                            const QString& language = QStringLiteral("de"))
    {
        return PlainTextLetterWriter::fullText(LetterComposer(language).compose(request));
    }

    // What each option must put into the letter, in each letter language.
    struct LegalMarkers
    {
        QString objection;
        QString jointControllership;
        QString caseLaw;
        QString confirmation;
        QString withinOneMonth;
        QString confirmationTo;
        QString groundsIntro;
        QString publicBody;
        QString minors;
        QString confidential;
        QString noNeed;
    };

    static const LegalMarkers& markers(const QString& language)
    {
        static const LegalMarkers german{
            u"widersprechen wir gemäß Art. 21 DSGVO"_s,
            u"nach Art. 26 DSGVO gemeinsam mit Meta verantwortlich"_s,
            u"EuGH, Urteil vom 5. Juni 2018, C-210/16, Wirtschaftsakademie Schleswig-Holstein"_s,
            u"(Art. 12 Abs. 3 DSGVO)"_s,
            u"innerhalb eines Monats"_s,
            u"schriftlich an datenschutz@musterstadt.de."_s,
            u"besonderen Situation ergeben (Art. 21 Abs. 1 DSGVO)"_s,
            u"Als öffentliche Stelle sind wir zur Neutralität verpflichtet"_s,
            u"Minderjährige und schutzbedürftige Personen"_s,
            u"vertrauliche und berufliche Anliegen"_s,
            u"nicht erforderlich; sie dient allein den Zwecken von Meta"_s,
        };
        static const LegalMarkers english{
            u"We hereby object, pursuant to Article 21 GDPR"_s,
            u"jointly responsible with Meta under Article 26 GDPR"_s,
            u"CJEU, judgment of 5 June 2018, Case C-210/16, Wirtschaftsakademie Schleswig-Holstein"_s,
            u"(Article 12(3) GDPR)"_s,
            u"within one month"_s,
            u"in writing to datenschutz@musterstadt.de,"_s,
            u"grounds relating to our particular situation (Article 21(1) GDPR)"_s,
            u"As a public body, we are bound to neutrality"_s,
            u"Minors and vulnerable people"_s,
            u"confidential and professional matters"_s,
            u"not necessary for operating our presences; it serves Meta's purposes alone"_s,
        };
        return language == "en"_L1 ? english : german;
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
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("jointControllership");
        QTest::addColumn<bool>("confirmation");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            const QByteArray tag = language.toLatin1();
            QTest::addRow("%s: none", tag.constData()) << language << false << false;
            QTest::addRow("%s: joint controllership", tag.constData()) << language << true << false;
            QTest::addRow("%s: confirmation", tag.constData()) << language << false << true;
            QTest::addRow("%s: both", tag.constData()) << language << true << true;
        }
    }

    void optionalParagraphs()
    {
        QFETCH(QString, language);
        QFETCH(bool, jointControllership);
        QFETCH(bool, confirmation);
        const LegalMarkers& m = markers(language);
        ObjectionRequest request = sampleRequest();
        request.options.jointControllership = jointControllership;
        request.options.requestConfirmation = confirmation;
        const QString text = fullText(request, language);
        QVERIFY(text.contains(m.objection));
        QCOMPARE(text.contains(m.jointControllership), jointControllership);
        QCOMPARE(text.contains(m.caseLaw), jointControllership);
        QCOMPARE(text.contains(m.confirmation), confirmation);
        QCOMPARE(text.contains(m.withinOneMonth), confirmation);
        QCOMPARE(text.contains(m.confirmationTo), confirmation);
    }

    void groundsFitTheKindOfOrganisation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<bool>("publicBody");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            const QByteArray tag = language.toLatin1();
            QTest::addRow("%s: company", tag.constData())
                << language << OrganisationKind::Company << false;
            QTest::addRow("%s: public authority", tag.constData())
                << language << OrganisationKind::PublicAuthority << true;
            QTest::addRow("%s: association", tag.constData())
                << language << OrganisationKind::Association << false;
            QTest::addRow("%s: university", tag.constData())
                << language << OrganisationKind::University << true;
            QTest::addRow("%s: other", tag.constData())
                << language << OrganisationKind::Other << false;
        }
    }

    void groundsFitTheKindOfOrganisation()
    {
        QFETCH(QString, language);
        QFETCH(OrganisationKind, kind);
        QFETCH(bool, publicBody);
        const LegalMarkers& m = markers(language);
        ObjectionRequest request = sampleRequest();
        request.organisation.kind = kind;
        // Every ground ticked: the composer still writes only those that fit.
        request.options.grounds = {Ground::PublicBody, Ground::Minors, Ground::Confidential,
                                   Ground::NoNeed};
        const QString text = fullText(request, language);
        QVERIFY(text.contains(m.groundsIntro));
        QCOMPARE(text.contains(m.publicBody), publicBody);
        QVERIFY(text.contains(m.minors));
        QVERIFY(text.contains(m.confidential));
        QVERIFY(text.contains(m.noNeed));
        QCOMPARE(suggestedGrounds(kind).contains(Ground::PublicBody), publicBody);
    }

    // The English letter is the German one in English: for every combination
    // of options both have the same paragraphs, list items and fields.
    void bothLanguagesHaveTheSameStructure_data()
    {
        QTest::addColumn<int>("combination");
        for (int combination = 0; combination < 64; ++combination)
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
            request.options.grounds << Ground::Minors;
        if (combination & 16)
            request.options.ownGrounds = u"Eigener Grund"_s;
        if (combination & 32)
            request.accounts.removeLast();
        const Letter german = LetterComposer(u"de"_s).compose(request);
        const Letter english = LetterComposer(u"en"_s).compose(request);
        QCOMPARE(english.paragraphs.size(), german.paragraphs.size());
        for (qsizetype i = 0; i < german.paragraphs.size(); ++i) {
            QCOMPARE(english.paragraphs.at(i).items.size(), german.paragraphs.at(i).items.size());
            QVERIFY(!english.paragraphs.at(i).text.isEmpty());
        }
        QCOMPARE(english.information.size(), german.information.size());
        QCOMPARE(english.signatureLines, german.signatureLines);
        QCOMPARE(english.recipientLines, german.recipientLines);
        QCOMPARE(english.returnAddress, german.returnAddress);
    }

    void englishLetterUsesEnglishForms()
    {
        const Letter letter = LetterComposer(u"en"_s).compose(sampleRequest());
        QCOMPARE(letter.subject,
                 u"Objection to the processing of Page information for AI training"_s);
        QVERIFY(!letter.subject.endsWith(u'.'));
        QCOMPARE(letter.salutation, u"Dear Sir or Madam,"_s);
        QCOMPARE(letter.closing, u"Yours faithfully,"_s);
        QCOMPARE(letter.placeAndDate, u"Musterstadt, 29 November 2026"_s);
        QCOMPARE(letter.recipientLines.constLast(), u"IRLAND"_s);
        QCOMPARE(letter.pageNumberPattern, u"Page {page} of {pages}"_s);
        QCOMPARE(letter.fileNameStem, u"Objection-AI-Training"_s);
        const QString text = PlainTextLetterWriter::fullText(letter);
        QVERIFY(text.contains(u"Case C-210/16, Wirtschaftsakademie Schleswig-Holstein, "
                              "ECLI:EU:C:2018:388"_s));
        QVERIFY(text.contains(u"Article 5(2) and Article 24 GDPR"_s));
        QVERIFY(!text.contains(u"DSGVO"_s));
        QVERIFY(!text.contains(u"Art. "_s));
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
};

QTEST_GUILESS_MAIN(LetterComposerTest)
#include "LetterComposerTest.moc"
