#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DinLetterLayout.h"
#include "LetterComposer.h"
#include "PdfLetterWriter.h"
#include "PopplerTools.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;
namespace Din = DinLetterLayout;
using PopplerTools::Word;

class PdfLetterWriterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writePdf(const ObjectionRequest& request, const QString& name,
                     const QString& language = QStringLiteral("de"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const Letter letter = LetterComposer(language).compose(request);
        if (!PdfLetterWriter::write(letter, &file, QDateTime(QDate(2026, 11, 29), QTime(10, 0))))
            return {};
        return path;
    }

    static ObjectionRequest longRequest()
    {
        ObjectionRequest request = sampleRequest();
        for (int i = 1; i <= 40; ++i) {
            request.accounts << Account{Platform::Facebook, u"Ortsteil %1"_s.arg(i),
                                        u"https://www.facebook.com/ortsteil%1"_s.arg(i)};
        }
        request.options.ownGrounds = QString(u"Langer eigener Grund. "_s).repeated(60).trimmed();
        return request;
    }

    static QList<Word> wordsOf(const QList<Word>& words, const QStringList& texts, int page = 1)
    {
        QList<Word> found;
        for (const Word& word : words) {
            if (word.page == page && texts.contains(word.text))
                found << word;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
        QVERIFY2(PopplerTools::missing().isEmpty(), qPrintable(PopplerTools::missing()));
    }

    void a4WithDocumentInformation()
    {
        const QString pdf = writePdf(shortRequest(), u"brief.pdf"_s);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(PopplerTools::infoField(pdf, u"Pages"_s), u"1"_s);
        QVERIFY(PopplerTools::infoField(pdf, u"Page size"_s).contains(u"(A4)"_s));
        QCOMPARE(PopplerTools::infoField(pdf, u"Title"_s),
                 LetterComposer().compose(shortRequest()).subject.replace(QChar(0xA0), u' '));
        QCOMPARE(PopplerTools::infoField(pdf, u"Author"_s), u"Stadt Musterstadt"_s);
        // The organisation's own demand: no Art. 21 in the document's subject.
        QCOMPARE(PopplerTools::infoField(pdf, u"Subject"_s),
                 u"Widerspruch gegen die Verwendung der Inhalte unseres Kontos für das Training "
                 "der KI-Modelle von Meta"_s);
        QVERIFY(PopplerTools::infoField(pdf, u"Creator"_s).startsWith(u"KI-Widerspruch"_s));
    }

    void fontsAreEmbedded()
    {
        const QString pdf = writePdf(sampleRequest(), u"fonts.pdf"_s);
        const QStringList lines =
            PopplerTools::run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, "pdffonts lists no fonts");
        for (const QString& line : lines.mid(2)) {
            // Columns: name type encoding emb sub uni object ID
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QCOMPARE(columns.at(columns.size() - 5), u"yes"_s); // emb
            QCOMPARE(columns.at(columns.size() - 3), u"yes"_s); // uni: text extracts
        }
    }

    void recipientInsideTheWindow()
    {
        const QString pdf = writePdf(sampleRequest(), u"fenster.pdf"_s);
        const QList<Word> words = PopplerTools::words(pdf);
        const QRectF recipientZone(Din::addressFieldLeft, Din::recipientZoneTop,
                                   Din::addressFieldWidth,
                                   Din::addressFieldHeight - Din::returnZoneHeight);
        QList<Word> head; // above the body: the body mentions Meta too
        std::copy_if(words.cbegin(), words.cend(), std::back_inserter(head),
                     [](const Word& w) { return w.mm.top() < Din::firstPageBodyTop; });
        const QList<Word> recipient =
            wordsOf(head, {u"Meta"_s, u"Platforms"_s, u"Ireland"_s, u"Limited"_s, u"Merrion"_s,
                           u"Road"_s, u"Dublin"_s, u"4"_s, u"D04"_s, u"X2K5"_s, u"IRLAND"_s});
        QCOMPARE(recipient.size(), 11);
        for (const Word& word : recipient)
            QVERIFY2(recipientZone.contains(word.mm), qPrintable(word.text));

        const QRectF returnZone(Din::addressFieldLeft, Din::addressFieldTop, Din::addressFieldWidth,
                                Din::returnZoneHeight);
        const QList<Word> returnLine = wordsOf(words, {u"Rathausplatz"_s});
        QCOMPARE(returnLine.size(), 2); // letterhead and return address
        QVERIFY(std::any_of(returnLine.cbegin(), returnLine.cend(),
                            [&](const Word& w) { return returnZone.contains(w.mm); }));
    }

    void informationBlockAndSubjectPlacement()
    {
        const QString pdf = writePdf(shortRequest(), u"info.pdf"_s);
        const QList<Word> words = PopplerTools::words(pdf);
        const QList<Word> date = wordsOf(words, {u"29.11.2026"_s});
        QCOMPARE(date.size(), 1);
        QVERIFY(date.constFirst().mm.left() >= Din::infoBlockLeft - 0.5);
        QVERIFY(date.constFirst().mm.top() >= Din::infoBlockTop);
        const QList<Word> subject = wordsOf(words, {u"Kontos"_s}); // only in the subject
        QCOMPARE(subject.size(), 1);
        QVERIFY(subject.constFirst().mm.top() >= Din::addressFieldTop + Din::addressFieldHeight);
        QVERIFY(std::abs(wordsOf(words, {u"Widerspruch"_s}).constFirst().mm.left() -
                         Din::leftMargin) < 1.0);
    }

    // Names in Arabic or Hebrew inside a German letter: every line still
    // starts at the left margin (letterhead, closing, signature), and the
    // return address keeps its order: name, then street, postcode and town.
    void rightToLeftNamesKeepTheLettersLayout()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = u"جمعية الثقافة"_s;
        request.organisation.contactName = u"לאה כהן"_s;
        request.options.signatoryName.clear(); // the contact person signs, in her own name
        request.options.signatoryRole.clear();
        request.options.signatoryCapacity = SignatoryCapacity::Self;
        const QList<Word> words = PopplerTools::words(writePdf(request, u"rtl.pdf"_s));
        const auto rightToLeft = [](const Word& w) {
            return std::any_of(w.text.cbegin(), w.text.cend(), [](QChar c) {
                return c.script() == QChar::Script_Arabic || c.script() == QChar::Script_Hebrew;
            });
        };
        QList<QList<Word>> lines; // the right-to-left words, line by line
        for (const Word& word : words) {
            if (!rightToLeft(word))
                continue;
            if (lines.isEmpty() || std::abs(lines.last().constFirst().mm.top() - word.mm.top()) > 1)
                lines.append(QList<Word>());
            lines.last() << word;
        }
        QVERIFY2(lines.size() >= 4, "letterhead, return address, closing, signature");
        for (const QList<Word>& line : lines) {
            const qreal left = std::min_element(line.cbegin(), line.cend(), [](auto& a, auto& b) {
                                   return a.mm.left() < b.mm.left();
                               })->mm.left();
            const bool inInformationBlock = left > Din::infoBlockLeft - 1;
            QVERIFY2(inInformationBlock || std::abs(left - Din::leftMargin) < 1.0,
                     qPrintable(line.constFirst().text + u" starts at %1 mm"_s.arg(left)));
        }
        const QRectF returnZone(Din::addressFieldLeft, Din::addressFieldTop, Din::addressFieldWidth,
                                Din::returnZoneHeight);
        for (const Word& street : wordsOf(words, {u"Rathausplatz"_s})) {
            if (!returnZone.contains(street.mm))
                continue;
            for (const Word& word : words) {
                if (rightToLeft(word) && std::abs(word.mm.top() - street.mm.top()) < 1)
                    QVERIFY2(word.mm.right() < street.mm.left(), qPrintable(word.text));
            }
        }
    }

    void foldAndHoleMarks()
    {
        const QString pdf = writePdf(sampleRequest(), u"marken.pdf"_s);
        for (double y : {Din::foldMarkTop, Din::holeMark, Din::foldMarkBottom}) {
            QVERIFY2(PopplerTools::darkestPixel(pdf, QRectF(5, y - 0.4, 3, 0.8)) < 128,
                     qPrintable(QString::number(y)));
        }
        // Blank margin between the marks: the marks are where DIN 5008 wants them.
        QVERIFY(PopplerTools::darkestPixel(pdf, QRectF(4, 120, 5, 10)) > 200);
    }

    void textIsCompleteAndInOrder()
    {
        const ObjectionRequest request = shortRequest();
        const Letter letter = LetterComposer().compose(request);
        // Compared without any white space (no-break spaces too): line breaks
        // in the PDF fall where they fall (also after the hyphen of "KI-Modelle").
        const auto squeezed = [](const QString& text) { return PopplerTools::compact(text); };
        const QString text = squeezed(PopplerTools::rawText(writePdf(request, u"text.pdf"_s)));
        QStringList expected;
        expected << letter.senderLines.constFirst() << letter.returnAddress << letter.recipientLines
                 << letter.subject << letter.salutation;
        for (const LetterParagraph& paragraph : letter.paragraphs) {
            if (!paragraph.formOnly) // for Meta's online form, not on paper
                expected << paragraph.text << paragraph.items;
        }
        expected << letter.closing << letter.closingOrganisation << letter.signatureLines;
        qsizetype from = 0;
        for (const QString& piece : expected) {
            const qsizetype at = text.indexOf(squeezed(piece), from);
            QVERIFY2(at >= 0, qPrintable(u"missing or out of order: "_s + piece));
            from = at + squeezed(piece).size();
        }
        QVERIFY(!text.contains(u"Seite1von"_s)); // one page: no page numbers
    }

    void longLetterPaginatesWithPageNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pageNumber");
        QTest::addColumn<QString>("closing");
        QTest::newRow("de") << u"de"_s << u"Seite %1 von %2"_s << u"Grüßen"_s;
        QTest::newRow("en") << u"en"_s << u"Page %1 of %2"_s << u"faithfully,"_s;
    }

    void longLetterPaginatesWithPageNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QString, pageNumber);
        QFETCH(QString, closing);
        const QString pdf = writePdf(longRequest(), u"lang-%1.pdf"_s.arg(language), language);
        const int pages = PopplerTools::infoField(pdf, u"Pages"_s).toInt();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = PopplerTools::rawText(pdf);
        for (int page = 1; page <= pages; ++page)
            QVERIFY(text.contains(pageNumber.arg(page).arg(pages)));
        // Every account exactly once: nothing lost or doubled at a page break.
        for (int i = 1; i <= 40; ++i) {
            const QString account = u"Ortsteil %1, https://www.facebook.com/ortsteil%1 "_s.arg(i);
            QCOMPARE(text.count(account), 1);
        }
        const QList<Word> words = PopplerTools::words(pdf);
        for (const Word& word : words) {
            QVERIFY2(word.mm.bottom() <= Din::pageNumberTop + 6, qPrintable(word.text));
            if (word.page > 1)
                QVERIFY(word.mm.top() >= Din::nextPageBodyTop - 1);
        }
        // Closing and signature stay together on the last page.
        const QList<Word> closingWords = wordsOf(words, {closing}, pages);
        QCOMPARE(closingWords.size(), 1);
        QCOMPARE(wordsOf(words, {u"Mustermann"_s}, pages).size(), 1); // the signatory
    }

    void markupIsPrintedLiterally()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = u"<b>Fett</b> &amp; <img src=x>"_s;
        const QString text = PopplerTools::rawText(writePdf(request, u"markup.pdf"_s));
        QVERIFY2(text.contains(u"<b>Fett</b> &amp; <img src=x>"_s), qPrintable(text));
    }

    void umlautsExtract()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = u"Bürgerstiftung Köln-Süd – Straße „Ärger“"_s;
        const QString text = PopplerTools::rawText(writePdf(request, u"umlaut.pdf"_s));
        QVERIFY(text.contains(u"Bürgerstiftung Köln-Süd – Straße „Ärger“"_s));
        QVERIFY(text.contains(u"Mit freundlichen Grüßen"_s));
    }
};

QTEST_MAIN(PdfLetterWriterTest)
#include "PdfLetterWriterTest.moc"
