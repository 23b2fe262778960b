#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "AppTranslations.h"
#include "ExportDriver.h"
#include "InputValidation.h"
#include "LetterComposer.h"
#include "ObjectionWizard.h"
#include "PlainTextLetterWriter.h"
#include "PopplerTools.h"
#include "ProfileFile.h"
#include "RandomRequests.h"
#include "WizardDriver.h"
#include "WizardWalker.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {
// What the wizard holds once the request was typed in: the account editor
// tidies names and addresses, the grounds are kept in their fixed order.
ObjectionRequest asStored(ObjectionRequest request)
{
    for (Account& account : request.accounts) {
        account.name = account.name.simplified();
        account.address =
            InputValidation::checkAccountAddress(account.platform, account.address).normalised;
    }
    std::sort(request.options.grounds.begin(), request.options.grounds.end());
    return request;
}

// The letter's body as the PDF has it (content order, from the subject on,
// without page numbers), and as the form text has it (without the list marks
// and the e-mail line, which the PDF has in its information block). Both
// without whitespace: the PDF breaks lines where the form text does not.
QString pdfBody(const QString& pdf, const Letter& letter, int pages)
{
    QString text = PopplerTools::compact(PopplerTools::rawText(pdf));
    for (int page = 1; page <= pages && pages > 1; ++page) {
        QString number = letter.pageNumberPattern;
        number.replace(u"{page}"_s, QString::number(page))
            .replace(u"{pages}"_s, QString::number(pages));
        text.remove(PopplerTools::compact(number));
    }
    // What only the letter says (why it is a letter), not the form's text.
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        if (paragraph.letterOnly)
            text.remove(PopplerTools::compact(paragraph.text));
    }
    return text.mid(text.indexOf(PopplerTools::compact(letter.subject)));
}

QString formBody(const QString& formText, const Letter& letter)
{
    QString text = PopplerTools::compact(formText);
    // What only the form says (sent from a manager's profile), not the letter.
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        if (paragraph.formOnly)
            text.remove(PopplerTools::compact(paragraph.text));
    }
    qsizetype at = 0;
    for (const LetterParagraph& paragraph : letter.paragraphs) {
        for (const QString& item : paragraph.items) {
            at = text.indexOf(PopplerTools::compact(u"- "_s + item), at);
            if (at < 0)
                return {};
            text.remove(at, 1);
        }
    }
    const QString email =
        PopplerTools::compact(letter.contactLines.value(letter.contactLines.size() - 1));
    if (letter.contactLines.size() > letter.signatureLines.size() && text.endsWith(email))
        text.chop(email.size());
    return text;
}

// The lines of the two requests' profile files that differ.
QString requestDifference(const ObjectionRequest& actual, const ObjectionRequest& expected)
{
    const QList<QByteArray> a = ProfileFile::toJson(actual).split('\n');
    const QList<QByteArray> b = ProfileFile::toJson(expected).split('\n');
    QString result;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            result += u"\n  wizard:   "_s + QString::fromUtf8(a.value(i).trimmed()) +
                      u"\n  expected: "_s + QString::fromUtf8(b.value(i).trimmed());
        }
    }
    return result;
}

QString firstDifference(const QString& a, const QString& b)
{
    qsizetype at = 0;
    while (at < a.size() && at < b.size() && a.at(at) == b.at(at))
        ++at;
    return u"at %1:\n  %2\n  %3"_s.arg(at).arg(a.mid(std::max<qsizetype>(0, at - 40), 100),
                                               b.mid(std::max<qsizetype>(0, at - 40), 100));
}
} // namespace

