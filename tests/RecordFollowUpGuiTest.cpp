#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "AppTranslations.h"
#include "AttachmentStore.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "PdfAPreflight.h"
#include "PopplerTools.h"
#include "RecordTreeRows.h"
#include "SampleRequests.h"
#include "TestFiles.h"
#include "Today.h"
#include "WizardDriver.h"
#include "dialogs/HistoryDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {
// Meta's confirmation as a mail program saves it: quoted-printable German.
const QByteArray confirmationMail =
    "Return-Path: <noreply@facebookmail.com>\r\n"
    "Date: Wed, 9 Dec 2026 17:02:11 +0000\r\n"
    "From: Facebook <noreply@facebookmail.com>\r\n"
    "To: datenschutz@musterstadt.de\r\n"
    "Subject: =?UTF-8?Q?Wir_haben_deinen_Widerspruch_erhalten?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Hallo Stadt Musterstadt,\r\n"
    "\r\n"
    "wir haben deinen Widerspruch gepr=C3=BCft und werden ihm nachkommen.\r\n"
    "\r\n"
    "Das Privacy-Team\r\n";

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

using RecordTreeRows::accountRow;

// The entry row of a route under an account.
QTreeWidgetItem* entryRow(QTreeWidgetItem* account, const QString& route)
{
    for (int row = 0; account && row < account->childCount(); ++row) {
        if (account->child(row)->text(0).startsWith(route))
            return account->child(row);
    }
    return nullptr;
}
} // namespace

