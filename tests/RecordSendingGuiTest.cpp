#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "SampleRecords.h"
#include "SampleRequests.h"
#include "Today.h"
#include "WizardDriver.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/RecordDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {
// The ticked rows of the dialog's list of accounts.
QList<int> ticked(QDialog* dialog)
{
    auto* list = dialog->findChild<QListWidget*>(u"recordAccountsList"_s);
    QList<int> rows;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            rows << row;
    }
    return rows;
}

// An address as a whole word: "…zweigstelle1" is not found in "…zweigstelle12".
bool names(const QString& text, const QString& address)
{
    return text.contains(
        QRegularExpression(QRegularExpression::escape(address) + u"(?![0-9A-Za-z_])"_s));
}

// Three Facebook Pages and one Instagram account.
ObjectionRequest threePagesOneInstagram()
{
    ObjectionRequest request = sampleRequest();
    request.accounts << Account{Platform::Facebook, u"Stadtbücherei Musterstadt"_s,
                                u"https://www.facebook.com/stadtbuecherei.musterstadt"_s}
                     << Account{Platform::Facebook, u"Museum Musterstadt"_s,
                                u"https://www.facebook.com/museum.musterstadt"_s};
    return request;
}
} // namespace

// Recording what was sent: a form records one account by default, the login
// is required for it, one form per account in one step for many accounts,
// reminders with names of their own, and the delete question naming the entry.
class RecordSendingGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void showPreview(ObjectionWizard& wizard, const ObjectionRequest& request)
    {
        wizard.setRequest(request);
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    }

    // Presses "Record as sent …" and runs steps in the dialog; the steps
    // accept or reject it.
    void inRecordDialog(ObjectionWizard& wizard, const std::function<void(QDialog*)>& steps)
    {
        bool ran = false;
        auto guard = onNextModal(this, [&](QDialog* dialog) {
            ran = true;
            steps(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(press(wizard, u"recordAsSentButton"_s));
        QVERIFY(ran);
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        UrlOpener::setHandler([](const QUrl&) { return true; }); // no browser
    }

    void init()
    {
        startClean();
        MessageBox::setNextAnswer(true);
        Today::setForTests(QDate(2026, 12, 1));
    }

    void cleanup() { Today::setForTests(QDate()); }

    // The letter covers every account; a form the one it was opened for, or
    // none when that is not clear. "All" and "None" tick and untick them.
    void formRecordsOneAccountByDefault()
    {
        ObjectionWizard wizard;
        showPreview(wizard, threePagesOneInstagram());
        // No form opened yet, four accounts: the form route ticks none.
        inRecordDialog(wizard, [](QDialog* dialog) {
            QCOMPARE(ticked(dialog), QList<int>({0, 1, 2, 3}));
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            QCOMPARE(ticked(dialog), QList<int>());
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
            QCOMPARE(ticked(dialog), QList<int>({0, 1, 2, 3}));
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickNoAccountButton"_s)));
            QCOMPARE(ticked(dialog), QList<int>());
            // Back to the letter: every account again.
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeLetterRadio"_s)));
            QCOMPARE(ticked(dialog), QList<int>({0, 1, 2, 3}));
        });
        // The Facebook form: three Pages, so the user picks one.
        QVERIFY(press(wizard, u"openFacebookFormButton"_s));
        inRecordDialog(wizard, [](QDialog* dialog) {
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            QCOMPARE(ticked(dialog), QList<int>());
        });
        // The Instagram form: the only Instagram account is ticked, and recorded alone.
        QVERIFY(press(wizard, u"openInstagramFormButton"_s));
        inRecordDialog(wizard, [](QDialog* dialog) {
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            QCOMPARE(ticked(dialog), QList<int>({1}));
            dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                ->setText(u"erika.mustermann@musterstadt.de"_s);
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
            dialog->accept();
        });
        QCOMPARE(wizard.records().all().size(), 1);
        const ObjectionRecord form = wizard.records().all().constFirst();
        const Account instagram = threePagesOneInstagram().accounts.at(1);
        QCOMPARE(form.route, Route::OnlineForm);
        QCOMPARE(form.accounts, QList<Account>{instagram});
        QVERIFY(form.sentRequest);
        QCOMPARE(form.sentRequest->accounts, QList<Account>{instagram});
        QVERIFY(names(form.sentText, instagram.address));
        QVERIFY(!names(form.sentText, u"https://www.facebook.com/stadtmusterstadt"_s));
    }

    // Without "Logged in as" no form is recorded: said so, the field focused.
    void loginIsRequiredForAForm()
    {
        ObjectionWizard wizard;
        showPreview(wizard, sampleRequest());
        QString said;
        inRecordDialog(wizard, [&said](QDialog* dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
            auto* login = dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s);
            login->setText(u"   "_s);
            dialog->findChild<QLineEdit*>(u"sentByLineEdit"_s)->setFocus();
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            said = MessageBox::lastWarning();
            QTRY_VERIFY(login->hasFocus());
        });
        QVERIFY2(said.contains(u"Logged in as"_s), qPrintable(said));
        QCOMPARE(wizard.records().all().size(), 0);
        // The letter needs no login.
        inRecordDialog(wizard, [](QDialog* dialog) {
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
            dialog->accept();
        });
        QCOMPARE(wizard.records().all().size(), 1);
    }

    // Forty accounts, one form each, recorded in one step: forty entries,
    // each naming only its account, and one reminder for them all.
    void oneFormPerAccountForFortyAccounts()
    {
        const ObjectionRequest request = manyAccountsRequest(40);
        ObjectionWizard wizard;
        showPreview(wizard, request);
        const QString ics = m_dir.filePath(u"forty.ics"_s);
        FileDialog::setNextFileName(ics);
        qint64 took = 0;
        QElapsedTimer timer;
        inRecordDialog(wizard, [&timer](QDialog* dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            auto* list = dialog->findChild<QListWidget*>(u"recordAccountsList"_s);
            // The keyboard reaches and ticks every row; the list scrolls.
            list->setFocus();
            for (int row = 0; row < 39; ++row)
                QTest::keyClick(list, Qt::Key_Down);
            QCOMPARE(list->currentRow(), 39);
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(ticked(dialog), QList<int>({39}));
            QVERIFY(list->verticalScrollBar()->value() > 0);
            QVERIFY(list->visualItemRect(list->item(39)).intersects(list->viewport()->rect()));
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
            dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                ->setText(u"pressestelle@musterstadt.de"_s);
            auto* perAccount = dialog->findChild<QCheckBox*>(u"entryPerAccountCheckBox"_s);
            QVERIFY(perAccount->isVisibleTo(dialog) && perAccount->isEnabled());
            QVERIFY(press(perAccount));
            QVERIFY(perAccount->isChecked());
            timer.start();
            dialog->accept();
        });
        took = timer.elapsed();
        const QList<ObjectionRecord> entries = wizard.records().all();
        QCOMPARE(entries.size(), 40);
        // Each its own entry, for the one account its form covered.
        QSet<QString> ids;
        QSet<QString> covered;
        for (const ObjectionRecord& entry : entries) {
            ids.insert(entry.id);
            QCOMPARE(entry.route, Route::OnlineForm);
            QCOMPARE(entry.adminLogin, u"pressestelle@musterstadt.de"_s);
            QCOMPARE(entry.sentOn, QDate(2026, 12, 1));
            QCOMPARE(entry.accounts.size(), 1);
            const Account& account = entry.accounts.constFirst();
            covered.insert(account.address);
            QVERIFY(entry.sentRequest);
            QCOMPARE(entry.sentRequest->accounts, entry.accounts);
            QVERIFY2(names(entry.sentText, account.address), qPrintable(account.address));
            for (const Account& other : request.accounts) {
                if (other.address != account.address)
                    QVERIFY2(!names(entry.sentText, other.address), qPrintable(other.address));
            }
        }
        QCOMPARE(ids.size(), 40);
        QCOMPARE(covered.size(), 40);
        qInfo("40 entries recorded in %lld ms", took);
        QVERIFY2(took < 10000, qPrintable(QString::number(took)));
        // One reminder for the forms sent together, naming every account.
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString calendar = QString::fromUtf8(file.readAll()).remove(u"\r\n "_s);
        for (const Account& account : request.accounts)
            QVERIFY2(calendar.contains(account.name), qPrintable(account.name));
        const QString status = wizard.currentPage()->findChild<QLabel*>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"40 online form"_s), qPrintable(status));
    }

    // The letter and a form of one day: two reminders, two names.
    void remindersOfOneDayHaveTheirOwnNames()
    {
        ObjectionWizard wizard;
        showPreview(wizard, sampleRequest());
        QStringList suggested;
        // Two forms, each for both accounts (linked in Meta's Accounts Center:
        // "One entry for all"), sent by two admins.
        for (const bool online : {false, true, true}) {
            MessageBox::setNextChoice(1);
            FileDialog::setNextFileName(m_dir.filePath(u"reminder-%1.ics"_s.arg(suggested.size())));
            const QString login = u"admin%1@musterstadt.de"_s.arg(suggested.size());
            inRecordDialog(wizard, [online, &login](QDialog* dialog) {
                if (online) {
                    QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
                    dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)->setText(login);
                    QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
                }
                dialog->accept();
            });
            suggested << QFileInfo(FileDialog::lastSuggestion()).fileName();
        }
        const QList<ObjectionRecord> entries = wizard.records().all();
        QCOMPARE(entries.size(), 3);
        QVERIFY2(suggested.at(0).contains(u"Letter"_s), qPrintable(suggested.at(0)));
        QVERIFY2(suggested.at(1).contains(u"Form"_s), qPrintable(suggested.at(1)));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(suggested.at(i).startsWith(u"Reminder-Meta-Answer-Stadt-Musterstadt-"_s),
                     qPrintable(suggested.at(i)));
            QVERIFY2(suggested.at(i).endsWith(u".ics"_s), qPrintable(suggested.at(i)));
        }
        // Three entries of one day, three names (two forms of one day too).
        QCOMPARE(QSet<QString>(suggested.cbegin(), suggested.cend()).size(), 3);
        for (const ObjectionRecord& entry : entries) {
            QVERIFY(
                std::any_of(suggested.cbegin(), suggested.cend(), [&entry](const QString& name) {
                    return name.contains(caseNumber(entry.id));
                }));
        }
    }

    // "Delete entry" asks naming route, day and accounts (a few by name).
    // What a tester did: "Record" pressed twice for one letter, and a form
    // for two accounts without "One form per account". Both are asked.
    void recordingTwiceAndOneFormForTwoAccountsAreAsked()
    {
        ObjectionWizard wizard;
        showPreview(wizard, sampleRequest());
        const auto recordLetter = [&] {
            inRecordDialog(wizard, [](QDialog* dialog) {
                dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
                dialog->accept();
            });
        };
        recordLetter();
        QCOMPARE(wizard.records().count(), 1);
        MessageBox::setNextAnswer(false); // not again
        recordLetter();
        QVERIFY2(MessageBox::lastMessage().contains(u"recorded already"_s),
                 qPrintable(MessageBox::lastMessage()));
        QCOMPARE(wizard.records().count(), 1);
        MessageBox::setNextAnswer(true); // again, on purpose
        recordLetter();
        QCOMPARE(wizard.records().count(), 2);

        // A form with both accounts ticked: "one entry each?" – Esc first
        // (back in the dialog, nothing recorded), then "one entry per account".
        MessageBox::setNextChoice(-1);
        inRecordDialog(wizard, [](QDialog* dialog) {
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                ->setText(u"erika.mustermann@musterstadt.de"_s);
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
            dialog->accept();
            QVERIFY(dialog->isVisible());
        });
        QCOMPARE(wizard.records().count(), 2);
        MessageBox::setNextChoice(0);
        inRecordDialog(wizard, [](QDialog* dialog) {
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                ->setText(u"erika.mustermann@musterstadt.de"_s);
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
            dialog->accept();
        });
        QVERIFY2(MessageBox::lastMessage().contains(u"online form covers the account"_s),
                 qPrintable(MessageBox::lastMessage()));
        QCOMPARE(wizard.records().count(), 4);
        int forms = 0;
        for (const ObjectionRecord& entry : wizard.records().all()) {
            if (entry.route == Route::OnlineForm) {
                ++forms;
                QCOMPARE(entry.accounts.size(), 1);
            }
        }
        QCOMPARE(forms, 2);
        // The same forms again, one per account: asked, and not recorded.
        MessageBox::setNextAnswer(false);
        inRecordDialog(wizard, [](QDialog* dialog) {
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeOnlineRadio"_s)));
            dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                ->setText(u"erika.mustermann@musterstadt.de"_s);
            QVERIFY(press(dialog->findChild<QPushButton*>(u"tickAllAccountsButton"_s)));
            dialog->findChild<QCheckBox*>(u"entryPerAccountCheckBox"_s)->setChecked(true);
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(false);
            dialog->accept();
        });
        QVERIFY2(MessageBox::lastMessage().contains(u"recorded already"_s),
                 qPrintable(MessageBox::lastMessage()));
        QCOMPARE(wizard.records().count(), 4);
        MessageBox::setNextAnswer(true);
    }

    void deleteQuestionNamesTheEntry()
    {
        RecordStore records(m_dir.filePath(u"delete.sqlite"_s));
        ObjectionRecord letter = sampleRecord();
        letter.route = Route::Letter;
        letter.sentOn = QDate(2026, 11, 30);
        letter.accounts = manyAccountsRequest(5).accounts;
        QVERIFY(records.add(letter).isEmpty());
        HistoryDialog dialog(records);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(u"recordsTree"_s);
        tree->setCurrentItem(tree->topLevelItem(0)->child(0)->child(0));
        QVERIFY(tree->currentItem());
        MessageBox::setNextAnswer(false);
        QVERIFY(press(dialog.findChild<QPushButton*>(u"deleteRecordButton"_s)));
        const QString question = MessageBox::lastMessage();
        for (const QString& said :
             {u"Letter by post"_s, u"30 Nov 2026"_s, u"Stadtbibliothek Zweigstelle 1"_s,
              u"Stadtbibliothek Zweigstelle 2"_s, u"Musterstadt Stadtteil 3"_s, u"and 2 more"_s})
            QVERIFY2(question.contains(said), qPrintable(question));
        QVERIFY2(!question.contains(u"Zweigstelle 4"_s), qPrintable(question));
        QCOMPARE(records.count(), 1);
        MessageBox::setNextAnswer(true);
        QVERIFY(press(dialog.findChild<QPushButton*>(u"deleteRecordButton"_s)));
        QCOMPARE(records.count(), 0);
    }

    // Every mnemonic of the dialog once, in both languages.
    void mnemonicsAreUniqueInTheDialog_data() { addLanguageRows(); }

    void mnemonicsAreUniqueInTheDialog()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        const ObjectionRequest request = sampleRequest();
        RecordDialog dialog(request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int used = 0;
        const QString clash = mnemonicClash(&dialog, &used);
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
        QVERIFY(used >= 9);
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
    }
};

QTEST_MAIN(RecordSendingGuiTest)
#include "RecordSendingGuiTest.moc"
