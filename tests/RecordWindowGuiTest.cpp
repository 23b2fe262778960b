#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "AppSettings.h"
#include "AppTranslations.h"
#include "AttachmentStore.h"
#include "DialogSeams.h"
#include "RecordTreeRows.h"
#include "SampleRecords.h"
#include "SampleRequests.h"
#include "TestFiles.h"
#include "Today.h"
#include "WizardDriver.h"
#include "dialogs/HistoryDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {
// Meta's German confirmation as a mail program saves it, dated 11 June 2024.
const QString metaMail = QStringLiteral(KIW_SOURCE_DIR "/tests/data/mail/meta-confirmation-de.eml");

using RecordTreeRows::accountRow;

QTreeWidgetItem* entryRow(QTreeWidgetItem* account, const QString& id)
{
    for (int row = 0; account && row < account->childCount(); ++row) {
        if (account->child(row)->data(0, Qt::UserRole).toString() == id)
            return account->child(row);
    }
    return nullptr;
}

// A letter for both sample accounts and, a day later, a form for the
// Facebook Page: the Page's state then comes from the form.
struct LetterAndForm
{
    ObjectionRecord letter;
    ObjectionRecord form;
};

LetterAndForm letterAndForm(RecordStore& records, const QDate& letterSent)
{
    LetterAndForm sent;
    sent.letter = sampleRecord();
    sent.letter.route = Route::Letter;
    sent.letter.sentOn = letterSent;
    sent.form = sampleRecord();
    sent.form.id = u"8b0e4c1d-2f3a-4b5c-9d6e-7f8091a2b3c4"_s;
    sent.form.route = Route::OnlineForm;
    sent.form.adminLogin = u"erika.mustermann@musterstadt.de"_s;
    sent.form.accounts = {sampleRequest().accounts.at(0)};
    sent.form.sentOn = letterSent.addDays(1);
    records.add(sent.letter);
    records.add(sent.form);
    return sent;
}
} // namespace

