#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <ctime>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include "FontCoverage.h"
#include "GlyphTextMatcher.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterPainter.h"
#include "PdfDocumentInfo.h"
#include "PdfLetterWriter.h"
#include "PdfTextRepair.h"
#include "PopplerTools.h"
#include "SampleRequests.h"
#include "ToUnicodeMap.h"

using namespace Qt::StringLiterals;

// Text in the letter's PDF reads back as it was typed: with poppler, which
// honours /ActualText, exactly; with MuPDF, which reads only the fonts' maps,
// exactly or, where one glyph stood for two spellings, canonically equal.
class PdfTextRepairTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeLetter(const Letter& letter, const QString& name)
    {
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !PdfLetterWriter::write(letter, &file, QDateTime(QDate(2026, 11, 29), QTime(9, 0))))
            return {};
        return path;
    }

    // The PDF of the sample letter from `organisation` exactly as Qt writes
    // it, and what was drawn into it.
    // A stream's content, decoded by qpdf: a reader independent of the
    // program's own.
    static QByteArray streamData(QPDFObjectHandle stream)
    {
        const std::shared_ptr<Buffer> data = stream.getStreamData();
        return QByteArray(reinterpret_cast<const char*>(data->getBuffer()),
                          qsizetype(data->getSize()));
    }

    // Every page of the PDF as poppler draws it (grey, 50 dpi), one after
    // the other; empty when it cannot.
    QByteArray renderedPages(const QString& pdf)
    {
        const QString prefix = pdf + u".page"_s;
        PopplerTools::run(u"pdftoppm"_s, {u"-r"_s, u"50"_s, u"-gray"_s, pdf, prefix});
        QByteArray pixels;
        const QFileInfo info(prefix);
        QDir dir = info.dir();
        for (const QString& page :
             dir.entryList({info.fileName() + u"*.pgm"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(page));
            if (!file.open(QIODevice::ReadOnly))
                return {};
            pixels += file.readAll();
            file.close();
            file.remove();
        }
        return pixels;
    }

    static QByteArray qtPdf(const QString& organisation, QList<DrawnText>* drawn)
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = organisation;
        const Letter letter = LetterComposer().compose(request);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        LetterPainter::preparePage(&writer);
        const LetterPainter painter(letter);
        if (!painter.paint(&writer))
            return {};
        *drawn = painter.drawnText(writer);
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "poppler-utils missing: scripts/install-dependencies.sh installs it");
        QVERIFY2(!QStandardPaths::findExecutable(u"mutool"_s).isEmpty(),
                 "mupdf-tools missing: scripts/install-dependencies.sh installs it");
    }

    void glyphTexts_data()
    {
        QTest::addColumn<QStringList>("shown"); // what Qt's map names per glyph
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected"); // empty: cannot be matched
        QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << u"ab"_s
                               << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("space named as tab") << QStringList{u"a"_s, u"\t"_s, u"b"_s} << u"a b"_s
                                            << QStringList{u"a"_s, u" "_s, u"b"_s};
        QTest::newRow("combining accent drawn precomposed")
            << QStringList{u"C"_s, u"é"_s} << u"Ce\u0301"_s << QStringList{u"C"_s, u"e\u0301"_s};
        QTest::newRow("Arabic initial form")
            << QStringList{u"\ufee3"_s, u"\ufeae"_s} << u"\u0645\u0631"_s
            << QStringList{u"\u0645"_s, u"\u0631"_s};
        QTest::newRow("lam-alef ligature")
            << QStringList{u"\ufefb"_s} << u"\u0644\u0627"_s << QStringList{u"\u0644\u0627"_s};
        QTest::newRow("emoji without a name")
            << QStringList{u"A"_s, QString()} << u"A😀"_s << QStringList{u"A"_s, u"😀"_s};
        QTest::newRow("emoji with skin tone, drawn apart")
            << QStringList{QString(), QString()} << u"👍🏽"_s << QStringList{u"👍"_s, u"🏽"_s};
        QTest::newRow("emoji with variation selector")
            << QStringList{QString()} << u"❤\ufe0f"_s << QStringList{u"❤\ufe0f"_s};
        QTest::newRow("joiners drawn as spaces")
            << QStringList{QString(), u" "_s, QString()} << u"👨\u200d👩"_s
            << QStringList{u"👨"_s, u"\u200d"_s, u"👩"_s};
        QTest::newRow("marks in another order")
            << QStringList{u"\ufb2a"_s, u"\u05b8"_s} << u"\u05e9\u05b8\u05c1"_s
            << QStringList{u"\u05e9\u05c1"_s, u"\u05b8"_s};
        QTest::newRow("too few characters")
            << QStringList{u"a"_s, u"b"_s} << u"a"_s << QStringList{};
        QTest::newRow("other characters") << QStringList{u"a"_s} << u"x"_s << QStringList{};
    }

    void glyphTexts()
    {
        QFETCH(QStringList, shown);
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        const auto perGlyph = typedTextPerGlyph(shown, typed);
        if (expected.isEmpty()) {
            QVERIFY(!perGlyph);
        } else {
            QVERIFY(perGlyph);
            QCOMPARE(*perGlyph, expected);
        }
    }

    void toUnicodeMap()
    {
        // As Qt writes it: ranges with arrays and a counting range.
        const QByteArray qt = "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0052> "
                              "<0061> <0074> ]\nendbfrange\n1 beginbfrange\n<0004> <0006> "
                              "<0041>\nendbfrange\n";
        ToUnicodeMap map = ToUnicodeMap::parse(qt);
        QCOMPARE(map.text(2), u"a"_s);
        QCOMPARE(map.text(6), u"C"_s);
        QVERIFY(map.text(7).isEmpty());
        map.setText(7, u"😀"_s);
        map.setText(8, u"\u0644\u0627"_s);
        const ToUnicodeMap again = ToUnicodeMap::parse(map.toCMap());
        QCOMPARE(again.texts(), map.texts());
        QVERIFY(map.toCMap().contains("<0007> <D83DDE00>"));
    }

    void readsBackAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("mupdfExact"); // false: MuPDF gives a canonically equal text
        QTest::newRow("emoji") << u"Verein 😀🎉"_s << true;
        QTest::newRow("emoji with skin tone") << u"Daumen 👍🏽 hoch"_s << true;
        QTest::newRow("flag") << u"Flagge 🇩🇪"_s << true;
        QTest::newRow("emoji with variation selector") << u"Herz ❤️"_s << true;
        QTest::newRow("combining characters") << u"Cafe\u0301 A\u0308rger"_s << true;
        QTest::newRow("both spellings of é") << u"Café und Cafe\u0301"_s << false;
        QTest::newRow("Arabic") << u"مرحبا بكم"_s << true;
        QTest::newRow("Hebrew") << u"שלום עולם"_s << true;
        QTest::newRow("CJK") << u"東京都庁 北京"_s << true;
        QTest::newRow("Kelvin and Ohm signs") << u"Kelvin \u212a und Ohm \u2126"_s << true;
        QTest::newRow("Greek and Cyrillic") << u"Αθήνα Москва"_s << true;
    }

    void readsBackAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(bool, mupdfExact);
        ObjectionRequest request = sampleRequest();
        request.organisation.contactName = typed; // alone on its line, in the information block
        const QString pdf = writeLetter(LetterComposer().compose(request),
                                        QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!pdf.isEmpty());

        const QString poppler = PopplerTools::readingText(pdf);
        QVERIFY2(poppler.contains(typed), qPrintable(poppler.left(400)));
        const QString mupdf = PopplerTools::mupdfText(pdf);
        if (mupdfExact) {
            QVERIFY2(mupdf.contains(typed), qPrintable(mupdf.left(400)));
        } else {
            QVERIFY2(mupdf.normalized(QString::NormalizationForm_C)
                         .contains(typed.normalized(QString::NormalizationForm_C)),
                     qPrintable(mupdf.left(400)));
        }
    }

    void fontCoverage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("German") << u"Grüße – „Ärger“ § 21 €"_s << QStringList{};
        // The fonts scripts/install-dependencies.sh installs cover these.
        QTest::newRow("installed scripts")
            << u"😀 👍🏽 東京 مرحبا שלום Αθήνα Москва Cafe\u0301"_s
            << QStringList{};
        QTest::newRow("plane 15 private use, twice")
            << u"a \U000F0001 b \U000F0001 \U000F0002"_s
            << QStringList{u"\U000F0001"_s, u"\U000F0002"_s};
    }

    void fontCoverage()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, missing);
        QCOMPARE(FontCoverage::missingCharacters(text, LetterDocumentBuilder::letterFont()),
                 missing);
        QCOMPARE(FontCoverage::warning(missing).isEmpty(), missing.isEmpty());
    }

    void fontCoverageOnThisMachine()
    {
        // Thai and Devanagari have no font among the project's dependencies;
        // where one is installed, the character is not missing. Either way
        // the answer agrees with fontconfig's own list of fonts.
        for (const QString& character : {u"ไ"_s, u"न"_s}) {
            QProcess fcList;
            fcList.start(u"fc-list"_s, {u":charset=%1"_s.arg(character.at(0).unicode(), 0, 16)});
            QVERIFY(fcList.waitForFinished(30000));
            const bool installed = !fcList.readAllStandardOutput().trimmed().isEmpty();
            const QStringList missing =
                FontCoverage::missingCharacters(character, LetterDocumentBuilder::letterFont());
            QCOMPARE(missing.isEmpty(), installed);
        }
    }

    void ligaturesOfAFallbackFont()
    {
        // Where Liberation Sans is missing the letter falls back to DejaVu Sans,
        // which draws "fi", "fl" and "ffi" as one glyph each; Qt names those
        // glyphs with the ligature characters (U+FB01 …).
        const QString typed = u"finden fliegen öffentlich Effizienz"_s;
        const auto paint = [&typed](QPaintDevice* device) {
            QPainter painter(device);
            painter.setFont(QFont(u"DejaVu Sans"_s, 12));
            painter.drawText(QPointF(600, 1200), typed);
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<DrawnText> drawn;
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            paint(&writer);
            TextItemRecorder recorder(writer);
            paint(&recorder);
            drawn = recorder.drawnText();
        }
        QVERIFY(!PdfTextRepair::needsDrawnText(typed));
        QVERIFY(PdfTextRepair::namesComposedGlyphs(buffer.data()));
        const auto repaired = PdfTextRepair::repair(buffer.data(), drawn);
        QVERIFY(repaired);
        const QString path = m_dir.filePath(u"ligatures.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*repaired) == repaired->size());
        file.close();
        QCOMPARE(PopplerTools::readingText(path), typed);
        QCOMPARE(PopplerTools::mupdfText(path), typed);

        QList<DrawnText> letterDrawn;
        QVERIFY(!PdfTextRepair::namesComposedGlyphs(qtPdf(u"Stadt Musterstadt"_s, &letterDrawn)));
    }

    // The repair changes what readers get as text, never what is drawn:
    // Qt's bytes stay as they were, every page renders to the same pixels,
    // and qpdf's check of the structure finds nothing.
    void repairChangesNothingThatIsDrawn()
    {
        QList<DrawnText> drawn;
        const QByteArray qt = qtPdf(u"Verein 😀 Ärger مرحبا Café und Cafe\u0301"_s, &drawn);
        QVERIFY(!qt.isEmpty());
        const auto repaired = PdfTextRepair::repair(qt, drawn);
        QVERIFY(repaired);
        QVERIFY(*repaired != qt);
        QVERIFY(repaired->startsWith(qt)); // Qt's bytes stay; the repair is appended
        const QString before = m_dir.filePath(u"before.pdf"_s);
        const QString after = m_dir.filePath(u"after.pdf"_s);
        for (const auto& [path, bytes] : {std::pair(before, qt), std::pair(after, *repaired)}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }
        const QByteArray pixels = renderedPages(after);
        QVERIFY(!pixels.isEmpty());
        QCOMPARE(pixels, renderedPages(before));

        QProcess check;
        check.start(u"qpdf"_s, {u"--check"_s, after});
        QVERIFY(check.waitForFinished(30000));
        const QByteArray report = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0 && report.contains("No syntax or stream encoding errors"),
                 report.constData());
    }

    void textThatDoesNotMatchTheFileChangesNoPage()
    {
        QList<DrawnText> drawn;
        const QByteArray qt = qtPdf(u"Verein 😀"_s, &drawn);
        QVERIFY(!drawn.isEmpty());
        const auto mapsOnly = PdfTextRepair::repair(qt, {});
        QVERIFY(mapsOnly);
        QVERIFY(PdfTextRepair::repair(qt, drawn) != mapsOnly); // the emoji's page changes
        // One text object more in the file than drawn, or one less: the pages
        // stay as Qt wrote them, only what needs no drawn text is repaired.
        QCOMPARE(PdfTextRepair::repair(qt, drawn.mid(0, drawn.size() - 1)), mapsOnly);
        QCOMPARE(PdfTextRepair::repair(qt, drawn + QList<DrawnText>{{u"x"_s, false}}), mapsOnly);
    }

    void plainLetterNamesItsSpacesAsSpaces()
    {
        // Qt names the space glyph after the tab; readers such as pdfminer then
        // write tabs between the words. Every font's map gives a space instead.
        const Letter letter = LetterComposer().compose(sampleRequest());
        QVERIFY(!PdfTextRepair::needsDrawnText(u"Stadt Musterstadt, Rathausplatz 1 – § 21"_s));
        QVERIFY(PdfTextRepair::needsDrawnText(u"Verein 😀"_s));
        QVERIFY(PdfTextRepair::needsDrawnText(u"Cafe\u0301"_s));
        QVERIFY(PdfTextRepair::needsDrawnText(u"مرحبا"_s));
        const QString path = writeLetter(letter, u"plain"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QPDF pdf;
        pdf.processMemoryFile("letter", bytes.constData(), size_t(bytes.size()));
        int fonts = 0;
        for (QPDFObjectHandle object : pdf.getAllObjects()) {
            if (!object.isDictionary() || !object.getKey("/ToUnicode").isStream())
                continue;
            ++fonts;
            const ToUnicodeMap map = ToUnicodeMap::parse(streamData(object.getKey("/ToUnicode")));
            QVERIFY(!map.texts().isEmpty());
            for (const QString& text : map.texts()) {
                QVERIFY2(text != u"\t"_s, "a glyph still named as a tab");
            }
            QVERIFY(map.texts().values().contains(u" "_s));
        }
        QVERIFY(fonts >= 2); // regular and bold at least
    }

    // Qt stamps the machine's local time ("+05'30'" in Kolkata, 6 bytes
    // longer than UTC's "Z"): rewritten in UTC, every object is still where
    // the cross-reference table says (qpdf reads the file without a warning),
    // and the file is the one Qt writes in UTC.
    void qtsDatesRewrittenInUtc()
    {
        const QByteArray zoneBefore = qgetenv("TZ");
        const auto writeIn = [this](const QByteArray& zone) {
            qputenv("TZ", zone);
            tzset();
            QList<DrawnText> drawn;
            return qtPdf(u"Stadt Musterstadt"_s, &drawn);
        };
        const QByteArray kolkata = writeIn("Asia/Kolkata");
        const QByteArray utc = writeIn("UTC");
        qputenv("TZ", zoneBefore);
        tzset();
        // Qt 6.4 writes a creation date, Qt 6.8 a modification date too.
        const qsizetype dates = kolkata.count("+05'30'");
        QVERIFY(dates >= 1);
        const QDateTime moment(QDate(2026, 12, 6), QTime(10, 15, 30), QTimeZone::utc());
        const QByteArray rewritten = withQtDatesAt(kolkata, moment);
        QVERIFY(!rewritten.contains("+05'30'"));
        QVERIFY(rewritten.contains("/CreationDate (D:20261206101530Z)"));
        QCOMPARE(rewritten.size(), kolkata.size() - 6 * dates); // "Z" for "+05'30'"
        QCOMPARE(rewritten.size(), withQtDatesAt(utc, moment).size());
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0) // Qt 6.8 gives each file a random identifier
        QCOMPARE(rewritten, withQtDatesAt(utc, moment));
#endif
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("rewritten", rewritten.constData(), size_t(rewritten.size()));
        QPDF original;
        original.setSuppressWarnings(true);
        original.processMemoryFile("utc", utc.constData(), size_t(utc.size()));
        QVERIFY(!original.getAllPages().empty());
        QCOMPARE(pdf.getAllPages().size(), original.getAllPages().size()); // no page lost
        QVERIFY(pdf.getWarnings().empty());
        QVERIFY(!pdf.anyWarnings());
    }

    void sameLetterSameBytes()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = u"Verein 😀 مرحبا Cafe\u0301"_s;
        const Letter letter = LetterComposer().compose(request);
        const QString first = writeLetter(letter, u"first"_s);
        const QString second = writeLetter(letter, u"second"_s);
        QFile a(first);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
};

QTEST_MAIN(PdfTextRepairTest)
#include "PdfTextRepairTest.moc"