// The walk through the record: a letter and two online forms for
// three accounts, evidence attached, a month passes (the clock is set), the
// follow-up letter and the notice to the authority, one account confirmed.
class RecordFollowUpGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // "Record as sent …" on the preview page.
    static void record(QObject* context, ObjectionWizard& wizard, bool online,
                       const QList<int>& accounts, const QString& adminLogin)
    {
        auto guard = onNextModal(context, [&](QDialog* dialog) {
            press(dialog->findChild<QRadioButton*>(online ? u"routeOnlineRadio"_s
                                                          : u"routeLetterRadio"_s));
            if (online)
                dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)->setText(adminLogin);
            auto* list = dialog->findChild<QListWidget*>(u"recordAccountsList"_s);
            for (int row = 0; row < list->count(); ++row)
                list->item(row)->setCheckState(accounts.contains(row) ? Qt::Checked
                                                                      : Qt::Unchecked);
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
            dialog->accept();
        });
        press(wizard, u"recordAsSentButton"_s);
    }

    // Opens the record from the preview page and runs steps in it.
    void inHistory(ObjectionWizard& wizard, const std::function<void(QDialog*)>& steps)
    {
        bool ran = false;
        auto guard = onNextModal(this, [&](QDialog* dialog) {
            steps(dialog);
            ran = true;
            dialog->reject();
        });
        press(wizard, u"historyButton"_s);
        QVERIFY(ran);
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KIW_KEEP_TEST_FILES"));
    }

    void init()
    {
        startClean();
        QDir(AttachmentStore::defaultFolder()).removeRecursively();
        MessageBox::setNextAnswer(true);
    }

    void cleanup() { Today::setForTests(QDate()); }

    void recordEvidenceFollowUpAndConfirmation_data() { addLanguageRows(); }

    void recordEvidenceFollowUpAndConfirmation()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        const bool german = language == u"de"_s;
        Today::setForTests(QDate(2026, 11, 30));
        ObjectionRequest request = sampleRequest();
        request.options.letterLanguage = language;
        request.accounts << Account{Platform::Facebook, u"Stadtbücherei Musterstadt"_s,
                                    u"https://www.facebook.com/stadtbuecherei.musterstadt"_s};
        ObjectionWizard wizard;
        wizard.setRequest(request);
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        record(this, wizard, false, {0, 1, 2}, {});
        record(this, wizard, true, {0}, u"erika.mustermann@musterstadt.de"_s);
        record(this, wizard, true, {1}, u"pressestelle@musterstadt.de"_s);
        QCOMPARE(wizard.records().all().size(), 3);
        const QString letterId = wizard.records().all().at(0).id;
        QCOMPARE(wizard.records().all().at(1).adminLogin, u"erika.mustermann@musterstadt.de"_s);

        // Evidence: Meta's e-mail and a screenshot, attached to the letter's entry.
        const QString mail = m_dir.filePath(u"Bestätigung von Meta.eml"_s);
        const QString picture = m_dir.filePath(u"Formular gesendet.png"_s);
        {
            QFile file(mail);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(confirmationMail);
            QImage image(640, 400, QImage::Format_RGB32);
            image.fill(Qt::white);
            QVERIFY(image.save(picture));
        }
        inHistory(wizard, [&](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            QCOMPARE(tree->topLevelItemCount(), 1);
            QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
            QTreeWidgetItem* library = accountRow(tree, u"Stadtbücherei"_s);
            QVERIFY(library);
            QCOMPARE(library->childCount(), 1); // the letter only
            tree->setCurrentItem(library->child(0));
            for (const QString& file : {mail, picture}) {
                FileDialog::setNextFileName(file);
                press(dialog->findChild<QPushButton*>(u"attachEvidenceButton"_s));
            }
            auto* evidence = dialog->findChild<QListWidget*>(u"evidenceList"_s);
            QCOMPARE(evidence->count(), 2);
            QVERIFY2(evidence->item(0)->text().contains(u"noreply@facebookmail.com"_s),
                     qPrintable(evidence->item(0)->text()));
        });
        ObjectionRecord letter = wizard.records().all().at(0);
        QCOMPARE(letter.attachments.size(), 2);
        QCOMPARE(letter.attachments.at(0).sha256, sha256Of(mail));
        QCOMPARE(letter.attachments.at(1).sha256, sha256Of(picture));
        QCOMPARE(letter.attachments.at(0).mailSubject, u"Wir haben deinen Widerspruch erhalten"_s);
        QVERIFY(letter.attachments.at(0).mailText.contains(u"geprüft"_s));
        for (const Attachment& attachment : letter.attachments)
            QVERIFY2(AttachmentStore::verify(attachment).isEmpty(),
                     qPrintable(AttachmentStore::verify(attachment)));

        // Within the month the follow-up is not offered.
        inHistory(wizard, [&](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            tree->setCurrentItem(
                entryRow(accountRow(tree, u"Stadtbücherei"_s), german ? u"Brief"_s : u"Letter"_s));
            QVERIFY(tree->currentItem());
            QVERIFY(!dialog->findChild<QPushButton*>(u"followUpButton"_s)->isEnabled());
        });

        // A month later without answer: follow-up letter and notice.
        Today::setForTests(QDate(2027, 1, 5));
        const QString followUp = m_dir.filePath(u"nachfassen-%1.pdf"_s.arg(language));
        const QString notice = m_dir.filePath(u"information-dpc-%1.pdf"_s.arg(language));
        const QString documentation = m_dir.filePath(u"dokumentation-%1.pdf"_s.arg(language));
        inHistory(wizard, [&](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            // Every account waits for an answer that is overdue: all need action.
            for (int row = 0; row < 3; ++row)
                QVERIFY(tree->topLevelItem(0)->child(row)->text(2).contains(german ? u"erneut"_s
                                                                                   : u"again"_s));
            tree->setCurrentItem(
                entryRow(accountRow(tree, u"Stadtbücherei"_s), german ? u"Brief"_s : u"Letter"_s));
            auto* followUpButton = dialog->findChild<QPushButton*>(u"followUpButton"_s);
            QVERIFY(followUpButton->isEnabled());
            // Seen first, then saved from the preview.
            {
                auto previewGuard = onNextModal(this, [&](QDialog* preview) {
                    FileDialog::setNextFileName(followUp);
                    MessageBox::setNextAnswer(true); // written today
                    press(preview->findChild<QPushButton*>(u"savePdfButton"_s));
                    preview->reject();
                });
                press(followUpButton);
            }
            tree->setCurrentItem(
                entryRow(accountRow(tree, u"Stadtbücherei"_s), german ? u"Brief"_s : u"Letter"_s));
            MessageBox::setNextAnswer(true); // authority informed today
            auto* menu = dialog->findChild<QMenu*>(u"authorityMenu"_s);
            QAction* dpc = menu->findChild<QAction*>(u"irishDpcAction"_s);
            QVERIFY(dpc);
            // The notice, then the documentation sheet it encloses.
            auto previewGuard = onNextModal(this, [&](QDialog* preview) {
                FileDialog::setNextFileName(notice);
                FileDialog::addNextFileName(documentation);
                press(preview->findChild<QPushButton*>(u"savePdfButton"_s));
                preview->reject();
            });
            dpc->trigger();
        });
        QVERIFY(QFile::exists(documentation));
        letter = wizard.records().all().at(0);
        QCOMPARE(letter.id, letterId);
        QCOMPARE(letter.followUpSentOn, QDate(2027, 1, 5));
        QCOMPARE(letter.authorityInformedOn, QDate(2027, 1, 5));
        QCOMPARE(letter.authorityInformed, u"dpc"_s);
        const QString followUpText = PopplerTools::rawText(followUp);
        QVERIFY2(followUpText.contains(german ? u"30.11.2026"_s : u"30 November 2026"_s),
                 qPrintable(followUpText));
        QVERIFY(followUpText.contains(u"Merrion Road"_s));
        for (const Account& account : request.accounts)
            QVERIFY2(followUpText.contains(account.name), qPrintable(account.name));
        const QString noticeText = PopplerTools::rawText(notice);
        QVERIFY(noticeText.contains(u"Data Protection Commission"_s));
        QVERIFY(noticeText.contains(u"Article 77"_s)); // the Irish authority: in English
        // The enclosed documentation in the notice's language too.
        QVERIFY(PopplerTools::rawText(documentation).contains(u"Record of an objection"_s));

        // Meta confirms the library's page: that account is done, the others not.
        inHistory(wizard, [&](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            QTreeWidgetItem* library = accountRow(tree, u"Stadtbücherei"_s);
            tree->setCurrentItem(library);
            auto guard = onNextModal(this, [](QDialog* confirm) {
                auto* list = confirm->findChild<QListWidget*>(u"confirmedAccountsList"_s);
                int ticked = 0;
                for (int row = 0; row < list->count(); ++row)
                    ticked += list->item(row)->checkState() == Qt::Checked;
                QCOMPARE(ticked, 1); // the selected account only
                confirm->findChild<QLineEdit*>(u"referenceLineEdit"_s)->setText(u"FB-4711"_s);
                confirm->accept();
            });
            press(dialog->findChild<QPushButton*>(u"addConfirmationButton"_s));
            // Done accounts go last.
            const QTreeWidgetItem* organisation = tree->topLevelItem(0);
            QVERIFY(organisation->child(2)->text(0).contains(u"Stadtbücherei"_s));
            FileDialog::setNextFileName(documentation);
            tree->setCurrentItem(accountRow(tree, u"Stadtbücherei"_s));
            press(dialog->findChild<QPushButton*>(u"documentationButton"_s));
        });
        letter = wizard.records().all().at(0);
        QCOMPARE(letter.confirmations.size(), 1);
        QCOMPARE(letter.confirmationFor(request.accounts.at(2))->reference, u"FB-4711"_s);
        QCOMPARE(letter.confirmationFor(request.accounts.at(2))->received, QDate(2026, 12, 9));

        // The documentation lists the evidence with its checksums and is PDF/A.
        const QString sheet =
            PopplerTools::rawText(documentation).remove(QRegularExpression(u"\\s"_s));
        for (const Attachment& attachment : letter.attachments)
            QVERIFY2(sheet.contains(attachment.sha256), qPrintable(attachment.sha256));
        QVERIFY(sheet.contains(u"gemProfil"_s) == false);
        QVERIFY(sheet.contains(u"Das Privacy-Team"_s.remove(u' ')));
        QVERIFY2(PdfAPreflight::missing().isEmpty(), qPrintable(PdfAPreflight::missing()));
        const QString preflight = PdfAPreflight::report(documentation);
        QVERIFY2(PdfAPreflight::isValid(preflight), qPrintable(preflight));
    }

    // What a tester found: the same file twice, a kept copy changed on disk,
    // Enter in the search field, a record file that cannot be read.
    void evidenceIsCheckedAndTheSearchFindsAnEntry()
    {
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        Today::setForTests(QDate(2026, 12, 15));
        ObjectionRequest request = sampleRequest();
        ObjectionWizard wizard;
        wizard.setRequest(request);
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        record(this, wizard, false, {0, 1}, {});
        const QString id = wizard.records().all().at(0).id;
        const QString mail = m_dir.filePath(u"twice.eml"_s);
        QVERIFY(TestFiles::writeFile(mail, confirmationMail));
        const QString documentation = m_dir.filePath(u"checked.pdf"_s);
        inHistory(wizard, [&](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            // Enter in the search field goes to the entry and keeps the window open.
            auto* search = dialog->findChild<QLineEdit*>(u"recordFilterLineEdit"_s);
            search->setFocus();
            QTest::keyClicks(search, id.left(8));
            QTest::keyClick(search, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QVERIFY(tree->currentItem());
            QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), id);
            QVERIFY(tree->currentItem()->parent()->parent()); // the entry row itself
            for (int time = 0; time < 2; ++time) {
                FileDialog::setNextFileName(mail);
                press(dialog->findChild<QPushButton*>(u"attachEvidenceButton"_s));
            }
            QCOMPARE(dialog->findChild<QListWidget*>(u"evidenceList"_s)->count(), 1);
        });
        ObjectionRecord entry = wizard.records().all().at(0);
        QCOMPARE(entry.attachments.size(), 1);
        // The kept copy is changed behind the program's back.
        const QString kept =
            QDir(AttachmentStore::defaultFolder()).filePath(entry.attachments.at(0).storedName);
        QFile::setPermissions(kept, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::Append));
            file.write("changed\r\n");
        }
        QVERIFY(!AttachmentStore::verify(entry.attachments.at(0)).isEmpty());
        inHistory(wizard, [&](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
            auto* evidence = dialog->findChild<QListWidget*>(u"evidenceList"_s);
            // Shown is what was last found (when it was attached), until the
            // files are checked again.
            QVERIFY2(evidence->item(0)->text().contains(u"unchanged when checked"_s),
                     qPrintable(evidence->item(0)->text()));
            press(dialog->findChild<QPushButton*>(u"checkEvidenceButton"_s));
            QVERIFY2(evidence->item(0)->text().contains(u"was changed since it was added"_s),
                     qPrintable(evidence->item(0)->text()));
            MessageBox::setNextAnswer(true); // save all the same
            FileDialog::setNextFileName(documentation);
            press(dialog->findChild<QPushButton*>(u"documentationButton"_s));
        });
        QVERIFY(MessageBox::lastMessage().contains(u"Not every file"_s));
        const QString sheet = PopplerTools::rawText(documentation);
        QVERIFY2(sheet.contains(u"Warning:"_s), qPrintable(sheet));

        // A damaged record: no account is called missing.
        const QString damagedPath = m_dir.filePath(u"damaged.sqlite"_s);
        QVERIFY(TestFiles::writeFile(damagedPath, QByteArray(8192, 'x')));
        RecordStore damaged(damagedPath);
        HistoryDialog history(damaged, request);
        QVERIFY(damaged.unreadable());
        QVERIFY(MessageBox::lastWarning().contains(u"damaged"_s));
        QVERIFY(history.findChild<QPushButton*>(u"newRecordButton"_s)->isVisibleTo(&history));
        auto* tree = history.findChild<QTreeWidget*>(u"recordsTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 1); // "No objection recorded yet." only
        QCOMPARE(tree->topLevelItem(0)->childCount(), 0);
    }
};

QTEST_MAIN(RecordFollowUpGuiTest)
#include "RecordFollowUpGuiTest.moc"
