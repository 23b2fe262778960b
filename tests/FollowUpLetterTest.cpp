#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "DinLetterLayout.h"
#include "LetterComposer.h"
#include "LetterFileName.h"
#include "LetterPainter.h"
#include "MetaFacts.h"
#include "ObjectionRecord.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "PopplerTools.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;
namespace Din = DinLetterLayout;
using PopplerTools::Word;

// The two letters after a month without Meta's answer: to Meta again, and to
// a supervisory authority (DOMAIN.md), in both languages, from the same
// composer and renderers as the objection itself.
class FollowUpLetterTest : public QObject
{
    Q_OBJECT

    enum Kind
    {
        FollowUp,
        NoticeToDpc,
        NoticeToHmbBfDI,
        NoticeToOwn // the organisation's own supervisory authority
    };

private:
    QTemporaryDir m_dir;

    // The objection of 12 October 2026, followed up on 16 November 2026;
    // the new letter is dated 14 December 2026.
    static EarlierObjection earlierObjection(const ObjectionRequest& request,
                                             bool followedUp = true)
    {
        EarlierObjection earlier;
        earlier.sentOn = QDate(2026, 10, 12);
        earlier.accounts = request.accounts;
        earlier.followUpSentOn = followedUp ? QDate(2026, 11, 16) : QDate();
        earlier.recordId = u"W-2026-0007"_s;
        return earlier;
    }

    // An organisation's own authority as the dialog gives it: name and address
    // lines from resources/meta.json.
    static PostalAddress ownAuthority()
    {
        const QList<SupervisoryAuthority>& all = MetaFacts::instance().ownAuthorities;
        const auto nrw = std::find_if(all.cbegin(), all.cend(), [](const SupervisoryAuthority& a) {
            return a.id == u"nw"_s;
        });
        return PostalAddress{nrw->nameLines + nrw->addressLines, {}, {}};
    }

    static ObjectionRequest newRequest(const ObjectionRequest& base = sampleRequest())
    {
        ObjectionRequest request = base;
        request.options.date = QDate(2026, 12, 14);
        return request;
    }

    static Letter letterOf(Kind kind, const QString& language, const ObjectionRequest& request,
                           const EarlierObjection& earlier)
    {
        const LetterComposer composer(language);
        switch (kind) {
        case FollowUp:
            return composer.followUp(request, earlier);
        case NoticeToDpc:
            return composer.authorityNotice(request, earlier, Authority::IrishDpc);
        case NoticeToHmbBfDI:
            return composer.authorityNotice(request, earlier, Authority::HmbBfDI);
        case NoticeToOwn:
            return composer.authorityNotice(request, earlier, Authority::Own, ownAuthority());
        }
        return {};
    }

    static Letter letterOf(Kind kind, const QString& language)
    {
        // The earlier objection covered the accounts; the new request may list others.
        ObjectionRequest request = newRequest();
        const EarlierObjection earlier = earlierObjection(request);
        request.accounts.clear();
        return letterOf(kind, language, request, earlier);
    }

    // No-break spaces as spaces: identifiers carry them so that no line breaks inside.
    static QString fullText(const Letter& letter)
    {
        return PlainTextLetterWriter::fullText(letter).replace(QChar::Nbsp, u' ');
    }

    static QStringList sentences(const QString& text)
    {
        // A full stop ends a sentence where a capital follows ("Art. 77" goes on with a digit).
        static const QRegularExpression end(u"(?<=[.!?])\\s+(?=[A-ZÄÖÜ])"_s);
        return text.split(end);
    }

    QString writePdf(const Letter& letter, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        if (!PdfLetterWriter::write(letter, &file, QDateTime(QDate(2026, 12, 14), QTime(10, 0))))
            return {};
        return path;
    }

    static void addLetterRows()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        const std::pair<Kind, const char*> kinds[] = {{FollowUp, "follow-up"},
                                                      {NoticeToDpc, "DPC"},
                                                      {NoticeToHmbBfDI, "HmbBfDI"},
                                                      {NoticeToOwn, "own authority"}};
        for (const QString& language : {u"de"_s, u"en"_s}) {
            for (const auto& [kind, name] : kinds)
                QTest::addRow("%s, %s", name, qPrintable(language)) << int(kind) << language;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
        if (!m_dir.autoRemove())
            qInfo("PDF files kept in %s", qPrintable(m_dir.path()));
        QVERIFY2(PopplerTools::missing().isEmpty(), qPrintable(PopplerTools::missing()));
    }

