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
        const QString stadt = u"https://www.facebook.com/stadt.musterstadt"_s;
        QTest::newRow("facebook url") << fb << stadt << stadt;
        QTest::newRow("facebook without scheme")
            << fb << u"facebook.com/stadt.musterstadt"_s << stadt;
        QTest::newRow("facebook http, mobile host")
            << fb << u"http://m.facebook.com/stadt.musterstadt/"_s << stadt;
        QTest::newRow("facebook short host") << fb << u"fb.com/stadt.musterstadt"_s << stadt;
        QTest::newRow("facebook upper-case host")
            << fb << u"https://WWW.Facebook.COM/Stadt.Musterstadt"_s
            << u"https://www.facebook.com/Stadt.Musterstadt"_s;
        QTest::newRow("facebook tracking parameters")
            << fb << u"https://www.facebook.com/stadt.musterstadt?mibextid=ZbWKwL&locale=de_DE"_s
            << stadt;
        QTest::newRow("facebook fragment") << fb << stadt + u"#kontakt"_s << stadt;
        QTest::newRow("facebook page tab") << fb << stadt + u"/about"_s << stadt;
        QTest::newRow("facebook old pg address")
            << fb << u"https://www.facebook.com/pg/stadt.musterstadt/about/"_s << stadt;
        QTest::newRow("facebook page with id")
            << fb << u"https://de-de.facebook.com/Stadtbibliothek-Musterstadt-104512345678901/"_s
            << u"https://www.facebook.com/Stadtbibliothek-Musterstadt-104512345678901"_s;
        QTest::newRow("facebook profile id")
            << fb << u"https://www.facebook.com/profile.php?id=100064512345678&mibextid=abc"_s
            << u"https://www.facebook.com/profile.php?id=100064512345678"_s;
        QTest::newRow("facebook old pages address")
            << fb << u"https://www.facebook.com/pages/Musterverein/123456789"_s
            << u"https://www.facebook.com/pages/Musterverein/123456789"_s;
        QTest::newRow("facebook page without user name")
            << fb << u"https://www.facebook.com/p/SV-Eintracht-Musterstadt-100064123456789/"_s
            << u"https://www.facebook.com/p/SV-Eintracht-Musterstadt-100064123456789"_s;
        QTest::newRow("facebook /p/ without a number")
            << fb << u"https://www.facebook.com/p/Eintracht/"_s << QString();
        QTest::newRow("facebook /p/ alone") << fb << u"https://www.facebook.com/p"_s << QString();
        QTest::newRow("Meta Business Suite")
            << fb << u"https://business.facebook.com/latest/home?asset_id=1234567"_s << QString();
        QTest::newRow("facebook login") << fb << u"https://www.facebook.com/login/"_s << QString();
        QTest::newRow("facebook home.php")
            << fb << u"https://www.facebook.com/home.php"_s << QString();
        QTest::newRow("instagram @ in the address")
            << ig << u"https://www.instagram.com/@stadt_musterstadt"_s << u"@stadt_musterstadt"_s;
        QTest::newRow("facebook handle")
            << fb << u"@stadtmusterstadt"_s << u"https://www.facebook.com/stadtmusterstadt"_s;
        QTest::newRow("facebook profile.php without id")
            << fb << u"https://www.facebook.com/profile.php"_s << QString();
        QTest::newRow("facebook profile.php with a name")
            << fb << u"https://www.facebook.com/profile.php?id=stadt"_s << QString();
        QTest::newRow("facebook post")
            << fb << u"https://www.facebook.com/stadt.musterstadt/posts/pfbid02abc"_s << QString();
        QTest::newRow("facebook photo")
            << fb << u"https://www.facebook.com/photo/?fbid=123&set=a.456"_s << QString();
        QTest::newRow("facebook photo of a page")
            << fb << u"https://www.facebook.com/stadt.musterstadt/photos/a.1/2/"_s << QString();
        QTest::newRow("facebook share link")
            << fb << u"https://www.facebook.com/share/p/1AbCdEfGh/"_s << QString();
        QTest::newRow("facebook reel")
            << fb << u"https://www.facebook.com/reel/123456"_s << QString();
        QTest::newRow("facebook watch") << fb << u"https://fb.watch/abc"_s << QString();
        QTest::newRow("facebook group")
            << fb << u"https://www.facebook.com/groups/musterstadt"_s << QString();
        QTest::newRow("facebook story")
            << fb << u"https://m.facebook.com/story.php?story_fbid=1&id=2"_s << QString();
        QTest::newRow("instagram url")
            << ig << u"https://www.instagram.com/stadt_musterstadt/"_s << u"@stadt_musterstadt"_s;
        QTest::newRow("instagram share parameters")
            << ig << u"https://www.instagram.com/Stadt_Musterstadt?igsh=MWQ1ZGUxMzBkMA=="_s
            << u"@stadt_musterstadt"_s;
        QTest::newRow("instagram tab")
            << ig << u"instagram.com/stadt_musterstadt/reels/"_s << u"@stadt_musterstadt"_s;
        QTest::newRow("instagram handle") << ig << u"@Stadt_Muster.2"_s << u"@stadt_muster.2"_s;
        QTest::newRow("instagram post")
            << ig << u"https://www.instagram.com/p/C1a2B3c4D5e/"_s << QString();
        QTest::newRow("instagram reel")
            << ig << u"https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=abc"_s << QString();
        QTest::newRow("instagram post under the name")
            << ig << u"https://www.instagram.com/stadt_musterstadt/p/C1a2B3c4D5e/"_s << QString();
        QTest::newRow("instagram share link")
            << ig << u"https://www.instagram.com/share/BAabc123xyz"_s << QString();
        QTest::newRow("instagram story")
            << ig << u"https://www.instagram.com/stories/stadt_musterstadt/3141592/"_s << QString();
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
        QTest::newRow("short @name") << u"@abc"_s << u"five characters"_s;
        QTest::newRow("long @name") << u"@"_s + QString(51, u'a') << u"at most 50 characters"_s;
        QTest::newRow("post") << u"https://www.facebook.com/stadt/posts/123"_s
                              << u"not to the page or account itself"_s;
        QTest::newRow("profile.php")
            << u"https://www.facebook.com/profile.php"_s << u"profile.php?id="_s;
    }

    void addressProblemsAreNamed()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const QString error = InputValidation::checkAccountAddress(Platform::Facebook, input).error;
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // A long Instagram name of allowed characters is told its length, not
    // that it has wrong characters (tester).
    void longInstagramNameIsToldItsLength()
    {
        const QString error =
            InputValidation::checkAccountAddress(Platform::Instagram,
                                                 u"@jugendamt_ohl_ferienpass_familienzeit_2026"_s)
                .error;
        QVERIFY2(error.contains(u"at most 30 characters"_s), qPrintable(error));
        QVERIFY(
            InputValidation::checkAccountAddress(Platform::Instagram, u"@"_s + QString(30, u'a'))
                .error.isEmpty());
    }

    // A post's, photo's, reel's or story's address names the page or account
    // it belongs to more often than not: that one is offered ("Did you
    // mean …?"); a share link or a reel without its account names none.
    void suggestedAccount_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("suggestedPlatform"); // -1: no suggestion
        QTest::addColumn<QString>("suggestion");
        const Platform fb = Platform::Facebook;
        const Platform ig = Platform::Instagram;
        const int none = -1;
        const QString page = u"https://www.facebook.com/FoerdervereinAmBach"_s;
        const auto row = [](const char* name, Platform platform, const QString& input,
                            int suggested, const QString& suggestion) {
            QTest::newRow(name) << platform << input << suggested << suggestion;
        };
        const int toFb = int(fb);
        const int toIg = int(ig);
        row("fb post", fb, page + u"/posts/pfbid02aBcDeFgHiJkLmNoPqRsTuVwXyZ"_s, toFb, page);
        row("fb post with tracking", fb,
            page + u"/posts/pfbid0abc?__cft__[0]=AZX1&__tn__=%2CO%2CP-R&mibextid=Nif5oz"_s, toFb,
            page);
        row("fb post, no scheme, mobile", fb,
            u"m.facebook.com/FoerdervereinAmBach/posts/123456789/"_s, toFb, page);
        row("fb post, de-de host", fb,
            u"https://de-de.facebook.com/FoerdervereinAmBach/posts/123456789"_s, toFb, page);
        row("fb photo in an album", fb, page + u"/photos/a.123/456/"_s, toFb, page);
        row("fb photo with type", fb, page + u"/photos/a.123/456/?type=3&theater"_s, toFb, page);
        row("fb video", fb, page + u"/videos/1234567890123/"_s, toFb, page);
        row("fb video with title", fb, page + u"/videos/sommerfest-2026/1234567890123/"_s, toFb,
            page);
        row("fb reel of a page", fb, page + u"/reels/1234567890/"_s, toFb, page);
        row("fb page id with name", fb,
            u"https://www.facebook.com/Stadtbibliothek-Musterstadt-104512345678901/posts/9"_s, toFb,
            u"https://www.facebook.com/Stadtbibliothek-Musterstadt-104512345678901"_s);
        row("fb permalink.php", fb,
            u"https://www.facebook.com/permalink.php?story_fbid=pfbid0xyz&id=1000123"_s, toFb,
            u"https://www.facebook.com/profile.php?id=1000123"_s);
        row("fb story.php, mobile", fb,
            u"https://m.facebook.com/story.php?story_fbid=1234&id=100064512345678&mibextid=x"_s,
            toFb, u"https://www.facebook.com/profile.php?id=100064512345678"_s);
        row("fb permalink.php without id", fb,
            u"https://www.facebook.com/permalink.php?story_fbid=1234"_s, none, QString());
        row("fb share link", fb, u"https://www.facebook.com/share/p/1AbCdEfGh/"_s, none, QString());
        row("fb share video", fb, u"https://www.facebook.com/share/v/1AbCdEfGh/?mibextid=x"_s, none,
            QString());
        row("fb share reel", fb, u"https://www.facebook.com/share/r/1AbCdEfGh/"_s, none, QString());
        row("fb.watch", fb, u"https://fb.watch/abcDEF123/"_s, none, QString());
        row("fb reel alone", fb, u"https://www.facebook.com/reel/123456789"_s, none, QString());
        row("fb watch", fb, u"https://www.facebook.com/watch/?v=123456789"_s, none, QString());
        row("fb photo alone", fb, u"https://www.facebook.com/photo/?fbid=123&set=a.456"_s, none,
            QString());
        row("fb group post", fb, u"https://www.facebook.com/groups/musterstadt/posts/123/"_s, none,
            QString());
        row("fb event", fb, u"https://www.facebook.com/events/123456789/"_s, none, QString());
        row("fb business suite", fb, u"https://business.facebook.com/latest/posts?asset_id=1"_s,
            none, QString());
        row("fb page itself", fb, page, none, QString());
        row("fb @name with underscore", fb, u"@tsv_blauweiss"_s, toIg, u"@tsv_blauweiss"_s);
        row("fb @name in capitals", fb, u"@TSV_BlauWeiss"_s, toIg, u"@TSV_BlauWeiss"_s);
        row("fb name with underscore", fb, u"tsv_blauweiss"_s, toIg, u"@tsv_blauweiss"_s);
        row("fb @name without underscore", fb, u"@ab"_s, none, QString());
        row("ig @name with underscore", ig, u"@tsv_blauweiss"_s, none, QString());
        row("ig reel alone", ig, u"https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=abc"_s, none,
            QString());
        row("ig post alone", ig, u"https://www.instagram.com/p/C1a2B3c4D5e/"_s, none, QString());
        row("ig post under the name", ig,
            u"https://www.instagram.com/tsv_blauweiss/p/C1a2B3c4D5e/"_s, toIg, u"@tsv_blauweiss"_s);
        row("ig reel under the name", ig,
            u"instagram.com/TSV_BlauWeiss/reel/C1a2B3c4D5e/?utm_source=ig_web_copy_link"_s, toIg,
            u"@tsv_blauweiss"_s);
        row("ig story", ig, u"https://www.instagram.com/stories/tsv_blauweiss/3141592653/"_s, toIg,
            u"@tsv_blauweiss"_s);
        row("ig story, mobile host", ig,
            u"https://m.instagram.com/stories/tsv_blauweiss/3141592653/?igsh=x"_s, toIg,
            u"@tsv_blauweiss"_s);
        row("ig highlights", ig, u"https://www.instagram.com/stories/highlights/17890/"_s, none,
            QString());
        row("ig share link", ig, u"https://www.instagram.com/share/BAabc123xyz"_s, none, QString());
        row("ig story share", ig, u"https://www.instagram.com/s/aGlnaGxpZ2h0?story_media_id=1"_s,
            none, QString());
        row("facebook post for instagram", ig, page + u"/posts/1"_s, none, QString());
    }

    void suggestedAccount()
    {
        QFETCH(Platform, platform);
        QFETCH(QString, input);
        QFETCH(int, suggestedPlatform);
        QFETCH(QString, suggestion);
        const std::optional<AccountSuggestion> found =
            InputValidation::suggestedAccount(platform, input);
        QCOMPARE(found ? int(found->platform) : -1, suggestedPlatform);
        QCOMPARE(found ? found->address : QString(), suggestion);
        const AccountAddressCheck check = InputValidation::checkAccountAddress(platform, input);
        if (!found)
            return;
        // Refused, and the refusal names it (as the command line shows it);
        // what is offered is itself accepted.
        QVERIFY(check.normalised.isEmpty());
        QVERIFY2(check.error.contains(u"Did you mean"_s) && check.error.contains(suggestion),
                 qPrintable(check.error));
        QVERIFY(check.suggestion && check.suggestion->address == suggestion);
        QVERIFY(
            InputValidation::checkAccountAddress(found->platform, found->address).error.isEmpty());
    }

    // Without anything usable in the address: one sentence on what to paste.
    void nothingUsableSaysWhatToPaste()
    {
        const AccountAddressCheck check = InputValidation::checkAccountAddress(
            Platform::Facebook, u"https://www.facebook.com/share/p/1AbCdEfGh/"_s);
        QVERIFY2(check.error.contains(u"paste the address of the page or account itself"_s),
                 qPrintable(check.error));
        QVERIFY(!check.suggestion);
        QCOMPARE(InputValidation::platformOfAddress(u"https://fb.watch/abc"_s),
                 std::optional<Platform>(Platform::Facebook));
    }

    void platformFromAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("platform"); // -1: none, the user's choice stays
        const int fb = int(Platform::Facebook);
        const int ig = int(Platform::Instagram);
        QTest::newRow("facebook") << u"https://www.facebook.com/stadt"_s << fb;
        QTest::newRow("mobile facebook") << u"m.facebook.com/stadt"_s << fb;
        QTest::newRow("fb.com") << u"http://fb.com/stadt"_s << fb;
        QTest::newRow("instagram") << u"https://www.instagram.com/stadt"_s << ig;
        QTest::newRow("instagram upper case") << u"WWW.INSTAGRAM.COM/stadt"_s << ig;
        QTest::newRow("instagr.am") << u"instagr.am/stadt"_s << ig;
        QTest::newRow("@name") << u"@stadt"_s << -1;
        QTest::newRow("other host") << u"https://example.org/stadt"_s << -1;
        QTest::newRow("lookalike") << u"https://instagram.com.example.org/x"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void platformFromAddress()
    {
        QFETCH(QString, input);
        QFETCH(int, platform);
        const std::optional<Platform> found = InputValidation::platformOfAddress(input);
        QCOMPARE(found ? int(*found) : -1, platform);
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

    // Each character that changes the direction of text around it (typed, or
    // in a mail kept as evidence) is dropped, in one line as in several.
    void printableDropsDirectionControls_data()
    {
        QTest::addColumn<char16_t>("control");
        for (char16_t c = 0x202A; c <= 0x202E; ++c)
            QTest::addRow("U+%04X", unsigned(c)) << c;
        for (char16_t c = 0x2066; c <= 0x2069; ++c)
            QTest::addRow("U+%04X", unsigned(c)) << c;
        for (char16_t c : {u'\u200E', u'\u200F', u'\u061C'})
            QTest::addRow("U+%04X", unsigned(c)) << c;
    }
    void printableDropsDirectionControls()
    {
        QFETCH(char16_t, control);
        const QString text = u"a"_s + QChar(control) + u"b\nc"_s + QChar(control);
        QCOMPARE(InputValidation::printable(text), u"ab c"_s);
        QCOMPARE(InputValidation::printable(text, true), u"ab\nc"_s);
    }
    void printableKeepsOtherText()
    {
        const QString text = u"Grüße שלום مرحبا 😀"_s;
        QCOMPARE(InputValidation::printable(text), text);
    }
};

QTEST_GUILESS_MAIN(InputValidationTest)
#include "InputValidationTest.moc"
