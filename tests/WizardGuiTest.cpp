#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "AppStyle.h"
#include "AppTranslations.h"
#include "DarkPalette.h"
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
        QCOMPARE(child<QComboBox>(wizard, u"orgKindComboBox"_s)->currentData(),
                 QVariant(int(OrganisationKind::PublicAuthority))); // suggested by "Stadt"
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
        tab(); // past the telephone, which is optional
        tab();
        QCOMPARE(focused()->objectName(), u"streetLineEdit"_s);
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
        QCOMPARE(org.street, u"Rathausplatz 1"_s);
        QCOMPARE(org.postcode, u"12345"_s);
        QCOMPARE(org.city, u"Musterstadt"_s);
        QCOMPARE(org.country, u"Deutschland"_s);

        // Accounts: a wrong host is refused with a message when the field is
        // left; the address names the platform; then two accounts.
        QVERIFY(!nextButton->isEnabled());
        QCOMPARE(focused()->objectName(), u"accountAddressLineEdit"_s);
        type(u"https://example.com/stadt"_s);
        auto* message = child<QLabel>(wizard, u"accountMessageLabel"_s);
        QVERIFY(!message->isVisible());
        tab(); // to the platform box: the address is checked on leaving it
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"keine Facebook-Adresse"_s),
                 qPrintable(message->text()));
        tab();
        type(u"Stadt Musterstadt"_s);
        QVERIFY(!message->isVisible()); // another field changed: the message is gone
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QVERIFY(wizard.request().accounts.isEmpty());
        QCOMPARE(focused()->objectName(), u"accountAddressLineEdit"_s);
        auto* address = child<QLineEdit>(wizard, u"accountAddressLineEdit"_s);
        address->selectAll();
        type(u"www.facebook.com/stadtmusterstadt?mibextid=ZbWKwL"_s);
        QCOMPARE(child<QLabel>(wizard, u"accountAddressHint"_s)->text(),
                 u"Im Brief: https://www.facebook.com/stadtmusterstadt"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 1);
        // Ready for the next: empty fields, the cursor in the first one.
        QCOMPARE(focused()->objectName(), u"accountAddressLineEdit"_s);
        QVERIFY(address->text().isEmpty());
        QVERIFY(child<QLineEdit>(wizard, u"accountNameLineEdit"_s)->text().isEmpty());
        // An Instagram address sets the platform by itself.
        type(u"https://www.instagram.com/Musterstadt?igsh=MWQ1ZGUx"_s);
        QCOMPARE(child<QComboBox>(wizard, u"platformComboBox"_s)->currentText(), u"Instagram"_s);
        tab();
        tab();
        type(u"Musterstadt erleben"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        // Entered again as @name: the same account.
        address->setFocus();
        type(u"@musterstadt"_s);
        tab();
        tab();
        type(u"Musterstadt erleben"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY2(message->text().contains(u"schon in der Liste"_s), qPrintable(message->text()));
        address->setFocus();
        address->selectAll();
        QTest::keyClick(focused(), Qt::Key_Delete);
        child<QLineEdit>(wizard, u"accountNameLineEdit"_s)->clear();
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
        // The organisation's demand with the facts Meta must weigh: two pages.
        QCOMPARE(child<LetterPageView>(wizard, u"letterPageView"_s)->pageCount(), 2);

        const QString pdf = m_dir.filePath(u"brief.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(child<QLabel>(wizard, u"statusLabel"_s)->text().contains(u"brief.pdf"_s));
        QVERIFY(PopplerTools::rawText(pdf).contains(u"Musterstadt erleben, @musterstadt"_s));

        QGuiApplication::clipboard()->clear();
        QVERIFY(press(wizard, u"copyTextButton"_s));
        const QString clipboard = QGuiApplication::clipboard()->text();
        QVERIFY(
            clipboard.startsWith(u"Widerspruch gegen die Verwendung der Inhalte unserer Konten"_s));
        // Why the organisation writes instead of using the form: not in the form's text.
        QVERIFY(!clipboard.contains(u"Online-Formulare"_s));
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
        // What this user did, not what one could do.
        const QString summary =
            child<QTextBrowser>(wizard, u"doneSummaryView"_s)->toPlainText().simplified();
        for (const QString& said :
             {u"Seiten und Konten im Brief (2): Facebook: Stadt Musterstadt; Instagram: "
              u"Musterstadt erleben."_s,
              QString(u"Als PDF gespeichert: "_s + QDir::toNativeSeparators(pdf)),
              u"In dieser Sitzung nicht gedruckt."_s,
              u"Der Text für Metas Onlineformular wurde kopiert."_s,
              u"Noch nicht in den Nachweisen eingetragen."_s,
              u"Keine Kalender-Erinnerung gespeichert."_s,
              u"Ihre Eingaben sind nicht als Profil gespeichert"_s}) {
            QVERIFY2(summary.contains(said), qPrintable(said + u"\n in: "_s + summary));
        }

        // Done: the texts for followers and the privacy notice, in the letter's
        // language or the other, with the ways to object.
        QGuiApplication::clipboard()->clear();
        QVERIFY(press(wizard, u"copyFollowerTextButton"_s));
        const QString followers = QGuiApplication::clipboard()->text();
        QVERIFY2(followers.contains(u"können Sie selbst widersprechen"_s), qPrintable(followers));
        // With an account: the privacy policy's entry point; without: the
        // third-party form with its date.
        QVERIFY(followers.contains(MetaFacts::instance().privacyPolicy.toString()));
        QVERIFY(followers.contains(MetaFacts::instance().thirdPartyForm.toString()));
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
        QCOMPARE(child<LetterPageView>(wizard, u"letterPageView"_s)->pageCount(), 2);
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
        QCOMPARE(pages, 2);
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

    // What a tester found: a suggestion made on the way ("Stadt" in
    // "Stadtcafé") is taken back; an account already listed is said when the
    // field is left; Finish, too, asks before typed entries are lost.
    void firstUseDetailsAUserMeets()
    {
        ObjectionWizard wizard;
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* kind = child<QComboBox>(wizard, u"orgKindComboBox"_s);
        QCOMPARE(focused()->objectName(), u"orgNameLineEdit"_s);
        type(u"Stadt M"_s);
        QCOMPARE(kind->currentData(), QVariant(int(OrganisationKind::PublicAuthority)));
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        type(u"cafe Mueller"_s);
        QCOMPARE(kind->currentData(), QVariant(int(OrganisationKind::Company)));
        QVERIFY(!child<QCheckBox>(wizard, u"publicBodyCheckBox"_s)->isChecked());
        QCOMPARE(wizard.request().organisation.name, u"Stadtcafe Mueller"_s);

        wizard.request().organisation = sampleRequest().organisation;
        wizard.request().accounts = sampleRequest().accounts;
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        auto* message = child<QLabel>(wizard, u"accountMessageLabel"_s);
        const Account listed = sampleRequest().accounts.constFirst();
        type(listed.address + u"?locale=de_DE"_s);
        QVERIFY(!message->isVisible());
        tab();
        QVERIFY2(message->text().contains(u"schon in der Liste"_s), qPrintable(message->text()));

        const int asked = MessageBox::saveQuestionCount();
        wizard.setStartId(ObjectionWizard::DonePageId);
        wizard.restart();
        MessageBox::setNextSaveChoice(MessageBox::SaveChoice::Cancel);
        wizard.accept(); // Finish
        QCOMPARE(MessageBox::saveQuestionCount(), asked + 1);
        QVERIFY(wizard.isVisible());
        wizard.accept(); // the next answer is Discard
        QVERIFY(!wizard.isVisible());
    }

    // Printing to a file proposes the name "Save as PDF" proposes.
    void printToFileProposesTheSaveName()
    {
        ObjectionWizard wizard;
        QVERIFY(showPreview(wizard, u"Sportverein Grün-Weiß e. V."_s));
        QVERIFY(ExportDriver::savePdf(wizard, m_dir.filePath(u"gespeichert.pdf"_s)));
        const QString saveName = QFileInfo(FileDialog::lastSuggestion()).fileName();
        QVERIFY2(saveName.startsWith(u"Widerspruch-KI-Training-Sportverein"_s),
                 qPrintable(saveName));
        QString proposed;
        QVERIFY(ExportDriver::printToPdfFile(this, wizard, m_dir.filePath(u"gedruckt.pdf"_s),
                                             &proposed));
        QCOMPARE(QFileInfo(proposed).fileName(), saveName);
    }

    // In a dark palette an unticked check box and radio button stand out from
    // the window (Fusion alone draws them a shade darker than the window).
    void uncheckedIndicatorsShowInADarkPalette_data()
    {
        QTest::addColumn<bool>("radio");
        QTest::newRow("check box") << false;
        QTest::newRow("radio button") << true;
    }

    void uncheckedIndicatorsShowInADarkPalette()
    {
        QFETCH(bool, radio);
        const QString before = QApplication::style()->name(); // deleted by setStyle()
        QApplication::setStyle(u"Fusion"_s);
        AppStyle::install();
        QWidget window;
        window.setPalette(darkPalette());
        auto* layout = new QVBoxLayout(&window);
        QAbstractButton* button = radio ? static_cast<QAbstractButton*>(new QRadioButton(u"Nein"_s))
                                        : new QCheckBox(u"Nein"_s);
        layout->addWidget(button);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = button->grab().toImage();
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect indicator = button->style()->subElementRect(
            radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option,
            button);
        const int background = darkPalette().color(QPalette::Window).lightness();
        int strongest = 0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                strongest = std::max(strongest,
                                     std::abs(QColor(image.pixel(x, y)).lightness() - background));
        }
        QApplication::setStyle(QStyleFactory::create(before));
        QVERIFY2(strongest >= 80, qPrintable(u"outline contrast %1"_s.arg(strongest)));
    }
};

QTEST_MAIN(WizardGuiTest)
#include "WizardGuiTest.moc"
