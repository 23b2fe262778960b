#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include "MailReader.h"
#include "MailText.h"
#include "SingleByteCharsets.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray mailFile(const QString& name)
{
    return TestFiles::readAll(QStringLiteral(KIW_SOURCE_DIR "/tests/data/mail/") + name);
}

void put32(QByteArray& bytes, qsizetype offset, quint32 value)
{
    qToLittleEndian(value, bytes.data() + offset);
}

// A small compound file as Outlook writes one: sector 0 the FAT, 1 the
// directory, 2 the mini FAT, 3 and 4 the mini stream with the subject and
// the property stream (the client submit time). Tests break it on purpose.
struct CompoundFileBuilder
{
    QByteArray bytes = QByteArray(6 * 512, '\0');

    static constexpr qsizetype sector(int n) { return (n + 1) * 512; }
    // The bytes of the intact file with one change made to them.
    template <typename Change> static QByteArray changed(Change change)
    {
        CompoundFileBuilder builder;
        change(builder.bytes);
        return builder.bytes;
    }
    static constexpr qsizetype entry(int n) { return sector(1) + n * 128; }

    CompoundFileBuilder()
    {
        bytes.replace(0, 8, QByteArray::fromHex("D0CF11E0A1B11AE1"));
        qToLittleEndian<quint16>(0x3E, bytes.data() + 0x18);
        qToLittleEndian<quint16>(3, bytes.data() + 0x1A);
        qToLittleEndian<quint16>(0xFFFE, bytes.data() + 0x1C);
        qToLittleEndian<quint16>(9, bytes.data() + 0x1E);
        qToLittleEndian<quint16>(6, bytes.data() + 0x20);
        put32(bytes, 0x2C, 1);          // FAT sectors
        put32(bytes, 0x30, 1);          // first directory sector
        put32(bytes, 0x38, 4096);       // mini stream cutoff
        put32(bytes, 0x3C, 2);          // first mini FAT sector
        put32(bytes, 0x40, 1);          // mini FAT sectors
        put32(bytes, 0x44, 0xFFFFFFFE); // no DIFAT sectors
        for (int i = 0; i < 109; ++i)
            put32(bytes, 0x4C + i * 4, i == 0 ? 0 : 0xFFFFFFFF);
        const quint32 fat[] = {0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE, 4, 0xFFFFFFFE};
        for (int i = 0; i < 128; ++i)
            put32(bytes, sector(0) + i * 4, i < 5 ? fat[i] : 0xFFFFFFFF);

        const QString subject = u"Bestätigung"_s;
        QByteArray subjectBytes(reinterpret_cast<const char*>(subject.utf16()), subject.size() * 2);
        QByteArray properties(32 + 16, '\0');
        put32(properties, 32, 0x00390040);
        qToLittleEndian<quint64>(133'625'808'000'000'000ULL, properties.data() + 40);
        // Mini stream: subject in mini sectors 0, properties in 1.
        bytes.replace(sector(3), subjectBytes.size(), subjectBytes);
        bytes.replace(sector(3) + 64, properties.size(), properties);
        for (int i = 0; i < 128; ++i)
            put32(bytes, sector(2) + i * 4, i < 2 ? 0xFFFFFFFE : 0xFFFFFFFF);

        setEntry(0, u"Root Entry"_s, 5, 0xFFFFFFFF, 0xFFFFFFFF, 1, 3, 1024);
        setEntry(1, u"__substg1.0_0037001F"_s, 2, 0xFFFFFFFF, 2, 0xFFFFFFFF, 0,
                 quint32(subjectBytes.size()));
        setEntry(2, u"__properties_version1.0"_s, 2, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 1,
                 quint32(properties.size()));
        for (int n = 3; n < 4; ++n)
            setEntry(n, {}, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0);
    }

    void setEntry(int n, const QString& name, int type, quint32 left, quint32 right, quint32 child,
                  quint32 start, quint32 size)
    {
        const qsizetype at = entry(n);
        bytes.replace(at, name.size() * 2,
                      QByteArray(reinterpret_cast<const char*>(name.utf16()), name.size() * 2));
        qToLittleEndian<quint16>(quint16(name.isEmpty() ? 0 : name.size() * 2 + 2),
                                 bytes.data() + at + 0x40);
        bytes[at + 0x42] = char(type);
        put32(bytes, at + 0x44, left);
        put32(bytes, at + 0x48, right);
        put32(bytes, at + 0x4C, child);
        put32(bytes, at + 0x74, start);
        put32(bytes, at + 0x78, size);
    }
};

} // namespace

class MailReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void readsRealMails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<QString>("textContains");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
        };
        QTest::newRow("Meta, multipart/alternative, quoted-printable")
            << u"meta-confirmation-de.eml"_s << utc(2024, 6, 11, 12, 2, 11)
            << u"Facebook <noreply@facebookmail.com>"_s
            << u"Wir haben deinen Widerspruch gegen die Nutzung deiner Informationen für KI bei "
               u"Meta erhalten"_s
            << u"Hallo Beispiel-Verein e. V.,\n\nwir haben"_s
            << u"berücksichtigen.\n\nDas bedeutet"_s;
        QTest::newRow("HTML only, base64, nested multipart")
            << u"meta-html-only.eml"_s << utc(2024, 6, 12, 9, 15, 0)
            << u"Meta Datenschutz <privacy@support.facebook.com>"_s << u"Bestätigung €"_s
            << u"Hallo Beispiel-Verein e. V.,\nwir haben"_s
            << u"für KI bei Meta erhalten und werden ihn berücksichtigen.\nReferenznummer: "
               u"1234567890123456\nDanke,\ndas Datenschutz-Team von Meta & Co <test>"_s;
        QTest::newRow("windows-1252, 8bit")
            << u"windows-1252.eml"_s << utc(2024, 6, 13, 7, 0, 0) << u"Grün <gruen@example.org>"_s
            << u"„Widerspruch“ erhalten"_s << u"Sehr geehrte Damen und Herren,\n"_s
            << u"„KI“ ist eingegangen – Grüße."_s;
        // Apache POI's test files, saved by Outlook (tests/data/mail/README.md).
        QTest::newRow("Outlook .msg, Unicode")
            << u"example_received_unicode.msg"_s << utc(2010, 1, 11, 16, 25, 7)
            << u"Mike Farman <mike.farman@alfresco.com>"_s
            << u"This is a test message please ignore"_s << u"..less you are Nick.....\n\nThe"_s
            << u"The quick brown fox jumps over the lazy dog"_s;
        QTest::newRow("Outlook .msg, 8-bit windows-1252")
            << u"ASCII_UTF-8_CP1252_LCID1031.msg"_s << QDateTime() << QString()
            << u"Subject öäü Subject"_s << u"Body öäü Body"_s << u"Body öäü Body"_s;
    }
    void readsRealMails()
    {
        QFETCH(QString, file);
        const QByteArray bytes = mailFile(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const auto [mail, error] = MailReader::read(bytes, file);
        QCOMPARE(error, QString());
        QFETCH(QDateTime, date);
        QCOMPARE(mail.date.toUTC(), date.isValid() ? date : QDateTime());
        QTEST(mail.from, "from");
        QTEST(mail.subject, "subject");
        QFETCH(QString, textStart);
        QFETCH(QString, textContains);
        QVERIFY2(mail.text.startsWith(textStart), qPrintable(mail.text.left(200)));
        QVERIFY2(mail.text.contains(textContains), qPrintable(mail.text));
        QVERIFY(!mail.text.contains(u'\r'));
        QVERIFY(!mail.text.contains(u"track()"_s)); // no script, no style
        QVERIFY(!mail.text.contains(u"margin"_s));
    }

    void refusesWhatIsNoMail_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QByteArray() << u"a.eml"_s;
        QTest::newRow("PNG") << QByteArray::fromHex("89504E470D0A1A0A0000000D49484452")
                             << u"shot.eml"_s;
        QTest::newRow("text") << "Liebe Grüße\nvon Meta\n"_ba << u"a.eml"_s;
        QTest::newRow("headers without From, Date, Subject")
            << "X-Mailer: test\nContent-Type: text/plain\n\nhello"_ba << u"a.eml"_s;
        QTest::newRow("named .msg") << "hello"_ba << u"a.msg"_s;
        QTest::newRow("random with CFB signature") << [] {
            QByteArray bytes(4096, '\0');
            QRandomGenerator random(4711);
            for (char& c : bytes)
                c = char(random.bounded(256));
            bytes.replace(0, 8, QByteArray::fromHex("D0CF11E0A1B11AE1"));
            return bytes;
        }() << u"a.msg"_s;
        QTest::newRow("CFB signature only")
            << QByteArray::fromHex("D0CF11E0A1B11AE1") << u"a.msg"_s;
    }
    void refusesWhatIsNoMail()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const auto [mail, error] = MailReader::read(bytes, name);
        QVERIFY(!error.isEmpty());
        QVERIFY(mail.text.isEmpty() && mail.subject.isEmpty());
    }

    void readsDamagedMailsAsFarAsTheyGo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray meta = mailFile(u"meta-confirmation-de.eml"_s);
        QTest::newRow("cut in the body") << meta.left(meta.size() * 2 / 3);
        QTest::newRow("cut in the headers") << meta.left(400);
        QTest::newRow("headers only") << "From: a@b.de\r\nSubject: Hallo"_ba;
        QTest::newRow("invalid base64")
            << "Subject: x\nContent-Transfer-Encoding: base64\n\n!!!@@@===A\n%%%%"_ba;
        QTest::newRow("unknown charset")
            << "Subject: =?x-klingon?Q?Gr=FC=DFe?=\nContent-Type: text/plain; charset=x-klingon\n"
               "\nGr\xfc\xdf"
               "e"_ba;
        QTest::newRow("broken quoted-printable")
            << "Subject: x\nContent-Transfer-Encoding: quoted-printable\n\n=\n=Z1=4=\r"_ba;
        QTest::newRow("multipart without boundary")
            << "Subject: x\nContent-Type: multipart/mixed\n\n--x\n\nhello\n--x--"_ba;
        QTest::newRow("multipart, cut off")
            << "Subject: x\nContent-Type: multipart/mixed; "
               "boundary=b\n\n--b\nContent-Type: text/plain\n\nhi"_ba;
        QTest::newRow("encoded word, cut") << "Subject: =?utf-8?B?w7"_ba;
        QTest::newRow("control characters") << "Subject: a\x01\x02z\n\nline\x07\x1b\x7f one"_ba;
    }
    void readsDamagedMailsAsFarAsTheyGo()
    {
        QFETCH(QByteArray, bytes);
        const auto [mail, error] = MailReader::read(bytes, u"damaged.eml"_s);
        QCOMPARE(error, QString());
        for (const QChar c : QString(mail.text + mail.subject + mail.from))
            QVERIFY(c == u'\n' || c == u'\t' || c.unicode() >= 0x20);
    }

    void deepNestingIsCapped()
    {
        // 10,000 multiparts inside each other: read within moments, no stack overflow.
        QByteArray bytes = "From: a@b.de\nSubject: deep\n"_ba;
        for (int i = 0; i < 10'000; ++i)
            bytes += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) +
                     "\n\n--b" + QByteArray::number(i) + "\n";
        bytes += "Content-Type: text/plain\n\ndeepest\n";
        QElapsedTimer timer;
        timer.start();
        const auto [mail, error] = MailReader::read(bytes, u"deep.eml"_s);
        QCOMPARE(error, QString());
        QCOMPARE(mail.subject, u"deep"_s);
        QVERIFY(!mail.text.contains(u"deepest"_s)); // beyond the cap
        QVERIFY(timer.elapsed() < 5000);
    }

    void boundaryThatStartsAnotherIsNotConfused()
    {
        const QByteArray bytes = "Subject: x\nContent-Type: multipart/mixed; boundary=b1\n\n"
                                 "--b1\nContent-Type: multipart/alternative; boundary=b10\n\n"
                                 "--b10\nContent-Type: text/html\n\n<p>html</p>\n"
                                 "--b10\nContent-Type: text/plain\n\nplain text\n--b10--\n"
                                 "--b1--\n"_ba;
        QCOMPARE(MailReader::read(bytes, u"x.eml"_s).first.text, u"plain text"_s);
    }

    // Every '&' once searched the rest of the mail for its ';': a 2 MB HTML
    // mail of them froze the window for one to two minutes (19 s in this test
    // then; now a few milliseconds).
    void ampersandsWithoutSemicolonsAreReadQuickly()
    {
        const QByteArray bytes =
            "Subject: html\nContent-Type: text/html\n\n"_ba + QByteArray(2 * 1024 * 1024, '&');
        QElapsedTimer timer;
        timer.start();
        const auto [mail, error] = MailReader::read(bytes, u"amp.eml"_s);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(error, QString());
        QCOMPARE(mail.text.size(), MailText::maxLength);
        QVERIFY2(elapsed < 5000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }

    // Direction controls turned "From: <\u202Eelpmaxe...>" on the documentation
    // sheet into an address that reads as another one.
    void directionControlsAreDropped()
    {
        const auto [mail, error] =
            MailReader::read(mailFile(u"direction-controls.eml"_s), u"direction-controls.eml"_s);
        QCOMPARE(error, QString());
        QCOMPARE(mail.from, u"elpmaxe.rekcatta@live <noreply@facebookmail.com>"_s);
        QCOMPARE(mail.subject, u"Bestätigung Ihres Widerspruchs"_s);
        QCOMPARE(mail.text, u"Hallo,\neins zwei ierd vier\nfünf sechs sieben"_s);
    }

    void textIsCapped()
    {
        const QByteArray bytes = "Subject: long\n\n"_ba + QByteArray(300'000, 'a');
        QCOMPARE(MailReader::read(bytes, u"long.eml"_s).first.text.size(), MailText::maxLength);
    }

    void decodesEncodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain") << "Hallo Welt"_ba << u"Hallo Welt"_s;
        QTest::newRow("Q") << "=?ISO-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?="_ba << u"Grüße aus Köln"_s;
        QTest::newRow("B") << "=?utf-8?B?R3LDvMOfZQ==?="_ba << u"Grüße"_s;
        QTest::newRow("adjacent words joined")
            << "=?utf-8?Q?Wider?= \r\n =?utf-8?Q?spruch?="_ba << u"Widerspruch"_s;
        QTest::newRow("character split across words")
            << "=?utf-8?B?R3LD?= =?utf-8?B?vGU=?="_ba << u"Grüe"_s;
        QTest::newRow("text between words kept")
            << "=?utf-8?Q?A?= und =?utf-8?Q?B?="_ba << u"A und B"_s;
        QTest::newRow("iso-8859-15 euro") << "=?iso-8859-15?Q?=A4?="_ba << u"€"_s;
        QTest::newRow("windows-1252 quotes")
            << "=?windows-1252?Q?=84KI=93_=96_80_=80?="_ba << u"„KI“ – 80 €"_s;
        QTest::newRow("iso-8859-2") << "=?ISO-8859-2?Q?=A3=F3d=BC?="_ba << u"Łódź"_s;
        QTest::newRow("windows-1250") << "=?windows-1250?Q?=8Al=F6ss=9F?="_ba << u"Šlössź"_s;
        QTest::newRow("language suffix") << "=?utf-8*de?Q?=C3=A4?="_ba << u"ä"_s;
        QTest::newRow("unknown charset") << "=?x-unknown?Q?caf=E9?="_ba << u"café"_s;
        QTest::newRow("raw UTF-8") << "Gr\xc3\xbc\xc3\x9f"
                                      "e"_ba
                                   << u"Grüße"_s;
    }
    void decodesEncodedWords()
    {
        QFETCH(QByteArray, raw);
        QTEST(MailReader::decodeHeader(raw), "decoded");
    }

    // The decoding Qt for Windows lacks (built without ICU): the same letters
    // as Qt with ICU gives, wherever this Qt has a decoder of its own.
    void singleByteCharsetsMatchQt_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("windows-1252") << "windows-1252"_ba
                                      << "\x80\x84\x93\x94\x96\x9c\xe4"_ba << u"€„“”–œä"_s;
        QTest::newRow("cp1252 alias") << "CP1252"_ba
                                      << "\x80"_ba << u"€"_s;
        QTest::newRow("iso-8859-15") << "iso-8859-15"_ba
                                     << "\xa4\xa6\xbc\xe4"_ba << u"€ŠŒä"_s;
        QTest::newRow("latin-9 alias") << "Latin-9"_ba
                                       << "\xa4"_ba << u"€"_s;
        QTest::newRow("iso-8859-2") << "ISO_8859-2"_ba
                                    << "\xa3\xb1\xe6\xbf"_ba << u"Łąćż"_s;
        QTest::newRow("windows-1250") << "windows-1250"_ba
                                      << "\x8a\x9c\xb9\xe6"_ba << u"Šśąć"_s;
    }
    void singleByteCharsetsMatchQt()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, bytes);
        QVERIFY(SingleByteCharsets::knows(name));
        QTEST(SingleByteCharsets::decode(name, bytes), "text");
        QTEST(MailText::decode(bytes, name), "text");
        QByteArray all;
        for (int byte = 0; byte < 256; ++byte)
            all += char(byte);
        QCOMPARE(SingleByteCharsets::decode(name, all).size(), 256);
        QStringDecoder qt(name.constData());
        if (!qt.isValid())
            return; // Qt without ICU (Windows): the fallback is what decodes
        // Every byte a code page defines decodes as ICU decodes it.
        const QString fallback = SingleByteCharsets::decode(name, all);
        const QString reference = qt.decode(all);
        QCOMPARE(reference.size(), 256);
        for (int byte = 0; byte < 256; ++byte) {
            if (reference.at(byte).unicode() >= 0x80 && reference.at(byte).unicode() < 0xA0)
                continue; // undefined in the code page: a control, dropped by tidy()
            QVERIFY2(fallback.at(byte) == reference.at(byte),
                     qPrintable(QString::number(byte, 16)));
        }
    }
    void unknownSingleByteCharset()
    {
        QVERIFY(!SingleByteCharsets::knows("x-unknown"));
        QVERIFY(SingleByteCharsets::decode("x-unknown", "abc"_ba).isNull());
    }

    void convertsHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("entities") << u"a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; "
                                     u"&#228;&#xFC;&nbsp;x &bogus; & y"_s
                                  << u"a & b <c> \"d\" 'e' äü x &bogus; & y"_s;
        QTest::newRow("breaks") << u"<p>one</p><div>two<br>three</div><ul><li>4</li></ul>"_s
                                << u"one\ntwo\nthree\n4"_s;
        QTest::newRow("hidden") << u"<head><title>t</title></head><style>x{}</style>"
                                   u"<SCRIPT>alert(1)</SCRIPT><!-- c -->shown"_s
                                << u"shown"_s;
        QTest::newRow("white space") << u"a\n   b\t\tc"_s << u"a b c"_s;
        QTest::newRow("cut tag") << u"text <a href="_s << u"text"_s;
        QTest::newRow("invalid code points")
            << u"&#0;&#xD800;&#x110000;"_s << u"&#0;&#xD800;&#x110000;"_s;
        QTest::newRow("zero-padded number") << u"&#000000000000000000228;"_s << u"ä"_s;
        QTest::newRow("';' beyond any entity name")
            << u"&"_s + QString(40, u'a') + u";"_s << u"&"_s + QString(40, u'a') + u";"_s;
    }
    void convertsHtml()
    {
        QFETCH(QString, html);
        QTEST(MailText::tidy(MailText::fromHtml(html)), "text");
    }

    void tidiesText()
    {
        QCOMPARE(MailText::tidy(u"a\r\nb\rc\n\n\n\n\n\nd  \n"_s), u"a\nb\nc\n\n\nd"_s);
        QCOMPARE(MailText::tidy(u"\x01tab\there\x1b"_s), u"tab\there"_s);
    }

    void readsASmallCompoundFile()
    {
        const auto [mail, error] = MailReader::read(CompoundFileBuilder().bytes, u"x.msg"_s);
        QCOMPARE(error, QString());
        QCOMPARE(mail.subject, u"Bestätigung"_s);
        QCOMPARE(mail.date, QDateTime(QDate(2024, 6, 11), QTime(12, 0), QTimeZone::utc()));
    }

    void refusesDamagedCompoundFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        using B = CompoundFileBuilder;
        QTest::newRow("FAT loop in the directory")
            << B::changed([](QByteArray& b) { put32(b, B::sector(0) + 4, 1); });
        QTest::newRow("directory sector out of range")
            << B::changed([](QByteArray& b) { put32(b, 0x30, 999'999); });
        QTest::newRow("FAT sector out of range")
            << B::changed([](QByteArray& b) { put32(b, 0x4C, 0x7FFFFFF0); });
        QTest::newRow("DIFAT loop") << B::changed([](QByteArray& b) {
            b.append(QByteArray(512, '\0'));
            put32(b, 0x44, 5);
            put32(b, 0x48, 0xFFFFFFFF);
            put32(b, B::sector(5) + 508, 5);
        });
        QTest::newRow("bad sector size") << B::changed([](QByteArray& b) { b[0x1E] = 30; });
        QTest::newRow("cut after the header") << B().bytes.left(512);
        QTest::newRow("root is no root")
            << B::changed([](QByteArray& b) { b[B::entry(0) + 0x42] = 2; });
    }
    void refusesDamagedCompoundFiles()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!MailReader::read(bytes, u"x.msg"_s).second.isEmpty());
    }

    void toleratesDamagedStreams_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        using B = CompoundFileBuilder;
        QTest::newRow("entry is its own sibling")
            << B::changed([](QByteArray& b) { put32(b, B::entry(1) + 0x48, 1); });
        QTest::newRow("tree in a circle") << B::changed([](QByteArray& b) {
            put32(b, B::entry(2) + 0x44, 1);
            put32(b, B::entry(0) + 0x4C, 2);
        });
        QTest::newRow("sibling out of range")
            << B::changed([](QByteArray& b) { put32(b, B::entry(1) + 0x48, 70'000); });
        QTest::newRow("mini FAT loop")
            << B::changed([](QByteArray& b) { put32(b, B::sector(2), 0); });
        QTest::newRow("stream larger than its chain")
            << B::changed([](QByteArray& b) { put32(b, B::entry(1) + 0x78, 4000); });
        QTest::newRow("huge stream")
            << B::changed([](QByteArray& b) { put32(b, B::entry(1) + 0x78, 0xFFFFFFF0); });
    }
    void toleratesDamagedStreams()
    {
        QFETCH(QByteArray, bytes);
        QElapsedTimer timer;
        timer.start();
        const auto [mail, error] = MailReader::read(bytes, u"x.msg"_s);
        QVERIFY(error.isEmpty() || !error.isEmpty()); // either way: no crash, no hang
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(mail.subject.isEmpty() || mail.subject == u"Bestätigung"_s);
    }

    void survivesRandomDamage()
    {
        // Every byte of a real .msg changed in turn, in 2,000 files.
        const QByteArray original = mailFile(u"ASCII_UTF-8_CP1252_LCID1031.msg"_s);
        QRandomGenerator random(1234);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = original;
            for (int n = 0; n < 4; ++n)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            MailReader::read(bytes, u"x.msg"_s);
        }
    }
};

QTEST_GUILESS_MAIN(MailReaderTest)
#include "MailReaderTest.moc"
