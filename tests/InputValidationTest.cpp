#include <QTest>

#include "InputValidation.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Platform)

class InputValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"datenschutz@example.org"_s << true;
        QTest::newRow("plus and subdomain") << u"dsb+meta@rathaus.stadt.de"_s << true;
        QTest::newRow("umlaut domain") << u"info@müller.de"_s << true;
        QTest::newRow("spaces around") << u"  a@b.de "_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no at") << u"datenschutz.example.org"_s << false;
        QTest::newRow("two ats") << u"a@b@c.de"_s << false;
        QTest::newRow("no dot in domain") << u"a@localhost"_s << false;
        QTest::newRow("space inside") << u"a b@c.de"_s << false;
        QTest::newRow("trailing dot") << u"a@c.de."_s << false;
        QTest::newRow("too long") << QString(250, u'a') + u"@c.de"_s << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(InputValidation::emailError(email).isEmpty(), valid);
    }

    void length_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("plain") << u"Verein"_s << 6;
        QTest::newRow("umlauts") << u"Grün-Weiß"_s << 9;
        QTest::newRow("emoji") << u"😀😀😀"_s << 3;
        QTest::newRow("flag") << u"🇩🇪"_s << 1;
        QTest::newRow("family") << u"👩‍👩‍👧"_s << 1;
        QTest::newRow("skin tone") << u"👍🏽"_s << 1;
        QTest::newRow("combining accent") << u"Cafe\u0301"_s << 4;
        QTest::newRow("empty") << QString() << 0;
    }

    void length()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(InputValidation::length(text), length);
        QCOMPARE(InputValidation::firstCharacters(text, length), text);
        // Cut one character shorter, never inside a character.
        const QString shorter = InputValidation::firstCharacters(text, length - 1);
        QCOMPARE(InputValidation::length(shorter), std::max(0, length - 1));
        QVERIFY(text.startsWith(shorter));
    }

    void accountAddress_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised"); // empty: rejected
        const Platform fb = Platform::Facebook;
        const Platform ig = Platform::Instagram;
        QTest::newRow("facebook url")
            << fb << u"https://www.facebook.com/stadt"_s << u"https://www.facebook.com/stadt"_s;
        QTest::newRow("facebook without scheme")
            << fb << u"facebook.com/stadt"_s << u"https://facebook.com/stadt"_s;
        QTest::newRow("facebook http upgraded")
            << fb << u"http://m.facebook.com/stadt"_s << u"https://m.facebook.com/stadt"_s;
        QTest::newRow("facebook upper-case host")
            << fb << u"https://WWW.Facebook.COM/Stadt"_s << u"https://www.facebook.com/Stadt"_s;
        QTest::newRow("facebook profile id")
            << fb << u"https://www.facebook.com/profile.php?id=123"_s
            << u"https://www.facebook.com/profile.php?id=123"_s;
        QTest::newRow("facebook handle") << fb << u"@stadtmusterstadt"_s << u"@stadtmusterstadt"_s;
        QTest::newRow("instagram url")
            << ig << u"https://www.instagram.com/stadt/"_s << u"https://www.instagram.com/stadt/"_s;
        QTest::newRow("instagram handle") << ig << u"@stadt_muster.2"_s << u"@stadt_muster.2"_s;
        QTest::newRow("instagram url for facebook")
            << fb << u"https://instagram.com/stadt"_s << QString();
        QTest::newRow("facebook url for instagram")
            << ig << u"https://facebook.com/stadt"_s << QString();
        QTest::newRow("lookalike host")
            << fb << u"https://facebook.com.evil.example/x"_s << QString();
        QTest::newRow("host suffix trick") << fb << u"https://notfacebook.com/x"_s << QString();
        QTest::newRow("javascript scheme") << fb << u"javascript:alert(1)"_s << QString();
        QTest::newRow("file scheme") << ig << u"file:///etc/passwd"_s << QString();
        QTest::newRow("start page only") << fb << u"https://www.facebook.com/"_s << QString();
        QTest::newRow("empty") << ig << QString() << QString();
        QTest::newRow("handle with space") << ig << u"@stadt muster"_s << QString();
        QTest::newRow("handle too long") << ig << u"@"_s + QString(31, u'a') << QString();
    }

    void addressProblemsAreNamed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("tab inside")
            << u"https://www.facebook.com/stadt\tmuster"_s << u"space or a tab"_s;
        QTest::newRow("space inside") << u"facebook.com/stadt muster"_s << u"space or a tab"_s;
        QTest::newRow("other host") << u"https://example.com/stadt"_s << u"not a Facebook"_s;
    }

    void addressProblemsAreNamed()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const QString error = InputValidation::checkAccountAddress(Platform::Facebook, input).error;
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void accountAddress()
    {
        QFETCH(Platform, platform);
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const AccountAddressCheck check = InputValidation::checkAccountAddress(platform, input);
        QCOMPARE(check.normalised, normalised);
        QCOMPARE(check.error.isEmpty(), !normalised.isEmpty());
    }
};

QTEST_GUILESS_MAIN(InputValidationTest)
#include "InputValidationTest.moc"
