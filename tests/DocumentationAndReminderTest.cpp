#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <qpdf/QPDF.hh>

#include "DocumentationPdfWriter.h"
#include "IcsReminder.h"
#include "LetterComposer.h"
#include "PdfAPreflight.h"
#include "PdfLetterWriter.h"
#include "PopplerTools.h"
#include "SampleRecords.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;

// The documentation sheet (PDF/A-1b) and the calendar reminder (RFC 5545).
class DocumentationAndReminderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The moment a sheet is made: its day (5 January 2027) and its creation date.
    static QDateTime sheetMoment() { return {QDate(2027, 1, 5), QTime(9, 30), QTimeZone::utc()}; }

    static ObjectionRecord confirmedRecord()
    {
        ObjectionRecord record = sampleRecord();
        for (const Account& account : record.accounts)
            record.confirmations.insert(
                ObjectionRecord::accountKey(account),
                MetaConfirmation{QDate(2026, 12, 10), u"Fall 7781-XK"_s,
                                 u"Bestätigung per E-Mail, abgelegt in Akte DS-7"_s});
        // Meta's e-mail and a screenshot kept as evidence.
        Attachment mail;
        mail.originalName = u"Bestätigung Meta.eml"_s;
        mail.storedName = record.id + u"/9f86d081884c-Bestaetigung.eml"_s;
        mail.sha256 = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
        mail.size = 5123;
        mail.addedAt = QDateTime(QDate(2026, 12, 10), QTime(9, 30), QTimeZone::utc());
        mail.mailDate = QDateTime(QDate(2026, 12, 9), QTime(17, 2), QTimeZone::utc());
        mail.mailFrom = u"Facebook <noreply@facebookmail.com>"_s;
        mail.mailSubject = u"Wir haben deinen Widerspruch erhalten"_s;
        mail.mailText = u"Hallo Stadt Musterstadt,\n\nwir haben deinen Widerspruch gegen die "
                        u"Verwendung deiner Informationen für KI bei Meta geprüft.\n\nDas "
                        u"Facebook-Team"_s;
        Attachment picture;
        picture.originalName = u"Formular gesendet.png"_s;
        picture.storedName = record.id + u"/60303ae22b99-Formular-gesendet.png"_s;
        picture.sha256 = u"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"_s;
        picture.size = 183442;
        picture.addedAt = QDateTime(QDate(2026, 12, 1), QTime(14, 5), QTimeZone::utc());
        record.attachments = {mail, picture};
        return record;
    }

    // Content lines with folding undone (RFC 5545 3.1).
    static QStringList unfolded(const QByteArray& ics)
    {
        QString text = QString::fromUtf8(ics);
        text.replace(u"\r\n "_s, QString());
        QStringList lines = text.split(u"\r\n"_s);
        if (lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }

    // A TEXT value as a calendar program reads it (RFC 5545 3.3.11).
    static QString unescaped(const QString& text)
    {
        QString result;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) != u'\\' || i + 1 == text.size()) {
                result += text.at(i);
                continue;
            }
            const QChar next = text.at(++i);
            result += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        }
        return result;
    }

