#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "MetaFacts.h"
#include "ObjectionWizard.h"
#include "SampleRequests.h"
#include "Today.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// The preview page's numbered steps (issue 28): shown in order, ticked off
// from what was really done, Enter presses the step that is next and never
// leaves the page while one is open; the last page says when the saved PDF
// is an old letter; a browser that does not start is said, with the address
// to copy; the first page's details are folded. Driven by keys in English
// (the source texts; the German ones come with the translation).
class PreviewStepsGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool showPreview(ObjectionWizard& wizard, const ObjectionRequest& request)
    {
        wizard.request() = request;
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        return QTest::qWaitForWindowActive(&wizard);
    }

    static QString state(ObjectionWizard& wizard, int step)
    {
        return child<QLabel>(wizard, u"sendingStepState%1"_s.arg(step))->text();
    }

    static QPushButton* pageButton(ObjectionWizard& wizard, const QString& name)
    {
        return child<QPushButton>(wizard, name);
    }

    // Enter where the user is: in the letter's text (not on a button).
    static void enterInTheLetter(ObjectionWizard& wizard)
    {
        // Active again after a dialog, as the user's window is.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        child<QTextBrowser>(wizard, u"letterTextView"_s)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Enter);
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
    }

    void init()
    {
        startClean();
        MessageBox::setNextAnswer(true);
        Today::setForTests(QDate(2026, 12, 1));
        UrlOpener::setHandler([](const QUrl&) { return true; });
    }

    void cleanup()
    {
        Today::setForTests(QDate());
        UrlOpener::setHandler({});
    }

    void stepsAreNumberedTickedAndPressedWithEnter()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, sampleRequest()));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        // No person named: no step 0.
        QVERIFY(!child<QWidget>(wizard, u"sendingStep0"_s)->isVisible());
        QCOMPARE(child<QLabel>(wizard, u"sendingStepTitle1"_s)->text(), u"1. Save as PDF"_s);
        QCOMPARE(child<QLabel>(wizard, u"sendingStepTitle2"_s)->text(),
                 u"2. Print, sign, send by post"_s);
        QCOMPARE(child<QLabel>(wizard, u"sendingStepTitle3"_s)->text(), u"3. Online forms"_s);
        // Where the letter goes, as the letter prints it.
        const QString post = child<QLabel>(wizard, u"sendingStepText2"_s)->text();
        QVERIFY2(post.contains(u"registered"_s) && post.contains(u"Merrion Road"_s),
                 qPrintable(post));
        // The form is for the Instagram account and the admin's own profile;
        // the Facebook Page goes with the letter.
        const QString forms = child<QLabel>(wizard, u"sendingStepText3"_s)->text();
        QVERIFY2(forms.contains(u"A Facebook Page is covered by the letter"_s), qPrintable(forms));
        QVERIFY(forms.contains(u"your own personal profile"_s));
        QCOMPARE(child<QLabel>(wizard, u"instagramAccountsLabel"_s)->text(),
                 u"Instagram accounts: Musterstadt erleben"_s);
        QVERIFY(pageButton(wizard, u"openPolicyButton"_s)->isVisible());

        // 1: saved through the file dialog; Enter pressed it and stayed.
        QCOMPARE(state(wizard, 1), u"Next"_s);
        QCOMPARE(focused(), pageButton(wizard, u"savePdfButton"_s)); // where the user starts
        QVERIFY(pageButton(wizard, u"savePdfButton"_s)->isDefault());
        QVERIFY(!qobject_cast<QPushButton*>(next)->isDefault());
        const QString pdf = m_dir.filePath(u"steps.pdf"_s);
        FileDialog::setNextFileName(pdf);
        enterInTheLetter(wizard);
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        QCOMPARE(state(wizard, 1), u"✓ Done"_s);
        QCOMPARE(state(wizard, 2), u"Next"_s);

        // 2: printed (a printer that writes a file), by Enter.
        QVERIFY(pageButton(wizard, u"printButton"_s)->isDefault());
        QVERIFY(!pageButton(wizard, u"savePdfButton"_s)->isDefault());
        const QString printed = m_dir.filePath(u"printed.pdf"_s);
        PrintDialog::setNextPrinterFile(printed);
        enterInTheLetter(wizard);
        QVERIFY(QFile::exists(printed));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        QCOMPARE(state(wizard, 2), u"✓ Done"_s);

        // 3: copy, open the form, record – each the default in turn.
        QCOMPARE(state(wizard, 3), u"Next"_s);
        QVERIFY(pageButton(wizard, u"copyTextButton"_s)->isDefault());
        QGuiApplication::clipboard()->clear();
        enterInTheLetter(wizard);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"Objection to the use"_s) ||
                QGuiApplication::clipboard()->text().startsWith(u"Widerspruch"_s));
        QVERIFY(pageButton(wizard, u"openInstagramFormButton"_s)->isDefault());
        QList<QUrl> opened;
        UrlOpener::setHandler([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        enterInTheLetter(wizard);
        QCOMPARE(opened, QList<QUrl>{MetaFacts::instance().instagramObjectionForm});
        QVERIFY(pageButton(wizard, u"recordAsSentButton"_s)->isDefault());
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        QVERIFY(state(wizard, 3) != u"✓ Done"_s);
        bool recorded = false;
        auto record = onNextModal(this, [&recorded](QDialog* dialog) {
            press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s));
            dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                ->setText(u"erika.mustermann@musterstadt.de"_s);
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
            dialog->accept();
            recorded = true;
        });
        enterInTheLetter(wizard);
        QVERIFY(recorded);
        QCOMPARE(wizard.records().all().size(), 1);
        QCOMPARE(child<QLabel>(wizard, u"instagramAccountsLabel"_s)->text(),
                 u"Instagram accounts: ✓ Musterstadt erleben (recorded)"_s);
        QCOMPARE(state(wizard, 3), u"✓ Done"_s);

        // All done: Enter is the wizard's Next again.
        QVERIFY(qobject_cast<QPushButton*>(next)->isDefault());
        enterInTheLetter(wizard);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::DonePageId));
        // Back on the page: the steps are still done, Next still the default.
        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        QVERIFY(qobject_cast<QPushButton*>(next)->isDefault());
    }

    // People named in the letter: their signed powers of attorney come first,
    // ticked by hand; until then Enter presses nothing, and never Next.
    void namedPersonsComeFirst()
    {
        ObjectionRequest request = sampleRequest();
        request.persons << AuthorisingPerson{
            u"Jana Beispiel"_s, u"Beschäftigte"_s, QDate(2026, 11, 2), {}, false, {}};
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, request));
        QVERIFY(child<QWidget>(wizard, u"sendingStep0"_s)->isVisible());
        QCOMPARE(child<QLabel>(wizard, u"sendingStepTitle0"_s)->text(), u"0. Powers of attorney"_s);
        QCOMPARE(state(wizard, 0), u"Next"_s);
        const QString text = child<QLabel>(wizard, u"sendingStepText0"_s)->text();
        QVERIFY2(text.contains(u"names 1 person"_s) && text.contains(u"on request"_s),
                 qPrintable(text));
        QVERIFY(!qobject_cast<QPushButton*>(wizard.button(QWizard::NextButton))->isDefault());
        QVERIFY(!pageButton(wizard, u"savePdfButton"_s)->isDefault());
        enterInTheLetter(wizard);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));

        auto* ready = child<QCheckBox>(wizard, u"personsReadyCheckBox"_s);
        QTest::keyClick(focused(), mnemonicKey(ready->text()), Qt::AltModifier);
        QTRY_VERIFY(ready->isChecked());
        QCOMPARE(state(wizard, 0), u"✓ Done"_s);
        QCOMPARE(state(wizard, 1), u"Next"_s);
        QVERIFY(pageButton(wizard, u"savePdfButton"_s)->isDefault());
        // Enter on the tick box now saves the letter.
        const QString pdf = m_dir.filePath(u"persons.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QTest::keyClick(focused(), Qt::Key_Enter);
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
    }

    // With every step shown (a person named), in both languages: no two
    // buttons or fields of the page share an Alt key.
    void mnemonicsAreUniqueWithEveryStep_data() { addLanguageRows(); }

    void mnemonicsAreUniqueWithEveryStep()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionRequest request = sampleRequest();
        request.persons << AuthorisingPerson{
            u"Jana Beispiel"_s, {}, QDate(2026, 11, 2), {}, false, {}};
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, request));
        QVERIFY(child<QWidget>(wizard, u"personsReadyCheckBox"_s)->isVisible());
        int count = 0;
        const QString clash = mnemonicClash(&wizard, &count);
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
        QVERIFY(count >= 9); // the page's eight and Next
    }

    // A letter without Instagram: the form is the admin's own profile's.
    void withoutInstagramTheFacebookFormIsNext()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, shortRequest()));
        QCOMPARE(child<QLabel>(wizard, u"instagramAccountsLabel"_s)->text(),
                 u"The letter lists no Instagram account."_s);
        QVERIFY(press(wizard, u"copyTextButton"_s));
        FileDialog::setNextFileName(m_dir.filePath(u"short.pdf"_s));
        QVERIFY(press(wizard, u"savePdfButton"_s));
        PrintDialog::setNextPrinterFile(m_dir.filePath(u"short-printed.pdf"_s));
        QVERIFY(press(wizard, u"printButton"_s));
        QVERIFY(pageButton(wizard, u"openFacebookFormButton"_s)->isDefault());
    }

    // Saved, then back and an entry changed: the steps and the last page
    // say that the PDF is the old letter; saved again, all is well.
    void donePageSaysWhenTheSavedPdfIsOld()
    {
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.setStartId(ObjectionWizard::LetterOptionsPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        const QString pdf = m_dir.filePath(u"old.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(press(wizard, u"copyTextButton"_s));
        const QString staleCopy = u"The copied text is no longer the letter"_s;
        const auto summary = [&wizard] {
            return child<QTextBrowser>(wizard, u"doneSummaryView"_s)->toPlainText().simplified();
        };
        const QString stale = u"The saved PDF is no longer the letter"_s;
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::DonePageId));
        QVERIFY2(!summary().contains(stale), qPrintable(summary()));
        // The same as the preview's steps: a Page goes with the letter.
        QVERIFY(summary().contains(u"A Facebook Page is covered by the letter"_s));
        QVERIFY(!summary().contains(u"Send it for each Facebook Page"_s));
        QVERIFY(!summary().contains(staleCopy));

        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        child<QLineEdit>(wizard, u"referenceLineEdit"_s)->setFocus();
        type(u"DS-2026-17"_s);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::DonePageId));
        QVERIFY2(summary().contains(stale), qPrintable(summary()));
        QVERIFY(summary().contains(u"save it again with “Save as PDF …”"_s));
        QVERIFY2(summary().contains(staleCopy), qPrintable(summary()));

        // The step is open again, its button the default.
        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        QCOMPARE(state(wizard, 1), u"Next"_s);
        QVERIFY(pageButton(wizard, u"savePdfButton"_s)->isDefault());
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::DonePageId));
        QVERIFY2(!summary().contains(stale), qPrintable(summary()));
    }

    // No browser: never "Opened in your browser"; the address can be copied
    // (Enter on the dialog), for a button and for a link in a text alike.
    void failedBrowserOffersTheAddress()
    {
        UrlOpener::setHandler([](const QUrl&) { return false; });
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, sampleRequest()));
        QGuiApplication::clipboard()->clear();
        QString said;
        auto failed = onNextModal(this, [&said](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), u"browserFailedDialog"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
            said = dialog->findChild<QLabel*>(u"browserFailedStatus"_s)->text();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        });
        QVERIFY(press(wizard, u"openPolicyButton"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 MetaFacts::instance().privacyPolicy.toString());
        QVERIFY2(said.contains(u"clipboard"_s), qPrintable(said));
        const QString status = child<QLabel>(wizard, u"statusLabel"_s)->text();
        QVERIFY2(status.startsWith(u"Not opened"_s), qPrintable(status));
        QVERIFY(!status.contains(u"Opened in your browser"_s));

        // The letter's text copied, then the form's address copied from the
        // dialog: the text is no longer on the clipboard, and the page says
        // to copy it again (step 3 asks for it again).
        QVERIFY(press(wizard, u"copyTextButton"_s));
        auto form = onNextModal(this, [](QDialog* dialog) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QVERIFY(press(wizard, u"openInstagramFormButton"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 MetaFacts::instance().instagramObjectionForm.toString());
        const QString again = child<QLabel>(wizard, u"statusLabel"_s)->text();
        QVERIFY2(again.contains(u"copy the letter's text again"_s), qPrintable(again));
        QVERIFY(!wizard.log().textCopied);

        // A link in a page's text: reached with Tab, opened with Enter.
        wizard.setStartId(ObjectionWizard::HowPageId);
        wizard.restart();
        QGuiApplication::clipboard()->clear();
        said.clear();
        auto link = onNextModal(this, [&said](QDialog* dialog) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
            said = dialog->findChild<QLineEdit*>(u"browserFailedAddress"_s)->text();
            dialog->reject();
        });
        auto* view = wizard.currentPage()->findChild<QTextBrowser*>();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!said.isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), said);
    }

    // The real way a browser is started on Linux: xdg-open that finds no
    // browser (exit status 3) is said as such; one still running after a
    // moment (the browser in its foreground) has opened the page.
    void xdgOpenWithoutBrowserIsSaid()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("xdg-open is the Linux and BSD way");