// Randomized walks through the real wizard with realistic requests, from the
// first page to the last and out through the exports. Each walk has its own
// seed; a failing walk prints it, and KIW_WALK_SEED=<seed> KIW_WALKS=1 runs
// exactly that walk again. KIW_WALKS sets how many walks (default 150),
// KIW_WALK_SEED the first seed (default: new every run, printed).
class WizardWalkTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private:
    // The preset country follows the language of the interface as long as it
    // is the preset one ("Deutschland" / "Germany").
    static void switchLanguage(WizardWalker& walker, ObjectionRequest& expected)
    {
        const auto preset = [] {
            return AppTranslations::current() == "de"_L1 ? u"Deutschland"_s : u"Germany"_s;
        };
        const bool followsLanguage = expected.organisation.country == preset();
        walker.switchLanguage();
        if (followsLanguage)
            expected.organisation.country = preset();
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
    }

    void walk_data()
    {
        QTest::addColumn<quint32>("seed");
        bool ok = false;
        quint32 first = qEnvironmentVariable("KIW_WALK_SEED").toUInt(&ok);
        if (!ok)
            first = quint32(QDateTime::currentMSecsSinceEpoch() % 1000000000);
        const int walks = qEnvironmentVariableIntValue("KIW_WALKS", &ok);
        const int count = ok ? walks : 150;
        qInfo("%d walks from seed %u (replay one: KIW_WALK_SEED=<seed> KIW_WALKS=1)", count, first);
        for (int i = 0; i < count; ++i)
            QTest::addRow("seed %u", first + quint32(i)) << first + quint32(i);
    }

    void walk()
    {
        QFETCH(quint32, seed);
        startClean();
        RandomRequests random(seed);
        const ObjectionRequest stored = asStored(random.next());
        ObjectionRequest expected = stored; // follows the language switches below
        const QString profile = m_dir.filePath(u"walk.kiw.json"_s);
        QVERIFY(ProfileFile::write(profile, stored).isEmpty());
        QVERIFY(AppTranslations::install(qApp, random.chance(50) ? u"de"_s : u"en"_s));

        QStringList log;
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardWalker walker(wizard, random, log);
        // Where something unusual happens on the way: the language switched,
        // a profile opened, a page left and come back to.
        const int switchAt =
            random.chance(25) ? ObjectionWizard::HowPageId + random.bounded(6) : -1;
        const int profileAt =
            random.chance(15) ? ObjectionWizard::OrganisationPageId + random.bounded(3) : -1;
        for (int page = ObjectionWizard::WhyPageId; page < ObjectionWizard::PreviewPageId; ++page) {
            QCOMPARE(wizard.currentId(), page);
            if (page == switchAt) {
                // Before the organisation page the typing comes after it.
                if (page > ObjectionWizard::OrganisationPageId)
                    switchLanguage(walker, expected);
                else
                    walker.switchLanguage();
            }
            if (page == profileAt) {
                walker.openProfile(profile);
                expected = stored;
            }
            if (page == ObjectionWizard::OrganisationPageId)
                walker.fillOrganisation(expected.organisation);
            else if (page == ObjectionWizard::AccountsPageId)
                walker.fillAccounts(expected.accounts);
            else if (page == ObjectionWizard::LetterOptionsPageId) {
                walker.fillOptions(expected.options);
                walker.fillPersons(expected.persons);
            }
            if (page > ObjectionWizard::OrganisationPageId && random.chance(20)) {
                log << u"back from page %1"_s.arg(page);
                const ObjectionRequest before = wizard.request();
                QVERIFY(walker.press(QWizard::BackButton, page - 1));
                QCOMPARE(wizard.request(), before);
                QVERIFY(walker.press(QWizard::NextButton, page));
                QCOMPARE(wizard.request(), before);
            }
            QVERIFY2(walker.press(QWizard::NextButton, page + 1), qPrintable(log.join(u", "_s)));
        }
        if (random.chance(10)) {
            switchLanguage(walker, expected);
            log << u"language switched on the preview"_s;
        }
        const QString steps = u"seed %1: "_s.arg(seed) + log.join(u", "_s);
        QVERIFY2(wizard.request() == expected,
                 qPrintable(steps + requestDifference(wizard.request(), expected)));

        // The letter, and everything it says, leaves the preview unchanged.
        const Letter letter = LetterComposer(expected.options.letterLanguage).compose(expected);
        const QString pdf = m_dir.filePath(u"walk.pdf"_s);
        QVERIFY2(ExportDriver::savePdf(wizard, pdf), qPrintable(steps));
        const int pages = ExportDriver::pdfPageCount(pdf);
        QCOMPARE(ExportDriver::previewPageCount(wizard), pages);
        const QString formText = ExportDriver::copyText(wizard);
        QCOMPARE(formText, PlainTextLetterWriter::formText(letter));
        const QString pdfText = PopplerTools::compact(PopplerTools::rawText(pdf));
        const QString form = PopplerTools::compact(formText);
        QStringList typed;
        for (const Account& account : expected.accounts)
            typed << account.name << account.address;
        typed << expected.options.ownGrounds.split(u'\n', Qt::SkipEmptyParts);
        for (const QString& text : std::as_const(typed)) {
            QVERIFY2(pdfText.contains(PopplerTools::compact(text)), qPrintable(text));
            QVERIFY2(form.contains(PopplerTools::compact(text)), qPrintable(text));
        }
        const QString inPdf = pdfBody(pdf, letter, pages);
        const QString inForm = formBody(formText, letter);
        QVERIFY2(inPdf == inForm, qPrintable(firstDifference(inPdf, inForm)));

        // The other ways out, on some of the walks (each is slow-ish).
        if (random.chance(25))
            QCOMPARE(ExportDriver::printPreviewPageCount(this, wizard), pages);
        if (random.chance(15)) {
            const QString printed = m_dir.filePath(u"printed.pdf"_s);
            QVERIFY(ExportDriver::printToPdfFile(this, wizard, printed));
            QCOMPARE(ExportDriver::pdfPageCount(printed), pages);
        }
        if (random.chance(15)) {
            const QString sheet = m_dir.filePath(u"sheet.pdf"_s);
            QVERIFY(ExportDriver::recordAndSaveDocumentation(this, wizard, sheet));
            const QString documented = PopplerTools::compact(PopplerTools::rawText(sheet));
            for (const Account& account : expected.accounts)
                QVERIFY2(documented.contains(PopplerTools::compact(account.address)),
                         qPrintable(account.address));
        }

        QVERIFY(walker.press(QWizard::NextButton, ObjectionWizard::DonePageId));
        WizardDriver::press(wizard.button(QWizard::FinishButton));
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.request(), expected);
    }
};

QTEST_MAIN(WizardWalkTest)
#include "WizardWalkTest.moc"