private slots:
    void documentationHasEveryFactAndIsPdfA()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
        const QString path = m_dir.filePath(u"nachweis.pdf"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(DocumentationPdfWriter::write(confirmedRecord(), sheetMoment(), &file));
        }
        // Without white space: table cells wrap long values where they like.
        const auto squeezed = [](QString value) {
            return value.remove(QRegularExpression(u"\\s+"_s));
        };
        const QString text = squeezed(PopplerTools::rawText(path));
        const ObjectionRecord record = confirmedRecord();
        QStringList facts{
            record.organisation,
            record.sentBy,
            record.id,
            DocumentationPdfWriter::routeName(record.route),
            DocumentationPdfWriter::stateName(RecordState::Confirmed),
            record.confirmations.first().reference,
            record.confirmations.first().note,
            QLocale().toString(record.sentOn, QLocale::LongFormat),
            QLocale().toString(record.confirmations.first().received, QLocale::LongFormat)};
        // Each attachment with its whole checksum and the e-mail's text.
        for (const Attachment& attachment : record.attachments)
            facts << attachment.originalName << attachment.sha256;
        facts << record.attachments.at(0).mailFrom << record.attachments.at(0).mailSubject;
        for (const QString& line :
             record.attachments.at(0).mailText.split(u'\n', Qt::SkipEmptyParts))
            facts << line;
        for (const Account& account : record.accounts)
            facts << account.name << account.address;
        for (const QString& line : record.sentText.split(u'\n', Qt::SkipEmptyParts))
            facts << line;
        for (const QString& fact : facts)
            QVERIFY2(text.contains(squeezed(fact)), qPrintable(fact));

        const QString meta = PopplerTools::run(u"pdfinfo"_s, {u"-meta"_s, path});
        // XMP allows both pdfaid:part="1" and <pdfaid:part>1</pdfaid:part>.
        QVERIFY2(meta.contains(QRegularExpression(u"pdfaid:part(=\"1\"|>1<)"_s)), qPrintable(meta));
        QVERIFY(meta.contains(QRegularExpression(u"pdfaid:conformance(=\"B\"|>B<)"_s)));
        // And an independent validator says so.
        QVERIFY2(PdfAPreflight::missing().isEmpty(), qPrintable(PdfAPreflight::missing()));
        const QString preflight = PdfAPreflight::report(path);
        QVERIFY2(PdfAPreflight::isValid(preflight), qPrintable(preflight));
        const QStringList fonts =
            PopplerTools::run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& font : fonts)
            QCOMPARE(font.split(u' ', Qt::SkipEmptyParts)
                         .value(font.split(u' ', Qt::SkipEmptyParts).size() - 5),
                     u"yes"_s);
    }

    void documentationWithoutConfirmationSaysWhenItIsDue()
    {
        const QString path = m_dir.filePath(u"offen.pdf"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(DocumentationPdfWriter::write(sampleRecord(), sheetMoment(), &file));
        }
        const QString text = PopplerTools::rawText(path);
        QVERIFY(text.contains(DocumentationPdfWriter::stateName(RecordState::NoAnswer)));
        QVERIFY(text.contains(QLocale().toString(QDate(2026, 12, 29), QLocale::LongFormat)));
    }

    void longDocumentationReadsBackAsTyped()
    {
        // Emoji, Arabic and a combining accent in the record, and a sent text
        // long enough for a second page: the sheet numbers its pages and its
        // text reads back as typed, with poppler and with MuPDF.
        ObjectionRecord record = sampleRecord();
        record.organisation = u"Verein 😀 Cafe\u0301"_s;
        record.sentBy =
            u"مرحبا بكم"_s; // alone in its cell: readers lay mixed directions out freely
        for (int line = 1; line <= 90; ++line)
            record.sentText += u"\nZeile %1 des gesendeten Textes"_s.arg(line);
        const QString path = m_dir.filePath(u"lang.pdf"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(DocumentationPdfWriter::write(record, sheetMoment(), &file));
        }
        QCOMPARE(PopplerTools::infoField(path, u"Pages"_s), u"2"_s);
        const QString reading = PopplerTools::readingText(path);
        QVERIFY2(reading.contains(record.organisation), qPrintable(reading.left(300)));
        QVERIFY2(reading.contains(record.sentBy), qPrintable(reading.left(600)));
        QVERIFY(reading.contains(u"Zeile 90 des gesendeten Textes"_s));
        QVERIFY(reading.contains(DocumentationPdfWriter::tr("Page %1 of %2").arg(2).arg(2)));
        const QString mupdf = PopplerTools::mupdfText(path);
        QVERIFY(mupdf.contains(record.organisation));
        QVERIFY(mupdf.contains(record.sentBy));
        const QString meta = PopplerTools::run(u"pdfinfo"_s, {u"-meta"_s, path});
        QVERIFY(meta.contains(QRegularExpression(u"pdfaid:part(=\"1\"|>1<)"_s)));
        // With every repair in it (ActualText spans, new maps) still PDF/A-1b.
        const QString preflight = PdfAPreflight::report(path);
        QVERIFY2(PdfAPreflight::isValid(preflight), qPrintable(preflight));
    }

    // Names whose UTF-16 holds the byte 0x0D (č U+010D, the joiner U+200D
    // inside family emoji, Malayalam ഊ U+0D0A): a reader that follows the
    // PDF standard as strictly as qpdf gets the document information exactly,
    // and the sheet is still PDF/A-1b.
    void documentInformationReadsBackInAStrictReader()
    {
        const QString name = u"Město Brno – Lučina ഊ 👨\u200D👩\u200D👧"_s;
        const auto strictInfo = [](const QString& path, const char* key) {
            QPDF pdf;
            pdf.processFile(path.toLocal8Bit().constData());
            return QString::fromStdString(
                pdf.getTrailer().getKey("/Info").getKey(key).getUTF8Value());
        };
        ObjectionRecord record = sampleRecord();
        record.organisation = name;
        const QString sheet = m_dir.filePath(u"strikt.pdf"_s);
        {
            QFile file(sheet);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(DocumentationPdfWriter::write(record, sheetMoment(), &file));
        }
        QVERIFY2(strictInfo(sheet, "/Title").endsWith(u" – "_s + name),
                 qPrintable(strictInfo(sheet, "/Title")));
        QVERIFY(PopplerTools::infoField(sheet, u"Title"_s).endsWith(name));
        const QString preflight = PdfAPreflight::report(sheet);
        QVERIFY2(PdfAPreflight::isValid(preflight), qPrintable(preflight));

        ObjectionRequest request = sampleRequest();
        request.organisation.name = name;
        const QString letter = m_dir.filePath(u"brief-strikt.pdf"_s);
        {
            QFile file(letter);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(PdfLetterWriter::write(LetterComposer().compose(request), &file));
        }
        QCOMPARE(strictInfo(letter, "/Author"), name);
    }

    // Kept for years: the German sheet gives the year in full (DIN 5008).
    void germanSheetWritesTheYearInFull()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString path = m_dir.filePath(u"jahr.pdf"_s);
        bool written = false;
        {
            QFile file(path);
            written = file.open(QIODevice::WriteOnly) &&
                      DocumentationPdfWriter::write(sampleRecord(), sheetMoment(), &file);
        }
        QLocale::setDefault(before);
        QVERIFY(written);
        const QString recorded =
            QLocale(QLocale::German, QLocale::Germany)
                .toString(sampleRecord().recordedAt.toTimeZone(QTimeZone("Europe/Berlin")),
                          u"dd.MM.yyyy HH:mm"_s) +
            u" CET"_s;
        const QString text = PopplerTools::rawText(path);
        QVERIFY2(text.contains(recorded), qPrintable(recorded + u" | "_s + text.left(400)));
    }

    // The reminder falls on a working day, names the entry's id and says what
    // to do; the follow-up's reminder is an event of its own.
    void reminderIsOnAWorkingDayAndNamesTheEntry()
    {
        ObjectionRecord record = sampleRecord();
        record.sentOn = QDate(2026, 12, 30); // a month later is a Saturday
        const QDateTime stamp(QDate(2026, 12, 30), QTime(10, 0), QTimeZone::utc());
        QStringList lines = unfolded(IcsReminder::build(record, stamp));
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20270201"_s));
        QString description = lines.filter(QRegularExpression(u"^DESCRIPTION:On"_s)).value(0);
        QVERIFY(description.contains(record.id));
        QVERIFY(description.contains(u"follow-up letter"_s));
        record.followUpSentOn = QDate(2027, 11, 25); // its month ends on Christmas Day
        lines = unfolded(IcsReminder::build(record, stamp));
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20271227"_s));
        QVERIFY(lines.contains(u"UID:"_s + record.id + u"-follow-up@ki-widerspruch"_s));
        description = lines.filter(QRegularExpression(u"^DESCRIPTION:On"_s)).value(0);
        QVERIFY(description.contains(u"supervisory authority"_s));
        QVERIFY(description.contains(record.id));
    }

    // The reminder leads back: a link that opens the program at the entry,
    // as URL (a URI value, RFC 5545 3.3.13: not escaped like TEXT) and in the
    // text on a line of its own, for calendars that make no link of the URL
    // property (Outlook); and, without any link, the way there by hand.
    void reminderLinksToTheEntry()
    {
        ObjectionRecord record = sampleRecord();
        record.id = u"a.b-c_D9"_s + QString(56, u'x'); // 64: the longest, folded
        const QStringList lines = unfolded(IcsReminder::build(
            record, QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc())));
        const QString link = u"ki-widerspruch://record/"_s + record.id;
        QCOMPARE(lines.filter(QRegularExpression(u"^URL"_s)), QStringList{u"URL:"_s + link});
        const QString description = lines.filter(QRegularExpression(u"^DESCRIPTION:On"_s)).value(0);
        QVERIFY2(description.contains(u"\\n"_s + link + u"\\n"_s), qPrintable(description));
        QVERIFY2(description.contains(u"type "_s + record.id + u" into the search field"_s),
                 qPrintable(description));
        QVERIFY2(description.contains(u"at the start it shows what is due"_s),
                 qPrintable(description));
        // The URL property comes before the alarm, inside the event.
        QVERIFY(lines.indexOf(u"URL:"_s + link) < lines.indexOf(u"BEGIN:VALARM"_s));
        QVERIFY(lines.indexOf(u"URL:"_s + link) > lines.indexOf(u"BEGIN:VEVENT"_s));
    }

    // An id a link may not carry (an edited record file) gets no URL and no
    // link; the text still names it for the search field.
    void reminderHasNoLinkForAnIdThatIsNotValid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("dot dot") << u".."_s;
        QTest::newRow("path") << u"../x"_s;
        QTest::newRow("65 characters") << QString(65, u'a');
        QTest::newRow("query") << u"abc?x=1"_s;
        QTest::newRow("line break at the end") << u"abc\n"_s;
    }

    void reminderHasNoLinkForAnIdThatIsNotValid()
    {
        QFETCH(QString, id);
        ObjectionRecord record = sampleRecord();
        record.id = id;
        const QByteArray ics = IcsReminder::build(
            record, QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(!ics.contains("ki-widerspruch://"));
        const QStringList lines = unfolded(ics);
        QCOMPARE(lines.filter(QRegularExpression(u"^URL"_s)).size(), 0);
        const QString description = lines.filter(QRegularExpression(u"^DESCRIPTION:On"_s)).value(0);
        QVERIFY2(description.contains(u"search field"_s), qPrintable(description));
    }

    void reminderFollowsRfc5545()
    {
        ObjectionRecord record = sampleRecord();
        record.organisation = u"Verein für Kultur, Sport; und \\ Bildung e. V. – Köln-Süd ☀"_s;
        record.accounts << Account{Platform::Facebook, QString(80, u'ä'),
                                   u"https://www.facebook.com/sehr.langer.seitenname"_s};
        const QByteArray ics = IcsReminder::build(
            record, QDateTime(QDate(2026, 11, 29), QTime(10, 0, 5), QTimeZone::utc()));
        // Every line ends with CRLF and has at most 75 octets without the CRLF.
        QVERIFY(ics.endsWith("\r\n"));
        const QList<QByteArray> physical = ics.split('\n');
        for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
            QVERIFY2(physical.at(i).endsWith('\r'), physical.at(i).constData());
            QVERIFY2(physical.at(i).size() - 1 <= 75, physical.at(i).constData());
            QVERIFY(QString::fromUtf8(physical.at(i)).toUtf8() == physical.at(i)); // no split UTF-8
        }
        const QStringList lines = unfolded(ics);
        QCOMPARE(lines.constFirst(), u"BEGIN:VCALENDAR"_s);
        QCOMPARE(lines.constLast(), u"END:VCALENDAR"_s);
        QVERIFY(lines.contains(u"VERSION:2.0"_s));
        QCOMPARE(lines.filter(QRegularExpression(u"^PRODID:.+"_s)).size(), 1);
        QVERIFY(lines.contains(u"UID:"_s + record.id + u"@ki-widerspruch"_s));
        QVERIFY(lines.contains(u"DTSTAMP:20261129T100005Z"_s));
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20261229"_s));
        QVERIFY(lines.contains(u"DTEND;VALUE=DATE:20261230"_s));
        for (const QString& component : {u"VCALENDAR"_s, u"VEVENT"_s, u"VALARM"_s}) {
            QCOMPARE(lines.count(u"BEGIN:"_s + component), 1);
            QCOMPARE(lines.count(u"END:"_s + component), 1);
        }
        const QString summary = lines.filter(QRegularExpression(u"^SUMMARY:"_s)).value(0);
        QVERIFY2(summary.contains(u"Verein für Kultur\\, Sport\\; und \\\\ Bildung e. V."_s),
                 qPrintable(summary));
        const QString description = lines.filter(QRegularExpression(u"^DESCRIPTION:On"_s)).value(0);
        QVERIFY(description.contains(
            u"\\n- Facebook: Stadt Musterstadt (https://www.facebook.com/stadtmusterstadt)"_s));
        QVERIFY(description.contains(QString(80, u'ä')));
        QVERIFY(!description.contains(u'\n'));
    }

    void foldingKeepsUtf8Characters()
    {
        const QByteArray line = "DESCRIPTION:" + QString(100, u'€').toUtf8(); // 3 octets each
        const QByteArray folded = IcsReminder::folded(line);
        for (const QByteArray& part : folded.split('\n')) {
            if (part.isEmpty())
                continue;
            QVERIFY(part.size() - 1 <= 75);
            QVERIFY(QString::fromUtf8(part).toUtf8() == part);
        }
        QCOMPARE(QString::fromUtf8(folded).remove(u"\r\n "_s).remove(u"\r\n"_s),
                 QString::fromUtf8(line));
    }

    void escaping()
    {
        QCOMPARE(IcsReminder::escaped(u"a,b;c\\d\ne\r\u0007"_s), u"a\\,b\\;c\\\\d\\ne\\n"_s);
        QCOMPARE(IcsReminder::escaped(u"1\r\n2\r3\n\n4\u00855\u20286\u20297"_s),
                 u"1\\n2\\n3\\n\\n4\\n5\\n6\\n7"_s);
        QCOMPARE(IcsReminder::escaped(u"\t\u0000\u001b\u007f\u0080\u009f\u00a0ä"_s),
                 u"\t\u00a0ä"_s);
    }

    // Line breaks in a name, an address or an id (typed, pasted, or put into
    // an edited record file) must not start lines of their own: no attendee,
    // no second event, no end of the calendar. Every line is a property this
    // program writes, and unfolding and unescaping gives back each value.
    void hostileValuesStayInTheirProperty_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("CRLF attendee") << u"X\r\nATTENDEE:mailto:evil@example.com"_s;
        QTest::newRow("LF event") << u"a\nBEGIN:VEVENT"_s;
        QTest::newRow("CR end") << u"a\rEND:VCALENDAR\r"_s;
        QTest::newRow("Unicode breaks")
            << u"a\u2028DTSTART:19700101\u2029URL:https://evil.example\u0085TRIGGER:PT0S"_s;
        QTest::newRow("commas and semicolons") << u"a,b;c\\;d\\,e\\\\n"_s;
        QTest::newRow("break at a fold") << QString(61, u'ä') + u"\r\nATTENDEE:x"_s;
        QTest::newRow("controls") << u"a\u0007b\u001bc\u007fd\u0000e\u009bf"_s;
    }

    void hostileValuesStayInTheirProperty()
    {
        QFETCH(QString, value);
        ObjectionRecord record = sampleRecord();
        record.organisation = value;
        record.id = value;
        record.accounts = {Account{Platform::Facebook, value, value}};
        const QByteArray ics = IcsReminder::build(
            record, QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc()));

        // No line break but CRLF, lines of at most 75 octets, whole UTF-8.
        QCOMPARE(ics.count('\r'), ics.count("\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        for (const QByteArray& line : ics.split('\n')) {
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(QString::fromUtf8(line).toUtf8() == line);
        }
        const QString text = QString::fromUtf8(ics);
        for (const QChar c : {u'\u0085', u'\u2028', u'\u2029', u'\u0007', u'\u007f', u'\u009b'})
            QVERIFY2(!text.contains(c), qPrintable(QString::number(c.unicode(), 16)));

        static const QRegularExpression ours(
            u"^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART;VALUE=DATE|"
            u"DTEND;VALUE=DATE|SUMMARY|DESCRIPTION|TRANSP|ACTION|TRIGGER):"_s);
        const QStringList lines = unfolded(ics);
        for (const QString& line : lines)
            QVERIFY2(ours.match(line).hasMatch(), qPrintable(line));
        QCOMPARE(lines.filter(QRegularExpression(u"^ATTENDEE|^URL"_s)).size(), 0);
        QCOMPARE(lines.filter(QRegularExpression(u"^DTSTART"_s)).size(), 1);
        QCOMPARE(lines.filter(QRegularExpression(u"^TRIGGER"_s)).size(), 1);
        for (const QString& component : {u"VCALENDAR"_s, u"VEVENT"_s, u"VALARM"_s}) {
            QCOMPARE(lines.count(u"BEGIN:"_s + component), 1);
            QCOMPARE(lines.count(u"END:"_s + component), 1);
        }

        // Back: every line break as \n, the other controls gone.
        QString expected = value;
        expected.replace(u"\r\n"_s, u"\n"_s);
        for (const QChar lineBreak : {u'\r', u'\u0085', u'\u2028', u'\u2029'})
            expected.replace(lineBreak, u'\n');
        expected.remove(QRegularExpression(u"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]"_s));
        const auto valueOf = [&lines](const QString& property) {
            return unescaped(lines.filter(QRegularExpression(u"^"_s + property + u':'))
                                 .value(0)
                                 .mid(property.size() + 1));
        };
        QCOMPARE(valueOf(u"UID"_s), expected + u"@ki-widerspruch"_s);
        QVERIFY2(valueOf(u"SUMMARY"_s).endsWith(u'(' + expected + u')'),
                 qPrintable(valueOf(u"SUMMARY"_s)));
        const QString description = valueOf(u"DESCRIPTION"_s);
        QVERIFY2(description.contains(u"- Facebook: "_s + expected + u" ("_s + expected + u')'),
                 qPrintable(description));
    }
};

QTEST_MAIN(DocumentationAndReminderTest)
#include "DocumentationAndReminderTest.moc"
