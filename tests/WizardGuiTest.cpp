#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ExportDriver.h"
#include "InputValidation.h"
#include "MetaFacts.h"
#include "ObjectionWizard.h"
#include "PopplerTools.h"
#include "RecordStore.h"
#include "SampleRequests.h"
#include "WizardDriver.h"
#include "pages/LetterPageView.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// Drives the real wizard in German the way a keyboard user does: typing into
// the focused field, Tab to move on, mnemonics and Enter for buttons.
class WizardGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The wizard shown on its preview page, for the sample request with
    // another organisation name if given.
    static bool showPreview(ObjectionWizard& wizard, const QString& organisation = {})
    {
        wizard.request() = sampleRequest();
        if (!organisation.isEmpty())
            wizard.request().organisation.name = organisation;
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        return QTest::qWaitForWindowExposed(&wizard);
    }

private slots:
    void init() { startClean(); }

    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
    }

    void f1ShowsTheAboutDialog()
    {
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QString title;
        QString text;
        auto about = onNextModal(this, [&](QDialog* dialog) {
            title = dialog->windowTitle();
            text = dialog->findChild<QTextBrowser*>(u"aboutText"_s)->toPlainText();
            dialog->reject();
        });
        QTest::keyClick(focused(), Qt::Key_F1);
        QCOMPARE(title, u"Über KI-Widerspruch"_s);
        QVERIFY(text.contains(u"KI-Widerspruch " KIW_VERSION ""_s));
        QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
        QVERIFY(text.contains(u"C-210/16"_s));
        QVERIFY(text.contains(u"Meta Platforms Ireland Limited"_s));
        QVERIFY(text.contains(u"keine Rechtsberatung"_s));
    }

    void walkTheWholeWizardByKeyboard()
    {
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::WhyPageId));
        QCOMPARE(wizard.currentPage()->title(), u"Warum widersprechen?"_s);

        for (int page : {ObjectionWizard::HowPageId, ObjectionWizard::ChecklistPageId,
                         ObjectionWizard::OrganisationPageId}) {
            QTest::keyClick(&wizard, Qt::Key_Enter);
            QCOMPARE(wizard.currentId(), page);
        }

        // Organisation: Next stays disabled until the required fields are valid.
        QAbstractButton* nextButton = wizard.button(QWizard::NextButton);
        QCOMPARE(focused()->objectName(), u"orgNameLineEdit"_s);
        QVERIFY(!nextButton->isEnabled());
        type(u"Stadt Musterstadt"_s);
        tab();
        QCOMPARE(focused()->objectName(), u"orgKindComboBox"_s);
        QTest::keyClick(focused(), Qt::Key_Down); // company -> public authority
        tab();
        QCOMPARE(focused()->objectName(), u"publicBodyCheckBox"_s);
        QVERIFY(child<QCheckBox>(wizard, u"publicBodyCheckBox"_s)->isChecked()); // suggested
        tab();
        type(u"Erika Mustermann"_s);
        tab();
        type(u"Datenschutzbeauftragte"_s);
        tab();
        QCOMPARE(focused()->objectName(), u"emailLineEdit"_s);
        type(u"datenschutz(at)musterstadt.de"_s);
        tab();
        QList<QLabel*> emailMessage;
        for (QLabel* label : wizard.currentPage()->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().startsWith(u"⚠"_s))
                emailMessage << label;
        }
        QCOMPARE(emailMessage.size(), 1);
        QVERIFY(!nextButton->isEnabled());
        auto* email = child<QLineEdit>(wizard, u"emailLineEdit"_s);
        email->setFocus();
        email->selectAll();
        type(u"datenschutz@musterstadt.de"_s);
        QVERIFY(!emailMessage.constFirst()->isVisible());
        tab();
        type(u"Rathausplatz 1"_s);
        tab();
        type(u"12345"_s);
        tab();
        type(u"Musterstadt"_s);
        QVERIFY(nextButton->isEnabled());
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        const Organisation& org = wizard.request().organisation;
        QCOMPARE(org.name, u"Stadt Musterstadt"_s);
        QCOMPARE(org.kind, OrganisationKind::PublicAuthority);
        QCOMPARE(org.email, u"datenschutz@musterstadt.de"_s);
        QCOMPARE(org.country, u"Deutschland"_s);

        // Accounts: a wrong host is refused with a message, then two accounts.
        QVERIFY(!nextButton->isEnabled());
        QCOMPARE(focused()->objectName(), u"platformComboBox"_s);
        tab();
        type(u"Stadt Musterstadt"_s);
        tab();
        type(u"https://example.com/stadt"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QVERIFY(wizard.request().accounts.isEmpty());
        auto* address = child<QLineEdit>(wizard, u"accountAddressLineEdit"_s);
        address->selectAll();
        type(u"www.facebook.com/stadtmusterstadt"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 1);
        QCOMPARE(focused()->objectName(), u"accountNameLineEdit"_s);
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(focused(), Qt::Key_Down); // Instagram
        tab();
        type(u"Musterstadt erleben"_s);
        tab();
        type(u"@musterstadt"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 2);
        QCOMPARE(wizard.request().accounts.at(0).address,
                 u"https://www.facebook.com/stadtmusterstadt"_s);
        QCOMPARE(wizard.request().accounts.at(1).platform, Platform::Instagram);
        QCOMPARE(child<QListWidget>(wizard, u"accountsListWidget"_s)->count(), 2);
        next(wizard);

        // Options: today's date is filled in; Enter goes on.
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        QCOMPARE(wizard.request().options.date, QDate::currentDate());
        QVERIFY(wizard.request().options.grounds.contains(Ground::PublicBody));
        QTest::keyClick(focused(), Qt::Key_Enter);

        // Preview: what is shown is what is saved, copied and printed.
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));
        const QString shown = child<QTextBrowser>(wizard, u"letterTextView"_s)->toPlainText();
        QVERIFY(shown.contains(u"Meta Platforms Ireland Limited"_s));
        QVERIFY(shown.contains(u"Instagram-Konto: Musterstadt erleben, @musterstadt"_s));
        QCOMPARE(child<LetterPageView>(wizard, u"letterPageView"_s)->pageCount(), 1);

        const QString pdf = m_dir.filePath(u"brief.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(child<QLabel>(wizard, u"statusLabel"_s)->text().contains(u"brief.pdf"_s));
        QVERIFY(PopplerTools::rawText(pdf).contains(u"Musterstadt erleben, @musterstadt"_s));

        QGuiApplication::clipboard()->clear();
        QVERIFY(press(wizard, u"copyTextButton"_s));
        const QString clipboard = QGuiApplication::clipboard()->text();
        QVERIFY(clipboard.startsWith(u"Widerspruch gegen das KI-Training"_s));
        QVERIFY(clipboard.contains(
            u"- Facebook-Seite: Stadt Musterstadt, https://www.facebook.com/stadtmusterstadt"_s));
        QVERIFY(clipboard.endsWith(u"datenschutz@musterstadt.de\n"_s));
        QVERIFY(!clipboard.contains(u"Merrion Road"_s));

        QList<QUrl> opened;
        UrlOpener::setHandler([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        QVERIFY(press(wizard, u"openPolicyButton"_s));
        QVERIFY(press(wizard, u"openFacebookFormButton"_s));
        QVERIFY(press(wizard, u"openInstagramFormButton"_s));
        UrlOpener::setHandler({});
        QCOMPARE(opened, (QList<QUrl>{QUrl(u"https://www.facebook.com/privacy/policy/"_s),
                                      MetaFacts::instance().facebookObjectionForm,
                                      MetaFacts::instance().instagramObjectionForm}));

        wizard.button(QWizard::NextButton)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::DonePageId));

        // Done: the texts for followers and the privacy notice, in the letter's
        // language or the other, with the forms' addresses.
        QGuiApplication::clipboard()->clear();
        QVERIFY(press(wizard, u"copyFollowerTextButton"_s));
        const QString followers = QGuiApplication::clipboard()->text();
        QVERIFY2(followers.contains(u"können Sie selbst widersprechen"_s), qPrintable(followers));
        QVERIFY(followers.contains(MetaFacts::instance().facebookObjectionForm.toString()));
        QVERIFY(followers.contains(MetaFacts::instance().instagramObjectionForm.toString()));
        QVERIFY(!child<QLabel>(wizard, u"publishStatusLabel"_s)->text().isEmpty());
        child<QComboBox>(wizard, u"publishLanguageComboBox"_s)->setCurrentIndex(1);
        QVERIFY(child<QLabel>(wizard, u"publishStatusLabel"_s)->text().isEmpty());
        QVERIFY(press(wizard, u"copyPrivacyNoticeButton"_s));
        const QString notice = QGuiApplication::clipboard()->text();
        QVERIFY2(notice.startsWith(u"AI training by Meta"_s), qPrintable(notice));
        QVERIFY(notice.contains(u"Article\u00A026\u00A0GDPR"_s));

        wizard.button(QWizard::FinishButton)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Enter);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void backAndForthKeepsWhatWasTyped()
    {
        ObjectionWizard wizard;
        wizard.setStartId(ObjectionWizard::ChecklistPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(&wizard, Qt::Key_Enter);
        type(u"Verein"_s);
        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::ChecklistPageId));
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::OrganisationPageId));
        QCOMPARE(child<QLineEdit>(wizard, u"orgNameLineEdit"_s)->text(), u"Verein"_s);
        QCOMPARE(wizard.request().organisation.name, u"Verein"_s);
    }

    // A name of 120 emoji fits (a limit counts characters as people do, not
    // UTF-16 units); what is pasted beyond a limit is cut, own grounds with a word.
    void limitsCountCharactersAsPeopleDo()
    {
        ObjectionWizard wizard;
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QGuiApplication::clipboard()->setText(u"🎉"_s.repeated(130));
        QTest::keyClick(focused(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(wizard.request().organisation.name, u"🎉"_s.repeated(120));
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QCOMPARE(wizard.request().organisation.name, u"🎉"_s.repeated(119));

        wizard.request() = sampleRequest();
        wizard.setStartId(ObjectionWizard::LetterOptionsPageId);
        wizard.restart();
        auto* own = child<QPlainTextEdit>(wizard, u"ownGroundsTextEdit"_s);
        auto* message = child<QLabel>(wizard, u"ownGroundsMessageLabel"_s);
        QVERIFY(!message->isVisible());
        own->setFocus();
        QGuiApplication::clipboard()->setText(u"Gründe 😀 "_s.repeated(600)); // 6000 characters
        QTest::keyClick(own, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(InputValidation::length(wizard.request().options.ownGrounds), 5000);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"5.000"_s), qPrintable(message->text()));
        QTest::keyClick(own, Qt::Key_Backspace);
        QVERIFY(!message->isVisible());
    }

    // Said on the preview page before anything is sent; the letter is made all the same.
    void previewWarnsOfMissingAddressAndGermanInEnglish()
    {
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* warning = child<QLabel>(wizard, u"letterWarningLabel"_s);
        QVERIFY(!warning->isVisible());

        wizard.request().organisation.street.clear();
        wizard.request().options.letterLanguage = u"en"_s;
        wizard.request().options.signatoryRole = u"Erster Bürgermeister"_s;
        wizard.restart();
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"keine Postanschrift"_s), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(u"Funktion der unterzeichnenden Person"_s),
                 qPrintable(warning->text()));
        QCOMPARE(child<LetterPageView>(wizard, u"letterPageView"_s)->pageCount(), 1);
    }

    void markupShowsLiterally()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, u"<b>Fett</b> &amp; <img src=x>"_s));
        const QString shown = child<QTextBrowser>(wizard, u"letterTextView"_s)->toPlainText();
        QVERIFY(shown.contains(u"<b>Fett</b> &amp; <img src=x>"_s));
        QVERIFY(press(wizard, u"copyTextButton"_s));
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"<b>Fett</b> &amp; <img src=x>"_s));
        const QString pdf = m_dir.filePath(u"markup.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        QVERIFY(PopplerTools::rawText(pdf).contains(u"<b>Fett</b> &amp; <img src=x>"_s));
    }

    void charactersNoFontHasAreNamedBeforeExport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("warned");
        QTest::newRow("German") << u"Stadt Musterstadt"_s << false;
        QTest::newRow("emoji and Arabic") << u"Verein 😀 مرحبا"_s << false;
        // A private-use character of plane 15: no font on a Debian system has it.
        QTest::newRow("no font") << u"Verein \U000F0001"_s << true;
    }

    void charactersNoFontHasAreNamedBeforeExport()
    {
        QFETCH(QString, name);
        QFETCH(bool, warned);
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, name));
        const QLabel* warning = child<QLabel>(wizard, u"fontWarningLabel"_s);
        QVERIFY(warning);
        QCOMPARE(warning->isVisible(), warned);
        if (warned) {
            QVERIFY2(warning->text().contains(u"\U000F0001"_s) &&
                         warning->text().contains(u"Kästchen"_s),
                     qPrintable(warning->text()));
        }
    }

    void failedSaveSaysWhyAndLeavesNoFile()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard));
        const QString pdf = m_dir.filePath(u"fehlt/brief"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        QVERIFY2(MessageBox::lastWarning().contains(u"gibt es nicht"_s),
                 qPrintable(MessageBox::lastWarning()));
        QVERIFY(!QFile::exists(pdf + u".pdf"_s));
        QVERIFY(child<QLabel>(wizard, u"statusLabel"_s)->text().contains(u"nicht gespeichert"_s));
        QCOMPARE(wizard.request(), [] {
            ObjectionRequest expected = sampleRequest();
            return expected;
        }());
    }

    void printOpensGermanPrintPreview()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard));
        QString title;
        int pages = -1;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            if (auto* view = dialog->findChild<QPrintPreviewWidget*>())
                pages = view->pageCount();
            dialog->reject();
        });
        poll.start(20);
        QVERIFY(press(wizard, u"printButton"_s));
        poll.stop();
        QCOMPARE(title, u"Brief drucken"_s);
        QCOMPARE(pages, 1);
    }

    // Printing to a PDF file (what Qt's print dialog offers, and all it offers
    // without a printer) writes the program's own PDF – document information,
    // text as typed – not Qt's bare one.
    void printWithoutPrinterExportsTheProgramsPdf()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, u"Verein 😀"_s));
        const QString pdf = m_dir.filePath(u"gedruckt.pdf"_s);
        QVERIFY(ExportDriver::printToPdfFile(this, wizard, pdf));
        QVERIFY2(ExportDriver::status(wizard).contains(u"gedruckt.pdf"_s),
                 qPrintable(ExportDriver::status(wizard)));
        QVERIFY(PopplerTools::readingText(pdf).contains(u"Verein 😀"_s));
        QCOMPARE(PopplerTools::infoField(pdf, u"Author"_s), u"Verein 😀"_s); // set by the program
    }
};

QTEST_MAIN(WizardGuiTest)
#include "WizardGuiTest.moc"
