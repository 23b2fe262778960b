#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "LetterComposer.h"
#include "LetterPainter.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "PopplerTools.h"
#include "ProfileFile.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ObjectionRequest)

// Hostile and unusual text, each through the three ways into a letter: the
// model the wizard fills, a profile file, and the command line. Each gives
// either a correct letter or a clear message, never a crash.
class HostileInputTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A profile whose organisation name is `name`, written with \uXXXX escapes
    // so that even lone surrogates and NUL reach the reader as they are.
    QString profileWithName(const QString& name)
    {
        QByteArray escaped;
        for (const QChar c : name)
            escaped += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        QByteArray json = ProfileFile::toJson(sampleRequest());
        json.replace("\"name\": \"Stadt Musterstadt\",\n        \"phone\"",
                     QByteArray("\"name\": \"" + escaped + "\",\n        \"phone\""));
        const QString path =
            m_dir.filePath(u"hostile-%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !json.contains(escaped))
            return {};
        file.write(json);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hostileText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");      // in the form text; empty: refused
        QTest::addColumn<QString>("expectedInPdf"); // empty: not checked in the PDF
        QTest::addColumn<QString>("profileError");  // what the profile reader says, if it refuses
        const QString markup = u"<b>Fett</b> &amp; <img src=x> <script>"_s;
        QTest::newRow("markup") << markup << markup << markup << QString();
        QTest::newRow("control characters")
            << u"A\u0000B\u0007C\u001bD\u007fE"_s << u"ABCDE"_s << u"ABCDE"_s << QString();
        QTest::newRow("line break in a one-line field")
            << u"Zeile1\nZeile2\r\nZeile3"_s << u"Zeile1 Zeile2 Zeile3"_s << QString() << QString();
        QTest::newRow("lone surrogates")
            << u"x\xd800y\xdc00z"_s << u"xyz"_s << u"xyz"_s << QString();
        QTest::newRow("non-characters")
            << (u"a"_s + QChar(0xfffe) + QChar(0xffff) + u"b"_s) << u"ab"_s << u"ab"_s << QString();
        QTest::newRow("right to left")
            << u"שלום עולם مرحبا"_s << u"שלום עולם مرحبا"_s << u"שלום עולם مرحبا"_s << QString();
        QTest::newRow("direction override")
            << u"\u202Eegap Verein"_s << u"egap Verein"_s << u"egap Verein"_s << QString();
        QTest::newRow("direction isolates")
            << u"\u2067Verein\u2069 \u202Ax\u202C"_s << u"Verein x"_s << u"Verein x"_s << QString();
        QTest::newRow("emoji") << u"Verein 😀🎉"_s << u"Verein 😀🎉"_s << u"Verein 😀🎉"_s << QString();
        QTest::newRow("cjk") << u"東京都庁 北京"_s << u"東京都庁 北京"_s << u"東京都庁 北京"_s
                             << QString();
        QTest::newRow("combining characters")
            << u"Cafe\u0301 A\u0308rger"_s << u"Cafe\u0301 A\u0308rger"_s
            << u"Cafe\u0301 A\u0308rger"_s << QString();
        QTest::newRow("path-like")
            << u"../../etc/passwd"_s << u"../../etc/passwd"_s << u"../../etc/passwd"_s << QString();
        QTest::newRow("windows device name") << u"CON"_s << u"CON"_s << u"CON"_s << QString();
        QTest::newRow("100 000 characters") << QString(100000, u'x') << QString(100000, u'x')
                                            << QString() << u"longer than 120 characters"_s;
    }

    void hostileText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, expectedInPdf);
        QFETCH(QString, profileError);

        // 1. The model, as the wizard fills it.
        ObjectionRequest request = sampleRequest();
        request.organisation.name = input;
        const Letter letter = LetterComposer().compose(request);
        QVERIFY(PlainTextLetterWriter::formText(letter).contains(expected));
        const QString pdf =
            m_dir.filePath(u"%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(PdfLetterWriter::write(letter, &file));
        }
        if (!expectedInPdf.isEmpty()) {
            // As typed, in reading order; in content order too, unless right to
            // left (poppler's raw mode keeps the drawing order of such runs).
            const QString reading = PopplerTools::readingText(pdf);
            QVERIFY2(reading.contains(expectedInPdf), qPrintable(reading.left(300)));
            const bool rightToLeft = std::any_of(input.cbegin(), input.cend(), [](QChar c) {
                return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
            });
            const QString raw = PopplerTools::rawText(pdf);
            QVERIFY2(rightToLeft || raw.contains(expectedInPdf), qPrintable(raw.left(300)));
        }

        // 2. A profile file.
        const QString profile = profileWithName(input);
        QVERIFY(!profile.isEmpty());
        const ProfileReadResult read = ProfileFile::read(profile);
        if (!profileError.isEmpty()) {
            QVERIFY2(read.error.contains(profileError), qPrintable(read.error));
        } else {
            QVERIFY2(read.request.has_value(), qPrintable(read.error));
            QVERIFY(PlainTextLetterWriter::formText(LetterComposer().compose(*read.request))
                        .contains(expected));
        }

        // 3. The command line.
        QProcess cli;
        cli.start(QStringLiteral(KIW_BINARY),
                  {u"--profile"_s, profile, u"--text"_s, u"-"_s, u"--lang"_s, u"en"_s});
        QVERIFY(cli.waitForFinished(60000));
        if (!profileError.isEmpty()) {
            QCOMPARE(cli.exitCode(), 3);
            QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(profileError));
        } else {
            QCOMPARE(cli.exitCode(), 0);
            QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(expected));
        }
    }

    // Typed direction controls once turned text of other fields around on the
    // printed page: an account name "\u202Eegap" showed the address after it
    // backwards, own grounds "\u202Ethcin reih" printed "hier nicht". The page
    // must look exactly as without them.
    void directionControlsChangeNothingOnThePage_data()
    {
        QTest::addColumn<ObjectionRequest>("typed");
        QTest::addColumn<ObjectionRequest>("withoutControls");
        ObjectionRequest typed = sampleRequest();
        ObjectionRequest plain = typed;
        typed.accounts[0].name = u"\u202Eegap"_s;
        plain.accounts[0].name = u"egap"_s;
        QTest::newRow("account name") << typed << plain;
        typed = plain = sampleRequest();
        typed.options.place = u"\u202E9102.11.92 ,nieh"_s;
        plain.options.place = u"9102.11.92 ,nieh"_s;
        QTest::newRow("place before the date") << typed << plain;
        typed = plain = sampleRequest();
        typed.options.reference = u"AZ\u202E 123"_s;
        plain.options.reference = u"AZ 123"_s;
        typed.organisation.phone = u"06131 \u202E99887-0"_s;
        plain.organisation.phone = u"06131 99887-0"_s;
        QTest::newRow("reference and phone") << typed << plain;
        // Invisible marks that come with numbers copied from phones and chats:
        // one RLM turned "+49 1234 5678 90" into "90 5678 1234 49+".
        typed = plain = sampleRequest();
        typed.organisation.phone = u"+49 \u200F1234 5678 90"_s;
        plain.organisation.phone = u"+49 1234 5678 90"_s;
        typed.organisation.name = u"\u200FStadt Musterstadt 2026 Nord"_s;
        plain.organisation.name = u"Stadt Musterstadt 2026 Nord"_s;
        typed.options.reference = u"DS \u061C2026 \u200E041"_s;
        plain.options.reference = u"DS 2026 041"_s;
        QTest::newRow("right-to-left and left-to-right marks") << typed << plain;
        typed = plain = sampleRequest();
        typed.options.signatoryName = u"\u202EnnamretsuM xaM"_s;
        plain.options.signatoryName = u"nnamretsuM xaM"_s;
        typed.options.signatoryRole = u"Leiter\u2066 des Amts\u0007"_s;
        plain.options.signatoryRole = u"Leiter des Amts"_s;
        typed.accounts[0].loginEmail = u"\u202Eed.tdatsretsum@laicos"_s;
        plain.accounts[0].loginEmail = u"ed.tdatsretsum@laicos"_s;
        QTest::newRow("signatory and login e-mail") << typed << plain;
        typed = plain = sampleRequest();
        typed.options.ownGrounds = u"\u202Ethcin reih\n\u2067Zweite Zeile"_s;
        plain.options.ownGrounds = u"thcin reih\nZweite Zeile"_s;
        QTest::newRow("own grounds") << typed << plain;
    }

    void directionControlsChangeNothingOnThePage()
    {
        QFETCH(ObjectionRequest, typed);
        QFETCH(ObjectionRequest, withoutControls);
        const Letter letter = LetterComposer().compose(typed);
        const Letter expected = LetterComposer().compose(withoutControls);
        QCOMPARE(PlainTextLetterWriter::formText(letter),
                 PlainTextLetterWriter::formText(expected));
        const QList<QImage> pages = LetterPainter(letter).pageImages(100);
        const QList<QImage> expectedPages = LetterPainter(expected).pageImages(100);
        QCOMPARE(pages.size(), expectedPages.size());
        for (qsizetype i = 0; i < pages.size(); ++i)
            QVERIFY2(pages.at(i) == expectedPages.at(i), qPrintable(u"page %1"_s.arg(i + 1)));
    }
};

QTEST_MAIN(HostileInputTest)
#include "HostileInputTest.moc"
