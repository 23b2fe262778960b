#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <algorithm>

#include "DinLetterLayout.h"
#include "LetterDocumentBuilder.h"
#include "LetterPainter.h"
#include "PdfLetterWriter.h"
#include "PopplerTools.h"

using namespace Qt::StringLiterals;
namespace Din = DinLetterLayout;
using PopplerTools::Word;

// Where the letter's lines and pages break (DOMAIN.md, "The letter"): e-mail
// addresses, URLs and identifiers never break at their own hyphens, and the
// closing never stands alone on a page. The letters are built here, not by the
// composer, so that the lines fall where the test needs them; the PDFs are
// read back with poppler.
class LetterBreaksTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writePdf(const Letter& letter, const QString& name)
    {
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !PdfLetterWriter::write(letter, &file, QDateTime(QDate(2026, 11, 29), QTime(10, 0))))
            return {};
        return path;
    }

    static Letter baseLetter()
    {
        Letter letter;
        letter.returnAddress = u"Stadt Musterstadt · Rathausplatz 1 · 12345 Musterstadt"_s;
        letter.senderLines = {u"Stadt Musterstadt"_s, u"Rathausplatz 1 · 12345 Musterstadt"_s};
        letter.recipientLines = {u"Meta Platforms Ireland Limited"_s, u"Merrion Road"_s,
                                 u"Dublin 4"_s, u"D04 X2K5"_s, u"IRLAND"_s};
        letter.information = {{u"Datum"_s, u"29.11.2026"_s}};
        letter.subject = u"Widerspruch gegen die Verwendung unserer Inhalte"_s;
        letter.salutation = u"Sehr geehrte Damen und Herren,"_s;
        letter.closing = u"Mit freundlichen Grüßen"_s;
        letter.closingOrganisation = u"Stadt Musterstadt"_s;
        letter.signatureLines = {u"i. A. Erika Mustermann"_s, u"Datenschutzkoordination"_s};
        letter.pageNumberPattern = u"Seite {page} von {pages}"_s;
        return letter;
    }

    // How many lines Qt by itself ends just after a hyphen inside a word, for
    // `text` in `font` on lines `widthMm` wide at the letter's resolution: the
    // cases the rule is about, which the fixture must contain.
    static int hyphenLineEnds(const QString& text, const QFont& font, double widthMm)
    {
        QImage device(1, 1, QImage::Format_RGB32);
        device.setDotsPerMeterX(qRound(LetterPainter::resolution / 0.0254));
        device.setDotsPerMeterY(qRound(LetterPainter::resolution / 0.0254));
        QTextLayout layout(text, font, &device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        int count = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(widthMm * LetterPainter::resolution / 25.4);
            const int end = line.textStart() + line.textLength();
            if (end < text.size() && text.at(end - 1) == u'-' && !text.at(end).isSpace())
                ++count;
        }
        layout.endLayout();
        return count;
    }

    // The lines of `page` above `bottom`, below the head of the first page
    // and above the page number: each as the words it holds, top to bottom.
    static QList<QStringList> bodyLines(const QList<Word>& words, int page, double bottom)
    {
        QList<Word> onPage;
        std::copy_if(words.cbegin(), words.cend(), std::back_inserter(onPage), [&](const Word& w) {
            return w.page == page && w.mm.top() < bottom &&
                   w.mm.top() >= (page == 1 ? Din::firstPageBodyTop : Din::nextPageBodyTop) - 1 &&
                   w.mm.left() < Din::infoBlockLeft - 1;
        });
        std::sort(onPage.begin(), onPage.end(),
                  [](const Word& a, const Word& b) { return a.mm.top() < b.mm.top(); });
        QList<QStringList> lines;
        qreal lineTop = -100;
        for (const Word& word : onPage) {
            if (word.mm.top() - lineTop > 1) {
                lines.append(QStringList());
                lineTop = word.mm.top();
            }
            lines.last() << word.text;
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
        QVERIFY2(PopplerTools::missing().isEmpty(), qPrintable(PopplerTools::missing()));
    }

    void addressesKeepTheirHyphens_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inInformationBlock");
        QTest::addColumn<QString>("organisation");
        const QString plain = u"Stadt Musterstadt"_s;
        QTest::newRow("e-mail in the body")
            << u"datenschutz@stadt-musterstadt.de"_s << false << plain;
        QTest::newRow("URL in the body")
            << u"https://www.facebook.com/stadt-musterstadt"_s << false << plain;
        QTest::newRow("domain in the body") << u"stadt-musterstadt.de"_s << false << plain;
        QTest::newRow("reference in the body") << u"DS-KI-2026-0017"_s << false << plain;
        // 9 pt on 65 mm: the longer addresses do not fit on one line at all.
        QTest::newRow("e-mail in the information block")
            << u"datenschutz@stadt-musterstadt.de"_s << true << plain;
        QTest::newRow("URL in the information block")
            << u"https://www.stadt-musterstadt.de/datenschutz"_s << true << plain;
        // Arabic needs the repair of the PDF's text, which pairs what was
        // drawn, line by line, with the glyphs.
        QTest::newRow("e-mail in a letter with Arabic")
            << u"datenschutz@stadt-musterstadt.de"_s << false << u"جمعية الثقافة"_s;
    }

    // The address after names of every length, so that its hyphens fall at
    // every place of the line, the margin too.
    void addressesKeepTheirHyphens()
    {
        QFETCH(QString, address);
        QFETCH(bool, inInformationBlock);
        QFETCH(QString, organisation);
        Letter letter = baseLetter();
        letter.closingOrganisation = organisation;
        QFont font = LetterDocumentBuilder::letterFont();
        const double width = inInformationBlock ? Din::infoBlockWidth : Din::textWidth;
        if (inInformationBlock)
            font.setPointSizeF(9); // the information block's values
        int hyphenAtMargin = 0;
        const int variants = inInformationBlock ? 14 : 90;
        for (int length = 0; length < variants; ++length) {
            if (inInformationBlock) {
                const QString value = QString(length, u'x') + address;
                letter.information << LetterField{u"E-Mail"_s, value};
                hyphenAtMargin += hyphenLineEnds(value, font, width);
            } else {
                const QString text =
                    u"Bitte antworten Sie Frau Erika %1 unter %2, nicht anders."_s.arg(
                        u"Muster"_s + QString(length, u'n'), address);
                letter.paragraphs << LetterParagraph{text, {}, false};
                hyphenAtMargin += hyphenLineEnds(text, font, width);
            }
        }
        QVERIFY2(hyphenAtMargin > 0, "no variant puts a hyphen of the address at the margin");

        const QString pdf = writePdf(letter, QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!pdf.isEmpty());
        // poppler's words are split at line ends: none may end with a hyphen.
        for (const Word& word : PopplerTools::words(pdf)) {
            QVERIFY2(!word.text.endsWith(u'-'),
                     qPrintable(u"line ends with \"%1\" on page %2 at %3 mm"_s.arg(word.text)
                                    .arg(word.page)
                                    .arg(word.mm.top())));
        }
        // Read back with the plain hyphen-minus, nothing invisible added.
        for (const QString& text : {PopplerTools::rawText(pdf), PopplerTools::mupdfText(pdf)}) {
            QCOMPARE(PopplerTools::compact(text).count(address), variants);
            for (const char16_t c :
                 {u'\u00ad', u'\u2010', u'\u2011', u'\u200b', u'\u2060', u'\ufeff', u'\u2028'})
                QVERIFY2(!text.contains(QChar(c)), qPrintable(QString::number(c, 16)));
        }
    }

    void closingTakesTwoLinesOfTheBody_data()
    {
        QTest::addColumn<QString>("lastParagraph");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<bool>("form");
        const QString sentence = u"Dieser Satz füllt im letzten Absatz des Briefes eine Zeile. "_s;
        QTest::newRow("one line") << u"Ein letzter Satz."_s << QStringList() << false;
        QTest::newRow("two lines") << sentence.repeated(2).trimmed() << QStringList() << false;
        QTest::newRow("several lines") << sentence.repeated(7).trimmed() << QStringList() << false;
        // Taller than a page with the closing: only its last two lines go along.
        QTest::newRow("longer than a page")
            << sentence.repeated(215).trimmed() << QStringList() << false;
        QTest::newRow("list") << u"Das betrifft:"_s
                              << QStringList{u"erstens"_s, u"zweitens"_s, u"drittens"_s} << false;
        // The authorisation form: no greeting, a line to sign on.
        QTest::newRow("form") << sentence.repeated(3).trimmed() << QStringList() << true;
    }

    // Ever more paragraphs before the last one push the closing line by line
    // over the end of a page: it always takes two lines of the body with it.
    void closingTakesTwoLinesOfTheBody()
    {
        QFETCH(QString, lastParagraph);
        QFETCH(QStringList, items);
        QFETCH(bool, form);
        Letter letter = baseLetter();
        if (form) {
            letter.closing.clear();
            letter.closingOrganisation.clear();
            letter.signatureLines = {u"______________________________"_s,
                                     u"Ort, Datum, Unterschrift"_s};
        }
        const QString closingWord = form ? letter.signatureLines.constFirst() : u"freundlichen"_s;
        const QString signatureWord = form ? u"Unterschrift"_s : u"Datenschutzkoordination"_s;
        QList<int> closingPages;
        for (int count = 8; count <= 22; ++count) {
            Letter variant = letter;
            for (int i = 1; i <= count; ++i)
                variant.paragraphs << LetterParagraph{u"Absatz %1."_s.arg(i), {}, false};
            variant.paragraphs << LetterParagraph{lastParagraph, items, false};
            const QString name =
                u"%1-%2"_s.arg(QString::fromLatin1(QTest::currentDataTag())).arg(count);
            const QString pdf = writePdf(variant, name);
            QVERIFY(!pdf.isEmpty());
            const QList<Word> words = PopplerTools::words(pdf);
            const auto closing = std::find_if(words.cbegin(), words.cend(),
                                              [&](const Word& w) { return w.text == closingWord; });
            QVERIFY2(closing != words.cend(), qPrintable(name));
            const auto signature = std::find_if(words.cbegin(), words.cend(), [&](const Word& w) {
                return w.text == signatureWord;
            });
            QVERIFY2(signature != words.cend() && signature->page == closing->page,
                     qPrintable(name + u": the closing is split up"_s));
            if (!closingPages.contains(closing->page))
                closingPages << closing->page;
            const QList<QStringList> above = bodyLines(words, closing->page, closing->mm.top() - 1);
            QStringList shown;
            for (const QStringList& line : above)
                shown << line.join(u' ');
            QVERIFY2(above.size() >= 2,
                     qPrintable(name + u", page %1 above the closing: "_s.arg(closing->page) +
                                shown.join(u" / "_s)));
        }
        // The closing went over the end of a page in steps of a line or two.
        QVERIFY(closingPages.size() >= 2);
    }
};

QTEST_MAIN(LetterBreaksTest)
#include "LetterBreaksTest.moc"