    void recipients_data() { addLetterRows(); }

    void recipients()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const bool german = language == "de"_L1;
        const Letter letter = letterOf(Kind(kind), language);
        QStringList expected;
        switch (Kind(kind)) {
        case FollowUp:
            expected = QStringList{u"Meta Platforms Ireland Limited"_s, u"Merrion Road"_s,
                                   u"Dublin 4"_s, u"D04 X2K5"_s};
            break;
        case NoticeToDpc:
            expected = QStringList{u"Data Protection Commission"_s,
                                   u"21 Fitzwilliam Square South"_s, u"Dublin 2"_s, u"D02 RD28"_s};
            break;
        case NoticeToHmbBfDI:
            expected = QStringList{u"Der Hamburgische Beauftragte für"_s,
                                   u"Datenschutz und Informationsfreiheit"_s,
                                   u"Ludwig-Erhard-Straße 22"_s, u"20459 Hamburg"_s};
            break;
        case NoticeToOwn:
            expected = ownAuthority().lines;
            break;
        }
        // Post within Germany has no country line.
        if (Kind(kind) == FollowUp || Kind(kind) == NoticeToDpc)
            expected << (german ? u"IRLAND"_s : u"IRELAND"_s);
        QCOMPARE(letter.recipientLines, expected);
        QVERIFY(letter.recipientLines.size() <= 6);
        const QString text = fullText(letter);
        QVERIFY(!text.contains(u"Grand Canal"_s));
        QVERIFY(!text.contains(u"Facebook Ireland"_s));
        // The same letter frame as the objection: sender, closing, signature.
        const Letter objection = LetterComposer(language).compose(newRequest());
        QCOMPARE(letter.senderLines, objection.senderLines);
        QCOMPARE(letter.returnAddress, objection.returnAddress);
        QCOMPARE(letter.closing, objection.closing);
        QCOMPARE(letter.signatureLines, objection.signatureLines);
        QCOMPARE(letter.pageNumberPattern, objection.pageNumberPattern);
    }

    void subjectNamesTheFirstDate_data() { addLetterRows(); }

    void subjectNamesTheFirstDate()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const Letter letter = letterOf(Kind(kind), language);
        const QString firstDate = language == "de"_L1 ? u"12.10.2026"_s : u"12 October 2026"_s;
        QVERIFY2(letter.subject.contains(firstDate), qPrintable(letter.subject));
        QVERIFY(!letter.subject.endsWith(u'.'));
        // The information block carries the new letter's date.
        QCOMPARE(letter.information.constLast().value,
                 language == "de"_L1 ? u"14.12.2026"_s : u"14 December 2026"_s);
        // And the enclosure names the first objection by its date.
        QCOMPARE(letter.enclosures.size(), 1);
        QVERIFY(letter.enclosures.constFirst().contains(firstDate));
        QCOMPARE(letter.enclosureHeading, language == "de"_L1 ? u"Anlage"_s : u"Enclosure"_s);
        QVERIFY(!letter.fileNameStem.isEmpty());
        QVERIFY(!letter.documentSubject.isEmpty());
    }

    void everyAccountIsNamed_data() { addLetterRows(); }

    void everyAccountIsNamed()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const ObjectionRequest request = newRequest(manyAccountsRequest(7));
        const Letter letter =
            letterOf(Kind(kind), language, newRequest(), earlierObjection(request));
        const QString text = fullText(letter);
        for (const Account& account : request.accounts) {
            QCOMPARE(text.count(account.name + u", "_s + account.address), 1);
        }
        const auto listed =
            std::find_if(letter.paragraphs.cbegin(), letter.paragraphs.cend(),
                         [](const LetterParagraph& p) { return !p.items.isEmpty(); });
        QVERIFY(listed != letter.paragraphs.cend());
        QCOMPARE(listed->items.size(), 7);
        // Nothing confirmed: all seven under "no answer".
        QVERIFY(listed->text.contains(language == "de"_L1 ? u"keine Antwort in der Sache erhalten"_s
                                                          : u"received no answer"_s));
    }

    void followUpCitesTheTimeLimitAndPromisesNoDeletion_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void followUpCitesTheTimeLimitAndPromisesNoDeletion()
    {
        QFETCH(QString, language);
        const bool german = language == "de"_L1;
        const Letter letter = letterOf(FollowUp, language);
        const QString text = fullText(letter);
        // The organisation's demand: Art. 12(3)'s month as the standard it
        // asked for; no duty of Art. 12(4) or 21(1) s. 2 without named persons.
        QVERIFY(text.contains(german ? u"wie es Art. 12 Abs. 3 DSGVO für die Antwort auf einen "
                                       "Widerspruch vorsieht"_s
                                     : u"as Article 12(3) GDPR provides for answering an "
                                       "objection"_s));
        QVERIFY(!text.contains(german ? u"Art. 12 Abs. 4"_s : u"Article 12(4)"_s));
        QVERIFY(!text.contains(german ? u"Art. 21"_s : u"Article 21"_s));
        QVERIFY(text.contains(german ? u"am 12.10.2026 haben wir Ihnen geschrieben und der "
                                       "Verwendung der Inhalte"_s
                                     : u"On 12 October 2026 we wrote to you and objected"_s));
        QVERIFY(text.contains(german ? u"bis heute keine Antwort in der Sache erhalten"_s
                                     : u"received no answer on the substance to date"_s));
        // A date to answer by before the lead authority is informed: a month on.
        QVERIFY(text.contains(german ? u"Erhalten wir bis zum 14.01.2027 keine Antwort"_s
                                     : u"If we receive no answer by 14 January 2027"_s));
        QVERIFY(text.contains(german ? u"nicht mehr für das Training Ihrer KI-Modelle verwenden"_s
                                     : u"stopped using the content"_s));
        QVERIFY(text.contains(u"schriftlich oder per E-Mail an datenschutz@musterstadt.de"_s) ||
                text.contains(u"in writing or by e-mail to datenschutz@musterstadt.de"_s));
        QVERIFY(text.contains(u"Data Protection Commission"_s)); // whom it will inform
        for (const QString& word : {u"lösch"_s, u"Lösch"_s, u"delet"_s, u"erase"_s, u"Beschwerde"_s,
                                    u"complaint"_s, u"Art. 77"_s, u"Article 77"_s})
            QVERIFY2(!text.contains(word), qPrintable(word));
        // No address to confirm to: no broken sentence.
        ObjectionRequest request = newRequest();
        request.organisation.email.clear();
        const QString without =
            fullText(LetterComposer(language).followUp(request, earlierObjection(sampleRequest())));
        QVERIFY(!without.contains(u" an ."_s) && !without.contains(u"to  that"_s));
        QVERIFY(without.contains(german ? u"uns schriftlich mitzuteilen"_s
                                        : u"tell us in writing whether"_s));
    }

    // Information from an organisation, not a complaint: Art. 77 is named only
    // to say so, and nothing else calls the letter a complaint.
    void noticeIsNoComplaint_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        for (const QString& language : {u"de"_s, u"en"_s}) {
            QTest::addRow("DPC, %s", qPrintable(language)) << int(NoticeToDpc) << language;
            QTest::addRow("HmbBfDI, %s", qPrintable(language)) << int(NoticeToHmbBfDI) << language;
            QTest::addRow("own, %s", qPrintable(language)) << int(NoticeToOwn) << language;
        }
    }

    void noticeIsNoComplaint()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const bool german = language == "de"_L1;
        const Letter letter = letterOf(Kind(kind), language);
        const QString article = german ? u"Art. 77"_s : u"Article 77"_s;
        const QString complaint = german ? u"Beschwerde"_s : u"complaint"_s;
        const QString text = fullText(letter);
        QCOMPARE(text.count(article), 1);
        QCOMPARE(text.count(complaint, Qt::CaseInsensitive), 1);
        for (const QString& sentence : sentences(text)) {
            if (!sentence.contains(article) && !sentence.contains(complaint, Qt::CaseInsensitive))
                continue;
            QVERIFY2(sentence.contains(article) && sentence.contains(complaint),
                     qPrintable(sentence));
            QVERIFY2(sentence.contains(german ? u"keine Beschwerde"_s : u"not a complaint"_s),
                     qPrintable(sentence));
        }
        QVERIFY(text.contains(german ? u"betroffenen Personen"_s : u"data subjects"_s));
        QVERIFY(text.contains(german ? u"haben wir Meta Platforms Ireland Limited geschrieben"_s
                                     : u"we wrote to Meta Platforms Ireland Limited"_s));
        QVERIFY(!text.contains(german ? u"Art. 21"_s : u"Article 21"_s));
        QVERIFY(text.contains(german ? u"bis heute keine Antwort in der Sache erhalten"_s
                                     : u"received no answer on the substance to date"_s));
        const bool dpc = Kind(kind) == NoticeToDpc;
        QCOMPARE(text.contains(german ? u"federführende Aufsichtsbehörde"_s
                                      : u"lead supervisory authority"_s),
                 dpc);
        QCOMPARE(text.contains(german ? u"in Deutschland"_s : u"in Germany"_s),
                 Kind(kind) == NoticeToHmbBfDI);
        QCOMPARE(text.contains(german ? u"für uns zuständige Aufsichtsbehörde"_s
                                      : u"supervisory authority responsible for us"_s),
                 Kind(kind) == NoticeToOwn);
        QVERIFY(!text.contains(u"lösch"_s) && !text.contains(u"delet"_s));
    }

    void noticeNamesTheFollowUpOnlyWhenSent_data() { addLetterRows(); }

    void noticeNamesTheFollowUpOnlyWhenSent()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const QString followUpDate = language == "de"_L1 ? u"16.11.2026"_s : u"16 November 2026"_s;
        const ObjectionRequest request = newRequest();
        const QString with =
            fullText(letterOf(Kind(kind), language, request, earlierObjection(request, true)));
        const QString without =
            fullText(letterOf(Kind(kind), language, request, earlierObjection(request, false)));
        QVERIFY(!without.contains(followUpDate));
        // The follow-up itself never names its own date in the text.
        QCOMPARE(with.contains(followUpDate), Kind(kind) != FollowUp);
    }

    // The record entry is the authority's reference: as "Unser Zeichen" when
    // the request has none, else on a line of its own below it.
    void noticeGivesTheRecordAsReference_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("de") << u"de"_s << QStringList{u"Unser Zeichen"_s, u"Vorgangs-Nr."_s};
        QTest::newRow("en") << u"en"_s << QStringList{u"Our reference"_s, u"Case no."_s};
    }

    void noticeGivesTheRecordAsReference()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        ObjectionRequest request = newRequest();
        const EarlierObjection earlier = earlierObjection(request);
        Letter letter =
            LetterComposer(language).authorityNotice(request, earlier, Authority::IrishDpc);
        // The short case number (8 characters), not the whole id.
        QCOMPARE(letter.information.constFirst().label, labels.at(1));
        QCOMPARE(letter.information.constFirst().value, u"W2026000"_s);
        QVERIFY(
            std::none_of(letter.information.cbegin(), letter.information.cend(),
                         [&](const LetterField& field) { return field.label == labels.at(0); }));

        request.options.reference = u"DS-7/2026"_s;
        letter = LetterComposer(language).authorityNotice(request, earlier, Authority::HmbBfDI);
        QCOMPARE(letter.information.at(0).label, labels.at(0));
        QCOMPARE(letter.information.at(0).value, u"DS-7/2026"_s);
        QCOMPARE(letter.information.at(1).label, labels.at(1));
        QCOMPARE(letter.information.at(1).value, u"W2026000"_s);
        // The follow-up to Meta keeps the request's own reference only.
        const Letter followUp = LetterComposer(language).followUp(request, earlier);
        QVERIFY(!fullText(followUp).contains(u"W2026000"_s));
        // A UUID becomes its first eight letters and digits.
        QCOMPARE(caseNumber(u"{3f2a9c1e-7b4d-4e8a-9c21-0d5e6f7a8b9c}"_s), u"3F2A9C1E"_s);
    }

    void bothLanguagesHaveTheSameStructure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("follow-up") << int(FollowUp);
        QTest::newRow("DPC") << int(NoticeToDpc);
        QTest::newRow("HmbBfDI") << int(NoticeToHmbBfDI);
        QTest::newRow("own authority") << int(NoticeToOwn);
    }

    void bothLanguagesHaveTheSameStructure()
    {
        QFETCH(int, kind);
        for (int accounts : {1, 3}) {
            for (bool followedUp : {false, true}) {
                const ObjectionRequest request = newRequest(manyAccountsRequest(accounts));
                const EarlierObjection earlier = earlierObjection(request, followedUp);
                const Letter german = letterOf(Kind(kind), u"de"_s, request, earlier);
                const Letter english = letterOf(Kind(kind), u"en"_s, request, earlier);
                QCOMPARE(english.paragraphs.size(), german.paragraphs.size());
                for (qsizetype i = 0; i < german.paragraphs.size(); ++i) {
                    QCOMPARE(english.paragraphs.at(i).items.size(),
                             german.paragraphs.at(i).items.size());
                }
                QCOMPARE(english.information.size(), german.information.size());
                QCOMPARE(english.enclosures.size(), german.enclosures.size());
                for (const Letter& letter : {german, english}) {
                    const QString text = PlainTextLetterWriter::fullText(letter);
                    QVERIFY2(!text.contains(u'{'), qPrintable(text));
                    QVERIFY(!text.contains(u"  "_s));
                }
            }
        }
        // One account: singular wording.
        const ObjectionRequest one = newRequest(manyAccountsRequest(1));
        const QString text = fullText(letterOf(Kind(kind), u"de"_s, one, earlierObjection(one)));
        QVERIFY(text.contains(u"folgendes Konto"_s));
        QVERIFY(!text.contains(u"Konten"_s));
    }

    // Each letter its own file name: a notice to both authorities on one day
    // must not overwrite the other.
    void fileNamesAreDistinct()
    {
        for (const QString& language : {u"de"_s, u"en"_s}) {
            QStringList stems{LetterComposer(language).compose(sampleRequest()).fileNameStem};
            for (Kind kind : {FollowUp, NoticeToDpc, NoticeToHmbBfDI, NoticeToOwn})
                stems << letterOf(kind, language).fileNameStem;
            stems.removeDuplicates();
            QCOMPARE(stems.size(), 5);
            for (const QString& stem : std::as_const(stems)) {
                QCOMPARE(suggestedLetterFileName(stem, QString(), QDate(2026, 12, 14), {}),
                         stem + u"-2026-12-14"_s);
            }
        }
        QCOMPARE(letterOf(FollowUp, u"de"_s).fileNameStem, u"Nachfassen-Widerspruch-KI-Training"_s);
        QCOMPARE(letterOf(FollowUp, u"en"_s).fileNameStem, u"Follow-up-Objection-AI-Training"_s);
    }

    // On the page: the recipient in the window, the enclosure below the signature.
    void pdfShowsRecipientInTheWindow_data() { addLetterRows(); }

    void pdfShowsRecipientInTheWindow()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const Letter letter = letterOf(Kind(kind), language);
        const QString pdf = writePdf(letter, u"%1-%2.pdf"_s.arg(letter.fileNameStem, language));
        QVERIFY(!pdf.isEmpty());
        const QList<Word> words = PopplerTools::words(pdf);
        const QRectF recipientZone(Din::addressFieldLeft, Din::recipientZoneTop,
                                   Din::addressFieldWidth,
                                   Din::addressFieldHeight - Din::returnZoneHeight);
        QStringList expected;
        for (const QString& line : letter.recipientLines)
            expected << line.split(u' ');
        QStringList found;
        for (const Word& word : words) {
            if (word.page == 1 && word.mm.top() < Din::firstPageBodyTop &&
                word.mm.left() < Din::infoBlockLeft && expected.contains(word.text) &&
                recipientZone.contains(word.mm))
                found << word.text;
        }
        for (const QString& word : std::as_const(expected))
            QVERIFY2(found.contains(word), qPrintable(word));
        const LetterPainter::Overflow overflow = LetterPainter::overflow(letter);
        QVERIFY(!overflow.returnAddress && !overflow.letterhead && overflow.information.isEmpty());
        // The enclosure line comes last, below the typed name.
        const QString text = PopplerTools::compact(PopplerTools::rawText(pdf));
        const qsizetype signature =
            text.lastIndexOf(PopplerTools::compact(letter.signatureLines.constLast()));
        const qsizetype enclosure =
            text.lastIndexOf(PopplerTools::compact(letter.enclosures.constFirst()));
        QVERIFY(signature > 0);
        QVERIFY(enclosure > signature);
    }

    // 40 accounts: the letter runs over pages, nothing is cut or lost.
    // What was answered, exactly (DOMAIN.md): confirmed accounts as confirmed,
    // with date and Meta's reference; "no answer" only for the others.
    void confirmedAccountsAreNamedAsConfirmed_data() { addLetterRows(); }

    void confirmedAccountsAreNamedAsConfirmed()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const bool german = language == "de"_L1;
        const ObjectionRequest request = newRequest(manyAccountsRequest(3));
        EarlierObjection earlier = earlierObjection(request);
        const Account& confirmed = request.accounts.at(1);
        earlier.confirmations.insert(ObjectionRecord::accountKey(confirmed),
                                     MetaConfirmation{QDate(2026, 11, 3), u"CASE-88213"_s, {}});
        const Letter letter = letterOf(Kind(kind), language, request, earlier);
        const QString noAnswer = german ? u"keine Antwort"_s : u"no answer"_s;
        const QString confirmedName = confirmed.name + u", "_s + confirmed.address;
        bool listedConfirmed = false;
        for (const LetterParagraph& paragraph : letter.paragraphs) {
            for (const QString& item : paragraph.items) {
                if (!item.contains(confirmedName))
                    continue;
                // Never under a "no answer" heading, always with date and reference.
                QVERIFY2(!paragraph.text.contains(noAnswer), qPrintable(paragraph.text));
                QVERIFY(item.contains(german ? u"bestätigt am 03.11.2026"_s
                                             : u"confirmed on 3 November 2026"_s));
                QVERIFY(item.contains(u"CASE-88213"_s));
                listedConfirmed = true;
            }
        }
        QVERIFY(listedConfirmed);
        const QString text = fullText(letter);
        for (const Account& account : request.accounts)
            QCOMPARE(text.count(account.name + u", "_s + account.address), 1);
        // The renewed request names only the unanswered accounts' content.
        if (Kind(kind) == FollowUp)
            QVERIFY(text.contains(german ? u"über unsere Facebook-Seiten veröffentlicht"_s
                                         : u"through our Facebook Pages"_s) ||
                    text.contains(german ? u"über unsere Konten veröffentlicht"_s
                                         : u"through our accounts"_s));
    }

    // A follow-up to an online form names the form, the login and Meta's reference.
    void followUpToAFormNamesIt_data() { addLetterRows(); }

    void followUpToAFormNamesIt()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const ObjectionRequest request = newRequest();
        EarlierObjection earlier = earlierObjection(request);
        earlier.route = Route::OnlineForm;
        earlier.accounts = {request.accounts.constFirst()};
        earlier.login = u"a.schmidt@example.org"_s;
        earlier.formReference = u"FB-2026-551203"_s;
        const QString text = fullText(letterOf(Kind(kind), language, request, earlier));
        QVERIFY(text.contains(MetaFacts::instance().facebookObjectionForm.toString()));
        QVERIFY(text.contains(u"a.schmidt@example.org"_s));
        QVERIFY(text.contains(u"FB-2026-551203"_s));
        QVERIFY(!text.contains(u'{'));
        // An Instagram account's form: no "Page" where there is none.
        earlier.accounts = {Account{Platform::Instagram, u"Verein"_s, u"@verein"_s}};
        const QString instagram = fullText(letterOf(Kind(kind), language, request, earlier));
        QVERIFY2(!instagram.contains(u"unsere Seite"_s) && !instagram.contains(u"our Page"_s),
                 qPrintable(instagram));
    }

    // Named persons: in the follow-up and the notices with Art. 21, and only
    // there the duties of Art. 12(3), (4) and 21(1) s. 2.
    void namedPersonsInFollowUps_data() { addLetterRows(); }

    void namedPersonsInFollowUps()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const bool german = language == "de"_L1;
        const ObjectionRequest request = newRequest();
        EarlierObjection earlier = earlierObjection(request);
        earlier.persons = {
            {u"Anna Schmidt"_s, u"Beschäftigte"_s, QDate(2026, 10, 1), {}, false, {}}};
        const QString text = fullText(letterOf(Kind(kind), language, request, earlier));
        QVERIFY(text.contains(u"Anna Schmidt"_s));
        QVERIFY(text.contains(german ? u"Art. 21 Abs. 1 DSGVO"_s : u"Article 21(1) GDPR"_s));
        if (Kind(kind) == FollowUp) {
            QVERIFY(text.contains(german ? u"zwei weitere Monate"_s : u"two further months"_s));
            QVERIFY(
                text.contains(german ? u"(Art. 12 Abs. 4 DSGVO)"_s : u"(Article 12(4) GDPR)"_s));
            QVERIFY(text.contains(german ? u"(Art. 21 Abs. 1 Satz 2 DSGVO)"_s
                                         : u"(Article 21(1), second sentence, GDPR)"_s));
        }
    }

    // The organisation's own supervisory authority, at the address it chose.
    void noticeToTheOwnAuthority()
    {
        const ObjectionRequest request = newRequest();
        const PostalAddress own{{u"Landesbeauftragte für Datenschutz und Informationsfreiheit "
                                 "Nordrhein-Westfalen"_s,
                                 u"Postfach 20 04 44"_s, u"40102 Düsseldorf"_s},
                                {},
                                {}};
        const Letter letter = LetterComposer(u"de"_s).authorityNotice(
            request, earlierObjection(request), Authority::Own, own);
        QCOMPARE(letter.recipientLines, own.lines);
        const QString text = fullText(letter);
        QVERIFY(text.contains(u"als die für uns zuständige Aufsichtsbehörde"_s));
        QVERIFY(!text.contains(u"federführende"_s));
        QCOMPARE(letter.fileNameStem, u"Information-eigene-Aufsichtsbehoerde"_s);
    }

    void fortyAccounts_data() { addLetterRows(); }

    void fortyAccounts()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        ObjectionRequest request = newRequest();
        for (int i = 1; i <= 40; ++i) {
            request.accounts << Account{Platform::Facebook, u"Ortsteil %1"_s.arg(i),
                                        u"https://www.facebook.com/ortsteil%1"_s.arg(i)};
        }
        const Letter letter = letterOf(Kind(kind), language, request, earlierObjection(request));
        const LetterPainter::Overflow overflow = LetterPainter::overflow(letter);
        QVERIFY(!overflow.returnAddress);
        QVERIFY(!overflow.letterhead);
        QVERIFY(overflow.information.isEmpty());

        const QString plain = PlainTextLetterWriter::fullText(letter);
        const QString pdf = writePdf(letter, u"%1-%2-40.pdf"_s.arg(letter.fileNameStem, language));
        QVERIFY(!pdf.isEmpty());
        const int pages = PopplerTools::infoField(pdf, u"Pages"_s).toInt();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = PopplerTools::rawText(pdf);
        for (const Account& account : std::as_const(request.accounts)) {
            const QString line = account.name + u", "_s + account.address;
            QCOMPARE(plain.count(line + u'\n'), 1);
            QCOMPARE(text.count(line + u' '), 1);
        }
        // Everything the letter says is in the plain text and on the pages.
        const QString squeezed = PopplerTools::compact(text);
        QStringList pieces{letter.subject, letter.salutation, letter.closing,
                           letter.closingOrganisation, letter.enclosureHeading};
        for (const LetterParagraph& paragraph : letter.paragraphs)
            pieces << paragraph.text;
        pieces << letter.recipientLines << letter.signatureLines << letter.enclosures;
        for (const QString& piece : std::as_const(pieces)) {
            QVERIFY2(plain.contains(piece), qPrintable(piece));
            QVERIFY2(squeezed.contains(PopplerTools::compact(piece)), qPrintable(piece));
        }
        const QList<Word> words = PopplerTools::words(pdf);
        for (const Word& word : words) {
            QVERIFY2(word.mm.bottom() <= Din::pageNumberTop + 6, qPrintable(word.text));
            if (word.page > 1)
                QVERIFY(word.mm.top() >= Din::nextPageBodyTop - 1);
        }
    }
};

QTEST_MAIN(FollowUpLetterTest) // the PDF writer lays out with the letter font
#include "FollowUpLetterTest.moc"
