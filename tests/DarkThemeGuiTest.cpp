#include <QApplication>
#include <QHashFunctions>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "AppTranslations.h"
#include "DarkPalette.h"
#include "DocumentSet.h"
#include "ExportDriver.h"
#include "ObjectionWizard.h"
#include "ProfileFile.h"
#include "ProgramRunner.h"
#include "TestFiles.h"
#include "Today.h"
#include "WizardDriver.h"
#include "pages/LetterPageView.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

Q_DECLARE_METATYPE(ObjectionRequest)

namespace {
// The share of pixels in `area` (fractions of the image) for which `test` holds.
double share(const QImage& image, const QRectF& area, const std::function<bool(QRgb)>& test)
{
    const QRect pixels(int(area.x() * image.width()), int(area.y() * image.height()),
                       int(area.width() * image.width()), int(area.height() * image.height()));
    qint64 count = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            count += test(image.pixel(x, y)) ? 1 : 0;
    }
    return double(count) / (qint64(pixels.width()) * pixels.height());
}
} // namespace

// Issue 24 in the wizard: under a dark or high-contrast desktop palette the
// preview shows white paper with dark text (the window around it follows the
// theme), and the PDF the wizard saves is the command line's PDF, byte for
// byte, when both have the same date and moment (the wizard's clock, Today,
// set to the day; the command line's --date).
class DarkThemeGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QPalette m_light;

    // Owned by the caller, so that a failed check does not leak it.
    static std::unique_ptr<ObjectionWizard> openPreview(const ObjectionRequest& request)
    {
        auto wizard = std::make_unique<ObjectionWizard>();
        wizard->setRequest(request);
        wizard->setStartId(ObjectionWizard::LetterOptionsPageId);
        wizard->show();
        if (!QTest::qWaitForWindowActive(wizard.get()))
            return wizard;
        next(*wizard);
        // The caller compares the page: a QTRY macro cannot return the wizard.
        (void)QTest::qWaitFor(
            [&wizard] { return wizard->currentId() == ObjectionWizard::PreviewPageId; }, 10000);
        return wizard;
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        // As the program does (app/main.cpp): the PDF's fonts in a fixed order.
        QHashSeed::setDeterministicGlobalSeed();
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
        Today::setForTests(DocumentSet::letterDate());
        m_light = QApplication::palette();
    }

    void init() { startClean(); }
    void cleanup() { QApplication::setPalette(m_light); }

    void previewIsWhitePaperWithDarkText_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("high contrast") << highContrastPalette();
    }

    void previewIsWhitePaperWithDarkText()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        const auto wizard = openPreview(DocumentSet::sampleLetter());
        QCOMPARE(wizard->currentId(), int(ObjectionWizard::PreviewPageId));
        auto* view = child<LetterPageView>(*wizard, u"letterPageView"_s);
        QVERIFY(view);
        const auto white = [](QRgb pixel) { return qGray(pixel) > 245; };
        const auto dark = [](QRgb pixel) { return qGray(pixel) < 100; };
        const auto firstPage = [view] {
            auto* label = view->findChild<QLabel*>();
            return label ? label->grab().toImage() : QImage();
        };
        // Text: the body below the information block has dark ink (once the
        // view has drawn the page at its final width).
        const QRectF body(0.12, 0.38, 0.76, 0.35);
        QTRY_VERIFY_WITH_TIMEOUT(!firstPage().isNull() && share(firstPage(), body, dark) > 0.02,
                                 10000);
        const QImage page = firstPage();
        // Paper: the left margin is white but for the marks, and so is most of
        // the page (about 0.8 at the widths a window gives it; dark paper: 0).
        QVERIFY(share(page, QRectF(0, 0, 0.08, 1), white) > 0.97); // fold and hole marks
        QVERIFY2(share(page, QRectF(0, 0, 1, 1), white) > 0.6,
                 qPrintable(QString::number(share(page, QRectF(0, 0, 1, 1), white))));
        // The window around the page follows the theme.
        const QImage around = view->viewport()->grab().toImage();
        QCOMPARE(around.pixelColor(2, 2), palette.color(QPalette::Dark));
    }

    void wizardSavesTheCommandLinesPdf_data()
    {
        QTest::addColumn<ObjectionRequest>("request");
        QTest::newRow("one page") << DocumentSet::sampleLetter();
        QTest::newRow("two pages") << DocumentSet::twoPageLetter();
    }

    void wizardSavesTheCommandLinesPdf()
    {
        QFETCH(ObjectionRequest, request);
        QApplication::setPalette(darkPalette());
        const auto wizard = openPreview(request);
        QCOMPARE(wizard->currentId(), int(ObjectionWizard::PreviewPageId));
        const QString saved = m_dir.filePath(u"wizard.pdf"_s);
        QVERIFY(ExportDriver::savePdf(*wizard, saved));

        const QString profile = m_dir.filePath(u"profile.kiw.json"_s);
        QCOMPARE(ProfileFile::write(profile, request), QString());
        const QString cli = m_dir.filePath(u"cli.pdf"_s);
        QFile::remove(cli);
        const ProgramRunner::Result result =
            ProgramRunner::run({u"--profile"_s, profile, u"--pdf"_s, cli, u"--date"_s,
                                DocumentSet::letterDate().toString(Qt::ISODate)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(TestFiles::readAll(saved) == TestFiles::readAll(cli),
                 "the wizard's PDF differs from the command line's");
    }
};

QTEST_MAIN(DarkThemeGuiTest)
#include "DarkThemeGuiTest.moc"
