#include <QTest>

#include "Countries.h"
#include "LetterChecks.h"
#include "SampleRequests.h"
#include "SignatoryRules.h"

using namespace Qt::StringLiterals;

// The countries users write (resources/countries.json): their postcodes are
// checked and decide the letter's language; and who signs "i. A.".
class CountriesTest : public QObject
{
    Q_OBJECT

private slots:
    void postcodesOfTheCountriesUsersWrite_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<bool>("fits");
        const QList<std::tuple<QString, QString, bool>> rows{
            {u"Deutschland"_s, u"80331"_s, true},
            {u"Germany"_s, u"01067"_s, true},
            {u"deutschland"_s, u"D-80331"_s, true},
            {u"Deutschland"_s, u"Jonas Weber"_s, false},
            {u"Deutschland"_s, u"8033"_s, false},
            {u"Germany"_s, u"803311"_s, false},
            {u"Österreich"_s, u"1010"_s, true},
            {u"Oesterreich"_s, u"A-1010"_s, true},
            {u"Austria"_s, u"10100"_s, false},
            {u"Schweiz"_s, u"8001"_s, true},
            {u"Switzerland"_s, u"CH-8001"_s, true},
            {u"Switzerland"_s, u"Zürich"_s, false},
            {u"Liechtenstein"_s, u"9490"_s, true},
            {u"Luxemburg"_s, u"L-1111"_s, true},
            {u"Luxembourg"_s, u"1111"_s, true},
            {u"Luxembourg"_s, u"11111"_s, false},
            {u"Belgien"_s, u"1000"_s, true},
            {u"Belgium"_s, u"B1000"_s, false},
            {u"Dänemark"_s, u"1050"_s, true},
            {u"Denmark"_s, u"DK-1050"_s, true},
            {u"Niederlande"_s, u"1012 AB"_s, true},
            {u"Netherlands"_s, u"1012ab"_s, true},
            {u"The Netherlands"_s, u"1012"_s, false},
            {u"Frankreich"_s, u"75001"_s, true},
            {u"France"_s, u"7500"_s, false},
            {u"Italien"_s, u"00184"_s, true},
            {u"Italy"_s, u"Roma"_s, false},
            {u"Polen"_s, u"00-950"_s, true},
            {u"Poland"_s, u"00950"_s, false},
            // Not judged: other countries, no country, no postcode.
            {u"United Kingdom"_s, u"SW1A 1AA"_s, true},
            {u"Irland"_s, u"D02 X285"_s, true},
            {QString(), u"Jonas Weber"_s, true},
            {u"Deutschland"_s, QString(), true},
            {u"Deutschland"_s, u"  80331 "_s, true},
        };
        for (const auto& [country, postcode, fits] : rows)
            QTest::newRow(qPrintable(country + u' ' + postcode)) << country << postcode << fits;
    }

    void postcodesOfTheCountriesUsersWrite()
    {
        QFETCH(QString, country);
        QFETCH(QString, postcode);
        QFETCH(bool, fits);
        const QString problem = Countries::postcodeProblem(postcode, country);
        QCOMPARE(problem.isEmpty(), fits);
        if (!fits) {
            QVERIFY2(problem.contains(postcode.simplified()) && problem.contains(country),
                     qPrintable(problem));
        }
    }

    // The example in the message has the form it asks for.
    void theMessageShowsAnExampleOfTheForm()
    {
        const QString problem = Countries::postcodeProblem(u"Jonas Weber"_s, u"Deutschland"_s);
        QVERIFY2(problem.contains(u"five digits"_s) && problem.contains(u"80331"_s),
                 qPrintable(problem));
        QVERIFY(Countries::postcodeProblem(u"1012"_s, u"Netherlands"_s).contains(u"1012 AB"_s));
        QVERIFY(Countries::postcodeProblem(u"00950"_s, u"Polen"_s).contains(u"00-950"_s));
    }

    void theLetterLanguageFollowsTheCountry()
    {
        for (const QString& german : {u"Deutschland"_s, u"Germany"_s, u"Österreich"_s, u"Austria"_s,
                                      u"Schweiz"_s, u"Liechtenstein"_s})
            QCOMPARE(Countries::letterLanguage(german), u"de"_s);
        for (const QString& other : {u"France"_s, u"Niederlande"_s, u"Ireland"_s, u"Spain"_s})
            QCOMPARE(Countries::letterLanguage(other), u"en"_s);
        QCOMPARE(Countries::letterLanguage(u"  "_s), QString());
        QCOMPARE(Countries::code(u"Dänemark"_s), u"DK"_s);
        QCOMPARE(Countries::code(u"Narnia"_s), QString());
    }

    // The letter is written with a wrong postcode, and the warning says so
    // (the command line prints the same warnings on stderr).
    void aWrongPostcodeIsAWarningNotARefusal()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.postcode = u"Jonas Weber"_s;
        QVERIFY(LetterChecks::missingField(request).isEmpty());
        const QStringList warnings = LetterChecks::warnings(request);
        QVERIFY2(warnings.join(u'\n').contains(u"“Jonas Weber”"_s),
                 qPrintable(warnings.join(u'\n')));
        request.organisation.postcode = u"12345"_s;
        QVERIFY(!LetterChecks::warnings(request).join(u'\n').contains(u"postcode"_s));
    }

    // Whoever does not head the organisation signs "i. A." - in an association
    // too, not only in public administration.
    void aFunctionThatIsNotAHeadsSuggestsOnBehalf()
    {
        ObjectionRequest request = associationRequest();
        request.options.signatoryName.clear();
        request.options.signatoryRole.clear();
        request.options.signatoryCapacity = SignatoryCapacity::Self;
        request.organisation.contactRole = u"Schriftführerin"_s;
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::OnBehalf);
        request.organisation.contactRole = u"1. Vorsitzende"_s;
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::Self);
        request.organisation.contactRole = u"Inhaberin"_s;
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::Self);
        // Nothing typed in an association: the choice stays.
        request.organisation.contactRole.clear();
        request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::OnBehalf);
        // "i. V." is a choice of its own.
        request.organisation.contactRole = u"Kassenwart"_s;
        request.options.signatoryCapacity = SignatoryCapacity::Deputy;
        QCOMPARE(SignatoryRules::suggestedCapacity(request), SignatoryCapacity::Deputy);
    }

    void ownNameWithAnotherFunctionIsAWarning()
    {
        ObjectionRequest request = associationRequest();
        request.options.signatoryName = u"Jonas Weber"_s;
        request.options.signatoryRole = u"Pressesprecher"_s;
        request.options.signatoryCapacity = SignatoryCapacity::Self;
        QVERIFY(SignatoryRules::ownNameWithoutHeadFunction(request));
        QVERIFY(LetterChecks::warnings(request).join(u'\n').contains(u"“Pressesprecher”"_s));
        request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
        QVERIFY(!SignatoryRules::ownNameWithoutHeadFunction(request));
        QVERIFY(!LetterChecks::warnings(request).join(u'\n').contains(u"“Pressesprecher”"_s));
        request.options.signatoryRole = u"Vorsitzender"_s;
        request.options.signatoryCapacity = SignatoryCapacity::Self;
        QVERIFY(!SignatoryRules::ownNameWithoutHeadFunction(request));
    }
};

QTEST_GUILESS_MAIN(CountriesTest)
#include "CountriesTest.moc"
