#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "../DarkPalette.h"
#include "../SampleRecords.h"
#include "AppStyle.h"
#include "AppTranslations.h"
#include "DialogSeams.h"
#include "LetterComposer.h"
#include "ObjectionWizard.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "RecordStore.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/RecordDialog.h"

// Shows every page of the real wizard, filled with the sample organisation, and
// saves a picture of each plus the sample letter as PDF, in German or English.
// scripts/screenshots.sh runs it under Xvfb for the README; QT_SCALE_FACTOR=2
// gives the 200% view.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    // Without an organisation name QSettings reports every write as failed
    // (AccessError), and the wizard would say the entries cannot be kept.
    QCoreApplication::setOrganizationName(QStringLiteral("KI-Widerspruch"));
    QCoreApplication::setApplicationName(QStringLiteral("ki-widerspruch"));
    QSettings().clear(); // as on a first start: nothing remembered
    const QStringList args = app.arguments();
    if (args.size() < 3 || !AppTranslations::isSupported(args.at(2))) {
        qWarning("usage: ScreenshotTour <output folder> de|en [dark]");
        return 2;
    }
    if (args.value(3) == QStringLiteral("dark")) {
        // A dark desktop theme: nothing may be drawn in fixed light colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
    AppStyle::install(); // as the app does
    const QString language = args.at(2);
    AppTranslations::install(&app, language);
    const QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;

    // A message box would wait for a click that never comes; what would have
    // been said is printed instead.
    MessageBox::recordInsteadOfShowing();
    ObjectionWizard wizard;
    wizard.request() = sampleRequest();
    wizard.request().options.letterLanguage = language;
    wizard.resize(wizard.initialSize()); // as the app opens it
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    for (int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QTest::qWait(200); // let the page view render its pages
        const QString name = QStringLiteral("page-%1.png").arg(id + 1);
        if (!wizard.grab().save(out.filePath(name)))
            return 1;
    }

    // The preview warning of characters no installed font has (plane 15
    // private use: no Debian font has it).
    wizard.request().organisation.name = QStringLiteral("Verein \U000F0001");
    wizard.setStartId(ObjectionWizard::PreviewPageId);
    wizard.restart();
    QTest::qWait(200);
    if (!wizard.grab().save(out.filePath(QStringLiteral("font-warning.png"))))
        return 1;
    wizard.request() = sampleRequest();
    wizard.request().options.letterLanguage = language;

    // The dialogs of the record of objections, with one sample entry.
    QFile::remove(RecordStore::defaultPath());
    RecordStore records;
    ObjectionRecord record = sampleRecord();
    record.sentText =
        PlainTextLetterWriter::fullText(LetterComposer(language).compose(wizard.request()));
    records.add(record);
    RecordDialog recordDialog(wizard.request(), &wizard);
    recordDialog.show();
    QTest::qWait(100);
    if (!recordDialog.grab().save(out.filePath(QStringLiteral("record-dialog.png"))))
        return 1;
    recordDialog.hide();
    HistoryDialog history(records, &wizard);
    history.select(record.id);
    history.show();
    QTest::qWait(100);
    if (!history.grab().save(out.filePath(QStringLiteral("history.png"))))
        return 1;
    history.hide();

    AboutDialog about(&wizard);
    about.show();
    QTest::qWait(100);
    if (!about.grab().save(out.filePath(QStringLiteral("about.png"))))
        return 1;
    about.hide();

    if (!MessageBox::lastMessage().isEmpty())
        qWarning("said during the tour: %s", qPrintable(MessageBox::lastMessage()));
    QFile pdf(out.filePath(QStringLiteral("letter.pdf")));
    if (!pdf.open(QIODevice::WriteOnly))
        return 1;
    const Letter letter = LetterComposer(language).compose(wizard.request());
    return PdfLetterWriter::write(letter, &pdf) ? 0 : 1;
}