#endif
        UrlOpener::setHandler({});
        const QString bin = m_dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        const auto fakeXdgOpen = [&bin](const QByteArray& body) {
            QFile script(bin + u"/xdg-open"_s);
            QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
            script.write("#!/bin/sh\n" + body + "\n");
            script.close();
            script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(QFile::encodeName(bin) + ':' + path));
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, sampleRequest()));
        const auto status = [&wizard] { return child<QLabel>(wizard, u"statusLabel"_s)->text(); };

        // Every "could not be opened" dialog is counted and closed.
        int said = 0;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&said] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                said += dialog->objectName() == "browserFailedDialog"_L1;
                dialog->reject();
            }
        });
        closer.start(20);
        fakeXdgOpen("echo 'xdg-open: no method available for opening' >&2; exit 3");
        QVERIFY(press(wizard, u"openPolicyButton"_s));
        QCOMPARE(said, 1);
        QVERIFY2(status().startsWith(u"Not opened"_s), qPrintable(status()));

        fakeXdgOpen("exec sleep 3"); // the browser, running
        QVERIFY(press(wizard, u"openPolicyButton"_s));
        QVERIFY2(status().startsWith(u"Opened in your browser"_s), qPrintable(status()));
        fakeXdgOpen("exit 0"); // a desktop's opener
        QVERIFY(press(wizard, u"openInstagramFormButton"_s));
        QVERIFY2(status().startsWith(u"Opened in your browser"_s), qPrintable(status()));
        QCOMPARE(said, 1);
        qputenv("PATH", path);
    }

    // Page 1: a few sentences; the details behind "More about this", opened
    // and closed from the keyboard, and they hold the legal anchors.
    void whyPageFoldsItsDetails()
    {
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::WhyPageId));
        auto* summary = child<QLabel>(wizard, u"whySummaryLabel"_s);
        auto* details = child<QTextBrowser>(wizard, u"whyDetailsView"_s);
        auto* more = child<QToolButton>(wizard, u"moreAboutThisButton"_s);
        QVERIFY(summary->isVisible());
        QTextDocument plain;
        plain.setHtml(summary->text());
        const qsizetype words = plain.toPlainText().split(u' ', Qt::SkipEmptyParts).size();
        QVERIFY2(words < 120, qPrintable(QString::number(words)));
        QVERIFY(plain.toPlainText().contains(u"27 May 2025"_s));
        QVERIFY(!details->isVisible());
        QVERIFY(!more->accessibleName().isEmpty());
        // Reached with Tab, opened with Space.
        for (int i = 0; i < 20 && focused() != more; ++i)
            tab();
        QCOMPARE(focused(), more);
        QTest::keyClick(more, Qt::Key_Space);
        QVERIFY(details->isVisible());
        for (const QString& anchor : {u"Recital 14"_s, u"C-40/17"_s, u"13 K 1419/23"_s,
                                      u"LDA Brandenburg"_s, u"compelling legitimate grounds"_s})
            QVERIFY2(details->toPlainText().contains(anchor), qPrintable(anchor));
        QTest::keyClick(more, Qt::Key_Space);
        QVERIFY(!details->isVisible());
        // Enter still goes on.
        QTest::keyClick(focused(), Qt::Key_Enter);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::HowPageId));
    }
};

QTEST_MAIN(PreviewStepsGuiTest)
#include "PreviewStepsGuiTest.moc"
