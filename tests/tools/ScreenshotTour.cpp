#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../DarkPalette.h"
#include "../SampleRecords.h"
#include "AppStyle.h"
#include "AppTranslations.h"
#include "AttachmentStore.h"
#include "DialogSeams.h"
#include "LetterComposer.h"
#include "ObjectionWizard.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "RecordStore.h"
#include "Today.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/FollowUpPreviewDialog.h"
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
    QSettings().clear(); // as on a first start: nothing remembered, nothing recorded
    QFile::remove(RecordStore::defaultPath());
    QDir(AttachmentStore::defaultFolder()).removeRecursively();
    const QStringList args = app.arguments();
    if (args.size() < 3 || !AppTranslations::isSupported(args.at(2))) {
        qWarning("usage: ScreenshotTour <output folder> de|en [dark|contrast]");
        return 2;
    }
    if (args.value(3) == QStringLiteral("dark")) {
        // A dark desktop theme: nothing may be drawn in fixed light colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (args.value(3) == QStringLiteral("contrast")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(highContrastPalette());
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
    // One person who signed a power of attorney: the table is not empty, and
    // the letter shows how a named person objects (Art. 21 for her alone).
    AuthorisingPerson person;
    person.name = QStringLiteral("Anna Schmidt");
    person.role = QStringLiteral("Pressesprecherin");
    person.signedOn = QDate(2026, 11, 2);
    person.appearsIn = QStringLiteral("Fotos vom Stadtfest");
    wizard.request().persons << person;
    wizard.resize(wizard.initialSize()); // as the app opens it
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    for (int id : wizard.pageIds()) {
        // The overview is shot below, with a record to show (an earlier
        // tour's record file may have put it here).
        if (id == ObjectionWizard::OverviewPageId)
            continue;
        wizard.setStartId(id);
        wizard.restart();
        QTest::qWait(200); // let the page view render its pages
        const QString name = QStringLiteral("page-%1.png").arg(id + 1);
        if (!wizard.grab().save(out.filePath(name)))
            return 1;
    }

    // Page 1 with its details folded out, and the preview's steps with the
    // first two done (powers of attorney at hand, the PDF saved): the ticks
    // and the step that is next.
    const auto click = [&wizard](const char* name) {
        if (auto* button = wizard.currentPage()->findChild<QAbstractButton*>(QLatin1String(name)))
            button->click();
    };
    wizard.setStartId(ObjectionWizard::WhyPageId);
    wizard.restart();
    click("moreAboutThisButton");
    QTest::qWait(100);
    if (!wizard.grab().save(out.filePath(QStringLiteral("page-1-details.png"))))
        return 1;
    wizard.setStartId(ObjectionWizard::PreviewPageId);
    wizard.restart();
    QTest::qWait(200);
    click("personsReadyCheckBox");
    QTemporaryDir savedLetter;
    FileDialog::setNextFileName(savedLetter.filePath(QStringLiteral("letter.pdf")));
    click("savePdfButton");
    QTest::qWait(200);
    if (!wizard.grab().save(out.filePath(QStringLiteral("page-7-steps.png"))))
        return 1;

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

    // The dialogs of the record of objections: a letter for three accounts
    // two months ago, two online forms, one account confirmed with Meta's
    // e-mail attached, one account of the organisation without an objection.
    QFile::remove(RecordStore::defaultPath());
    QDir(AttachmentStore::defaultFolder()).removeRecursively();
    Today::setForTests(QDate(2027, 2, 1));
    ObjectionRequest& request = wizard.request();
    request.accounts << Account{Platform::Facebook, QStringLiteral("Stadtbücherei Musterstadt"),
                                QStringLiteral("https://www.facebook.com/stadtbuecherei.ms")}
                     << Account{Platform::Instagram, QStringLiteral("Museum Musterstadt"),
                                QStringLiteral("@museum_musterstadt")};
    RecordStore records;
    ObjectionRecord byPost = sampleRecord();
    byPost.accounts = request.accounts.mid(0, 3);
    byPost.route = Route::Letter;
    byPost.sentOn = QDate(2026, 11, 30);
    byPost.sentText = PlainTextLetterWriter::fullText(LetterComposer(language).compose(request));
    byPost.sentRequest = request; // as "Record as sent" keeps it
    records.add(byPost);
    ObjectionRecord form = byPost;
    form.id = QStringLiteral("8b0e4c1d-2f3a-4b5c-9d6e-7f8091a2b3c4");
    form.route = Route::OnlineForm;
    form.adminLogin = QStringLiteral("erika.mustermann@musterstadt.de");
    form.accounts = {request.accounts.at(0)};
    form.sentOn = QDate(2026, 12, 1);
    QTemporaryDir mailFolder;
    const QString mail = mailFolder.filePath(QStringLiteral("Bestaetigung-Meta.eml"));
    {
        QFile file(mail);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("Date: Wed, 9 Dec 2026 17:02:11 +0000\r\n"
                   "From: Facebook <noreply@facebookmail.com>\r\n"
                   "Subject: =?UTF-8?Q?Wir_haben_deinen_Widerspruch_erhalten?=\r\n"
                   "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                   "Hallo Erika,\r\nwir haben deinen Widerspruch erhalten.\r\n");
    }
    const AttachResult attached =
        AttachmentStore::add(mail, form.id, QDateTime(QDate(2026, 12, 10), QTime(9, 30)));
    if (attached.attachment)
        form.attachments << *attached.attachment;
    form.confirmations.insert(ObjectionRecord::accountKey(form.accounts.at(0)),
                              MetaConfirmation{QDate(2026, 12, 9), QStringLiteral("FB-4711"), {}});
    records.add(form);
    RecordDialog recordDialog(request, &wizard);
    recordDialog.show();
    QTest::qWait(100);
    if (!recordDialog.grab().save(out.filePath(QStringLiteral("record-dialog.png"))))
        return 1;
    recordDialog.hide();
    HistoryDialog history(records, request, &wizard);
    history.select(byPost.id);
    history.show();
    QTest::qWait(100);
    if (!history.grab().save(out.filePath(QStringLiteral("history.png"))))
        return 1;
    history.hide();

    // A user who comes back a month later: the program opens on the overview
    // (the record is read after the first paint, as in the program), and the
    // follow-up letter is made from there, seen before it is saved.
    {
        ObjectionWizard returning;
        returning.resize(wizard.size());
        returning.show();
        if (!QTest::qWaitForWindowExposed(&returning))
            return 1;
        returning.records().open();
        returning.showCase();
        QTest::qWait(100);
        if (!returning.grab().save(out.filePath(QStringLiteral("overview.png"))))
            return 1;
        FollowUpPreviewDialog preview(*records.entry(byPost.id), returning.request(), records,
                                      &returning);
        preview.show();
        QTest::qWait(300); // the page view renders its pages
        if (!preview.grab().save(out.filePath(QStringLiteral("follow-up-preview.png"))))
            return 1;
        preview.hide();
    }
    Today::setForTests(QDate());
    request = sampleRequest();
    request.options.letterLanguage = language;

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
    // Written under the tour's theme and scale: the same page in each.
    return PdfLetterWriter::write(letter, &pdf) ? 0 : 1;
}
