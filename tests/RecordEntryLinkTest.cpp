#include <QTest>

#include "RecordEntryLink.h"

using namespace Qt::StringLiterals;

// The link a calendar reminder carries, ki-widerspruch://record/ID: any web
// page can open such a link, so exactly that shape is taken, and nothing
// else reaches the record, a file name or the running window.
class RecordEntryLinkTest : public QObject
{
    Q_OBJECT

private slots:
    void ids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << u"3f1c2a9e-5d7b-4e1a-9c33-7a0b6f2d8e41"_s << true;
        QTest::newRow("every kind") << u"a.B-c_9"_s << true;
        QTest::newRow("64") << QString(64, u'x') << true;
        QTest::newRow("one") << u"x"_s << true;
        QTest::newRow("dots inside") << u"a..b"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("65") << QString(65, u'x') << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("dot dot") << u".."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        // "^…$" in a regular expression would take this one: "$" matches
        // before a final line break.
        QTest::newRow("line break at the end") << u"abc\n"_s << false;
        QTest::newRow("line break at the start") << u"\nabc"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("nul") << u"abc\u0000"_s << false;
        QTest::newRow("umlaut") << u"äbc"_s << false;
        QTest::newRow("full-width letters") << u"ａｂｃ"_s << false;
        QTest::newRow("direction override") << u"abc\u202E"_s << false;
        QTest::newRow("percent") << u"%2e%2e"_s << false;
        QTest::newRow("quote") << u"a'b"_s << false;
        QTest::newRow("semicolon") << u"a;b"_s << false;
    }

    void ids()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(RecordEntryLink::isValidId(id), valid);
        QCOMPARE(RecordEntryLink::idProblem(id).isEmpty(), valid);
        QCOMPARE(RecordEntryLink::url(id), valid ? u"ki-widerspruch://record/"_s + id : QString());
        if (valid)
            QCOMPARE(RecordEntryLink::parse(RecordEntryLink::url(id)).id, id);
    }

    void links_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("id"); // empty: refused
        const QString uuid = u"3f1c2a9e-5d7b-4e1a-9c33-7a0b6f2d8e41"_s;
        QTest::newRow("right") << u"ki-widerspruch://record/"_s + uuid << uuid;
        QTest::newRow("slash at the end") << u"ki-widerspruch://record/abc/"_s << u"abc"_s;
        QTest::newRow("scheme and host in capitals")
            << u"KI-Widerspruch://RECORD/AbC"_s << u"AbC"_s;
        QTest::newRow("64 characters")
            << u"ki-widerspruch://record/"_s + QString(64, u'7') << QString(64, u'7');

        QTest::newRow("no id") << u"ki-widerspruch://record/"_s << QString();
        QTest::newRow("no path") << u"ki-widerspruch://record"_s << QString();
        QTest::newRow("scheme only") << u"ki-widerspruch:"_s << QString();
        QTest::newRow("65 characters")
            << u"ki-widerspruch://record/"_s + QString(65, u'7') << QString();
        QTest::newRow("very long")
            << u"ki-widerspruch://record/"_s + QString(1000000, u'a') << QString();
        QTest::newRow("dot") << u"ki-widerspruch://record/."_s << QString();
        QTest::newRow("dot dot") << u"ki-widerspruch://record/.."_s << QString();
        QTest::newRow("dot dot slash") << u"ki-widerspruch://record/../"_s << QString();
        QTest::newRow("up and away") << u"ki-widerspruch://record/../../etc/passwd"_s << QString();
        QTest::newRow("other host") << u"ki-widerspruch://evil/abc"_s << QString();
        QTest::newRow("other host, up") << u"ki-widerspruch://evil/.."_s << QString();
        QTest::newRow("host with record in it") << u"ki-widerspruch://recordx/abc"_s << QString();
        QTest::newRow("user") << u"ki-widerspruch://me@record/abc"_s << QString();
        QTest::newRow("port") << u"ki-widerspruch://record:80/abc"_s << QString();
        QTest::newRow("no authority") << u"ki-widerspruch:record/abc"_s << QString();
        QTest::newRow("one slash") << u"ki-widerspruch:/record/abc"_s << QString();
        QTest::newRow("three slashes") << u"ki-widerspruch:///record/abc"_s << QString();
        QTest::newRow("double slash before the id")
            << u"ki-widerspruch://record//abc"_s << QString();
        QTest::newRow("two slashes at the end") << u"ki-widerspruch://record/abc//"_s << QString();
        QTest::newRow("deeper path") << u"ki-widerspruch://record/abc/def"_s << QString();
        QTest::newRow("query") << u"ki-widerspruch://record/abc?delete=1"_s << QString();
        QTest::newRow("fragment") << u"ki-widerspruch://record/abc#x"_s << QString();
        QTest::newRow("percent-encoded dots") << u"ki-widerspruch://record/%2e%2e"_s << QString();
        QTest::newRow("percent-encoded slash") << u"ki-widerspruch://record/a%2Fb"_s << QString();
        QTest::newRow("percent-encoded letters") << u"ki-widerspruch://record/%61bc"_s << QString();
        QTest::newRow("encoded nul") << u"ki-widerspruch://record/abc%00"_s << QString();
        QTest::newRow("nul") << u"ki-widerspruch://record/abc\u0000"_s << QString();
        QTest::newRow("line break at the end") << u"ki-widerspruch://record/abc\n"_s << QString();
        QTest::newRow("line break and more") << u"ki-widerspruch://record/abc\nki-widerspruch://"
                                                u"record/def"_s
                                             << QString();
        QTest::newRow("two links in one") << u"ki-widerspruch://record/abc "
                                             u"ki-widerspruch://record/def"_s
                                          << QString();
        QTest::newRow("space before") << u" ki-widerspruch://record/abc"_s << QString();
        QTest::newRow("space after") << u"ki-widerspruch://record/abc "_s << QString();
        QTest::newRow("comma after (a linkifier took it)")
            << u"ki-widerspruch://record/abc,"_s << QString();
        QTest::newRow("shell") << u"ki-widerspruch://record/abc;rm -rf ~"_s << QString();
        QTest::newRow("SQL") << u"ki-widerspruch://record/x' OR '1'='1"_s << QString();
        QTest::newRow("umlaut") << u"ki-widerspruch://record/äbc"_s << QString();
        QTest::newRow("direction override") << u"ki-widerspruch://record/\u202Ecba"_s << QString();
        QTest::newRow("look-alike hyphen in the scheme")
            << u"ki\u2010widerspruch://record/abc"_s << QString();
        QTest::newRow("other scheme") << u"https://record/abc"_s << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
        QTest::newRow("option") << u"--pdf=/tmp/x.pdf"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void links()
    {
        QFETCH(QString, link);
        QFETCH(QString, id);
        const RecordEntryLink::Parsed parsed = RecordEntryLink::parse(link);
        QCOMPARE(parsed.id, id);
        QCOMPARE(parsed.error.isEmpty(), !id.isEmpty());
        if (id.isEmpty()) {
            // Says what a link looks like; quotes at most the start of the input.
            QVERIFY2(parsed.error.contains(u"ki-widerspruch://record/"_s),
                     qPrintable(parsed.error));
            QVERIFY2(parsed.error.size() < 400, qPrintable(parsed.error.left(500)));
            QVERIFY(parsed.error.startsWith(u'“' + link.left(20)));
        }
    }

    // The scheme tells a link meant for the program (checked, and said what
    // is wrong with it) from any other argument.
    void whatCountsAsALink()
    {
        QVERIFY(RecordEntryLink::isLink(u"ki-widerspruch://evil/.."_s));
        QVERIFY(RecordEntryLink::isLink(u"KI-WIDERSPRUCH:x"_s));
        QVERIFY(!RecordEntryLink::isLink(u"profile.json"_s));
        QVERIFY(!RecordEntryLink::isLink(u"ki-widerspruch"_s));
        QVERIFY(!RecordEntryLink::isLink(u"ki\u2010widerspruch://record/abc"_s));
    }

    // Long input is cut where it is quoted, never inside a character.
    void quotingCutsWholeCharacters()
    {
        const QString emoji = u"\U0001F600"_s;
        QString id = u"a"_s;
        for (int i = 0; i < 200; ++i)
            id += emoji;
        const QString message = RecordEntryLink::idProblem(id);
        QVERIFY(message.size() < 400);
        for (qsizetype i = 0; i < message.size(); ++i) {
            if (message.at(i).isHighSurrogate())
                QVERIFY(i + 1 < message.size() && message.at(i + 1).isLowSurrogate());
            if (message.at(i).isLowSurrogate())
                QVERIFY(i > 0 && message.at(i - 1).isHighSurrogate());
        }
        QVERIFY(message.contains(u'…'));
    }
};

QTEST_GUILESS_MAIN(RecordEntryLinkTest)
#include "RecordEntryLinkTest.moc"