// The record window: the detail pane, the selection kept after a change,
// Meta's e-mail attached and confirmed in one action, the size remembered.
class RecordWindowGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshStore() { return m_dir.filePath(u"%1.sqlite"_s.arg(++m_stores)); }
    int m_stores = 0;

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
        QDir(AttachmentStore::defaultFolder()).removeRecursively();
        MessageBox::setNextAnswer(true);
    }

    void cleanup() { Today::setForTests(QDate()); }

    // What the "Next step" column cuts, the pane says in full, with its date,
    // in view without scrolling at the window's first size.
    void detailPaneShowsTheNextStepAndItsDate()
    {
        Today::setForTests(QDate(2027, 1, 5));
        RecordStore records(freshStore());
        const LetterAndForm sent = letterAndForm(records, QDate(2026, 11, 30));
        HistoryDialog dialog(records, sampleRequest());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(u"recordsTree"_s);
        auto* details = dialog.findChild<QTextBrowser*>(u"recordDetailsView"_s);
        QVERIFY(details);

        // The Instagram account: only the letter, due since 30 Dec 2026.
        QTreeWidgetItem* instagram = accountRow(tree, u"Musterstadt erleben"_s);
        tree->setCurrentItem(instagram);
        QString text = details->toPlainText();
        for (const QString& said :
             {u"Next step: Answer due since 30 Dec 2026 – create the follow-up letter"_s,
              u"State: No answer after one month"_s, u"Letter 30 Nov 2026"_s,
              u"Sent by: Erika Mustermann"_s})
            QVERIFY2(text.contains(said), qPrintable(text));
        QVERIFY(!instagram->text(2).contains(u"30 Dec 2026"_s)); // the column does not say it
        // The pane shows the whole next step without scrolling.
        const QTextCursor state = details->document()->find(u"State:"_s);
        QVERIFY(!state.isNull());
        QVERIFY2(details->cursorRect(state).bottom() <= details->viewport()->height(),
                 qPrintable(u"%1 > %2"_s.arg(details->cursorRect(state).bottom())
                                .arg(details->viewport()->height())));

        // The Page's form entry: its login, its own due date.
        QTreeWidgetItem* page = accountRow(tree, u"Stadt Musterstadt"_s);
        tree->setCurrentItem(entryRow(page, sent.form.id));
        text = details->toPlainText();
        for (const QString& said :
             {u"Answer due since 1 Jan 2027"_s, u"Entry: Meta's online form, 1 Dec 2026"_s,
              u"Logged in as: erika.mustermann@musterstadt.de"_s, caseNumber(sent.form.id)})
            QVERIFY2(text.contains(said), qPrintable(text));

        // Written again: the next step is the authority, after the second month.
        QVERIFY(records.setFollowUpSent(sent.letter.id, QDate(2027, 1, 4)).isEmpty());
        dialog.select(sent.letter.id);
        tree->setCurrentItem(accountRow(tree, u"Musterstadt erleben"_s));
        text = details->toPlainText();
        QVERIFY2(text.contains(u"Wait for the answer to the follow-up letter until 4 Feb 2027"_s),
                 qPrintable(text));
        tree->setCurrentItem(nullptr);
        QVERIFY(details->toPlainText().contains(u"Select an account or an entry"_s));
    }

    // Attaching evidence, or recording a confirmation, keeps the row the user
    // had selected – also an entry that is not the one its account's state
    // comes from.
    void selectionStaysAfterAttachingAndConfirming()
    {
        Today::setForTests(QDate(2026, 12, 15));
        RecordStore records(freshStore());
        const LetterAndForm sent = letterAndForm(records, QDate(2026, 11, 30));
        const QString picture = m_dir.filePath(u"screenshot.png"_s);
        QVERIFY(TestFiles::writeFile(picture, QByteArray("\x89PNG\r\n\x1a\n", 8)));
        HistoryDialog dialog(records, sampleRequest());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(u"recordsTree"_s);
        auto* attachButton = dialog.findChild<QPushButton*>(u"attachEvidenceButton"_s);

        // The letter under the Page, whose state comes from the newer form.
        QTreeWidgetItem* page = accountRow(tree, u"Stadt Musterstadt"_s);
        page->setExpanded(true);
        tree->setCurrentItem(entryRow(page, sent.letter.id));
        FileDialog::setNextFileName(picture);
        QVERIFY(press(attachButton));
        QCOMPARE(records.entry(sent.letter.id)->attachments.size(), 1);
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), sent.letter.id);
        QVERIFY(tree->currentItem()->parent()->text(0).contains(u"Stadt Musterstadt"_s));

        // The Instagram account's row.
        tree->setCurrentItem(accountRow(tree, u"Musterstadt erleben"_s));
        const QString mail = m_dir.filePath(u"other.eml"_s);
        QVERIFY(TestFiles::writeFile(mail, TestFiles::readAll(metaMail)));
        FileDialog::setNextFileName(mail);
        QVERIFY(press(attachButton));
        QCOMPARE(records.entry(sent.letter.id)->attachments.size(), 2);
        QVERIFY(tree->currentItem());
        QVERIFY(tree->currentItem()->text(0).contains(u"Musterstadt erleben"_s));
        QVERIFY(!tree->currentItem()->parent()->parent()); // the account, not an entry

        // A confirmation moves the Page to the done accounts at the end: the
        // letter entry under it stays selected.
        page = accountRow(tree, u"Stadt Musterstadt"_s);
        tree->setCurrentItem(entryRow(page, sent.letter.id));
        auto guard = onNextModal(this, [](QDialog* confirm) {
            QCOMPARE(confirm->objectName(), u"confirmationDialog"_s);
            confirm->accept();
        });
        QVERIFY(press(dialog.findChild<QPushButton*>(u"addConfirmationButton"_s)));
        QVERIFY(records.entry(sent.letter.id)->confirmationFor(sampleRequest().accounts.at(0)));
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), sent.letter.id);
        QVERIFY(tree->currentItem()->parent()->text(0).contains(u"Stadt Musterstadt"_s));
        QCOMPARE(tree->topLevelItem(0)->indexOfChild(tree->currentItem()->parent()), 1);
    }

    // "Attach e-mail and mark accounts as confirmed": Meta's e-mail kept and
    // the confirmation recorded with its date in one action; cancelled, the
    // e-mail stays attached and the status line says so.
    void attachMailAndConfirmInOneAction()
    {
        Today::setForTests(QDate(2024, 6, 20));
        RecordStore records(freshStore());
        ObjectionRecord letter = sampleRecord();
        letter.route = Route::Letter;
        letter.sentOn = QDate(2024, 6, 5);
        letter.accounts = threeAccounts();
        QVERIFY(records.add(letter).isEmpty());
        HistoryDialog dialog(records, sampleRequest());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(u"recordsTree"_s);
        auto* status = dialog.findChild<QLabel*>(u"historyStatusLabel"_s);
        auto* action = dialog.findChild<QPushButton*>(u"attachMailAndConfirmButton"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing selected

        // The second account selected: only it is ticked, dated as the mail.
        tree->setCurrentItem(accountRow(tree, u"Musterstadt erleben"_s));
        QVERIFY(action->isEnabled());
        FileDialog::setNextFileName(metaMail);
        bool asked = false;
        auto guard = onNextModal(this, [&asked](QDialog* confirm) {
            asked = true;
            QCOMPARE(confirm->objectName(), u"confirmationDialog"_s);
            QCOMPARE(confirm->findChild<QDateEdit*>(u"receivedDateEdit"_s)->date(),
                     QDate(2024, 6, 11));
            auto* list = confirm->findChild<QListWidget*>(u"confirmedAccountsList"_s);
            QStringList ticked;
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->checkState() == Qt::Checked)
                    ticked << list->item(row)->text();
            }
            QCOMPARE(ticked.size(), 1);
            QVERIFY2(ticked.constFirst().contains(u"Musterstadt erleben"_s),
                     qPrintable(ticked.constFirst()));
            const QString note =
                confirm->findChild<QPlainTextEdit*>(u"noteTextEdit"_s)->toPlainText();
            QVERIFY2(note.contains(u"Wir haben deinen Widerspruch"_s), qPrintable(note));
            confirm->accept();
        });
        QVERIFY(press(action));
        QVERIFY(asked);
        ObjectionRecord stored = *records.entry(letter.id);
        QCOMPARE(stored.attachments.size(), 1);
        QVERIFY(stored.attachments.constFirst().isMail());
        QCOMPARE(stored.confirmations.size(), 1);
        const std::optional<MetaConfirmation> confirmed =
            stored.confirmationFor(threeAccounts().at(1));
        QVERIFY(confirmed);
        QCOMPARE(confirmed->received, QDate(2024, 6, 11));
        QVERIFY2(status->text().contains(u"Attached the e-mail"_s) &&
                     status->text().contains(u"confirmation was recorded for 1 account"_s),
                 qPrintable(status->text()));
        QVERIFY(tree->currentItem()->text(0).contains(u"Musterstadt erleben"_s));

        // The Page's entry selected: its account is ticked. Cancelled, the
        // (second) e-mail stays attached.
        const QString second = m_dir.filePath(u"second.eml"_s);
        QVERIFY(TestFiles::writeFile(
            second, TestFiles::readAll(metaMail).replace("abc123.4567", "def456.7890")));
        QTreeWidgetItem* page = accountRow(tree, u"Stadt Musterstadt"_s);
        page->setExpanded(true);
        tree->setCurrentItem(page->child(0));
        FileDialog::setNextFileName(second);
        asked = false;
        auto cancel = onNextModal(this, [&asked](QDialog* confirm) {
            asked = true;
            auto* list = confirm->findChild<QListWidget*>(u"confirmedAccountsList"_s);
            int ticked = 0;
            for (int row = 0; row < list->count(); ++row)
                ticked += list->item(row)->checkState() == Qt::Checked;
            QCOMPARE(ticked, 1); // the selected entry's account
            confirm->reject();
        });
        QVERIFY(press(action));
        QVERIFY(asked);
        stored = *records.entry(letter.id);
        QCOMPARE(stored.attachments.size(), 2);
        QCOMPARE(stored.confirmations.size(), 1);
        QVERIFY2(status->text().contains(u"stays attached"_s), qPrintable(status->text()));
        QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), letter.id);
    }

    // The window opens as large as it was left, within the screen, with the
    // list and the details split as they were.
    void sizeAndSplitAreRememberedAcrossRuns()
    {
        RecordStore records(freshStore());
        QVERIFY(records.add(sampleRecord()).isEmpty());
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        const QSize chosen(qMin(760, screen.width() - 20), qMin(520, screen.height() - 20));
        QList<int> split;
        {
            HistoryDialog dialog(records, sampleRequest());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.size() != chosen);
            dialog.resize(chosen);
            QTRY_COMPARE(dialog.size(), chosen);
            auto* splitter = dialog.findChild<QSplitter*>(u"recordSplitter"_s);
            QList<int> sizes = splitter->sizes();
            sizes[0] -= 40;
            sizes[1] += 40;
            splitter->setSizes(sizes);
            split = splitter->sizes();
            dialog.reject();
        }
        QCOMPARE(AppSettings().recordWindow().size, chosen);
        {
            HistoryDialog dialog(records, sampleRequest());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.size(), chosen);
            QCOMPARE(dialog.findChild<QSplitter*>(u"recordSplitter"_s)->sizes(), split);
            dialog.reject();
        }
        // A size larger than the screen (another monitor before) is bounded.
        AppSettings().setRecordWindow({screen * 3, {}, 0});
        HistoryDialog dialog(records, sampleRequest());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() <= screen.width() && dialog.height() <= screen.height());
    }

    // Every mnemonic of the window once, in both languages.
    void mnemonicsAreUniqueInTheWindow_data() { addLanguageRows(); }

    void mnemonicsAreUniqueInTheWindow()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        RecordStore records(freshStore());
        QVERIFY(records.add(sampleRecord()).isEmpty());
        HistoryDialog dialog(records, sampleRequest());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int used = 0;
        const QString clash = mnemonicClash(&dialog, &used);
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
        QVERIFY(used >= 14);
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
    }

private:
    static QList<Account> threeAccounts()
    {
        QList<Account> accounts = sampleRequest().accounts;
        accounts << Account{Platform::Facebook, u"Stadtbücherei Musterstadt"_s,
                            u"https://www.facebook.com/stadtbuecherei.musterstadt"_s};
        return accounts;
    }
};

QTEST_MAIN(RecordWindowGuiTest)
#include "RecordWindowGuiTest.moc"
