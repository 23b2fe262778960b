#include <QTemporaryDir>
#include <QTest>

#include "AppTranslations.h"
#include "ExportDriver.h"
#include "LetterComposer.h"
#include "ObjectionWizard.h"
#include "PlainTextLetterWriter.h"
#include "PopplerTools.h"
#include "SampleRequests.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

Q_DECLARE_METATYPE(ObjectionRequest)

// Letters of one, two and twelve pages through the real wizard: from the
// letter options with "Next" to the preview (where a two-page letter once
// crashed the program), then out through every export. The pages the preview
// shows are the pages every PDF has.
class LongLetterGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
    }

    void init() { startClean(); }

    void everyExportHasThePreviewsPages_data()
    {
        QTest::addColumn<ObjectionRequest>("request");
        QTest::addColumn<int>("pages");
        QTest::newRow("1 page") << shortRequest() << 1;
        QTest::newRow("2 pages") << associationRequest() << 2;
        QTest::newRow("12 pages") << manyAccountsRequest(395) << 12;
    }

    void everyExportHasThePreviewsPages()
    {
        QFETCH(ObjectionRequest, request);
        QFETCH(int, pages);
        ObjectionWizard wizard;
        wizard.setRequest(request);
        wizard.setStartId(ObjectionWizard::LetterOptionsPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        QCOMPARE(wizard.request(), request);
        QCOMPARE(ExportDriver::previewPageCount(wizard), pages);

        const Letter letter = LetterComposer(request.options.letterLanguage).compose(request);
        const QString shown = ExportDriver::previewText(wizard);
        for (const Account& account : request.accounts) {
            QVERIFY2(shown.contains(account.name) && shown.contains(account.address),
                     qPrintable(account.address));
        }
        for (const QString& line : request.options.ownGrounds.split(u'\n'))
            QVERIFY(shown.contains(line));

        QCOMPARE(ExportDriver::printPreviewPageCount(this, wizard), pages);

        const QString saved = m_dir.filePath(u"brief.pdf"_s);
        QVERIFY(ExportDriver::savePdf(wizard, saved));
        QCOMPARE(ExportDriver::pdfPageCount(saved), pages);
        const QString savedText = PopplerTools::compact(PopplerTools::rawText(saved));
        for (const Account& account : request.accounts)
            QVERIFY2(savedText.contains(PopplerTools::compact(account.address)),
                     qPrintable(account.address));

        const QString printed = m_dir.filePath(u"gedruckt.pdf"_s);
        QVERIFY(ExportDriver::printToPdfFile(this, wizard, printed));
        QCOMPARE(ExportDriver::pdfPageCount(printed), pages);

        QCOMPARE(ExportDriver::copyText(wizard), PlainTextLetterWriter::formText(letter));

        const QString documentation = m_dir.filePath(u"nachweis.pdf"_s);
        QVERIFY(ExportDriver::recordAndSaveDocumentation(this, wizard, documentation));
        const QString documented = PopplerTools::compact(PopplerTools::rawText(documentation));
        for (const Account& account : request.accounts)
            QVERIFY2(documented.contains(PopplerTools::compact(account.name)),
                     qPrintable(account.name));
        QCOMPARE(wizard.request(), request); // nothing typed was lost on the way
    }
};

QTEST_MAIN(LongLetterGuiTest)
#include "LongLetterGuiTest.moc"
