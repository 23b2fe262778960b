#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "SampleRequests.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// The account editor of step 5 as a first-time user meets it with the
// keyboard: Enter adds and never leaves the page, changing a listed account
// is a mode that shows itself, removing and changing can be undone, and a
// refusal offers what to do.
class AccountEditorGuiTest : public QObject
{
    Q_OBJECT

private:
    static void showAccountsPage(ObjectionWizard& wizard, const ObjectionRequest& request)
    {
        wizard.setRequest(request);
        wizard.setStartId(ObjectionWizard::AccountsPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
    }

    static QLineEdit* edit(ObjectionWizard& wizard, const QString& name)
    {
        return child<QLineEdit>(wizard, name);
    }
    static QLineEdit* address(ObjectionWizard& wizard)
    {
        return edit(wizard, u"accountAddressLineEdit"_s);
    }
    static QLineEdit* name(ObjectionWizard& wizard)
    {
        return edit(wizard, u"accountNameLineEdit"_s);
    }
    static QListWidget* list(ObjectionWizard& wizard)
    {
        return child<QListWidget>(wizard, u"accountsListWidget"_s);
    }
    static QLabel* message(ObjectionWizard& wizard)
    {
        return child<QLabel>(wizard, u"accountMessageLabel"_s);
    }
    static QAbstractButton* button(ObjectionWizard& wizard, const QString& name)
    {
        return child<QAbstractButton>(wizard, name);
    }

    // Types a new account into the editor (address, then name), as a user
    // does with Tab.
    static void typeAccount(ObjectionWizard& wizard, const QString& url, const QString& title)
    {
        address(wizard)->setFocus();
        address(wizard)->selectAll();
        type(url);
        name(wizard)->setFocus();
        name(wizard)->selectAll();
        type(title);
    }

    // The list's focus on a row, by keyboard.
    static void focusRow(ObjectionWizard& wizard, int row)
    {
        list(wizard)->setFocus();
        list(wizard)->setCurrentRow(row);
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
    }

    void init()
    {
        startClean();
        MessageBox::setNextAnswer(true);
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
    }

    // Enter in each field of the editor and in the platform box adds the
    // account typed; it never presses Next (which is enabled and the default
    // button, as there are accounts already).
    void enterInEveryFieldAddsAndStays_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("address") << u"accountAddressLineEdit"_s;
        QTest::newRow("platform") << u"platformComboBox"_s;
        QTest::newRow("name") << u"accountNameLineEdit"_s;
        QTest::newRow("e-mail") << u"accountEmailLineEdit"_s;
    }
    void enterInEveryFieldAddsAndStays()
    {
        QFETCH(QString, field);
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        typeAccount(wizard, u"https://www.facebook.com/stadtarchiv.musterstadt"_s,
                    u"Stadtarchiv"_s);
        auto* target = child<QWidget>(wizard, field);
        target->setFocus();
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::qWait(300); // a click of Next would be animated
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().accounts.size(), 3);
        QCOMPARE(wizard.request().accounts.constLast().name, u"Stadtarchiv"_s);
        // Enter again, the editor empty now: refused with a message, still here.
        target->setFocus();
        QTest::keyClick(focused(), Qt::Key_Enter, Qt::KeypadModifier);
        QTest::qWait(300);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().accounts.size(), 3);
        QVERIFY(message(wizard)->isVisible());
        // On the list and on a button of the page Enter does not leave either.
        focusRow(wizard, -1);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
    }

    // Enter with an address and no name said nothing (the message was
    // cleared by the address field being left).
    void enterWithoutNameSaysSo()
    {
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        address(wizard)->setFocus();
        type(u"https://www.facebook.com/stadtarchiv.musterstadt"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 2);
        QCOMPARE(focused(), name(wizard));
        QVERIFY(message(wizard)->isVisible());
        QVERIFY2(message(wizard)->text().contains(u"Name der Seite oder des Kontos fehlt"_s),
                 qPrintable(message(wizard)->text()));
    }

    // A selected row is not replaced by what is typed and Enter: Enter adds.
    void selectedRowIsNeverReplacedByEnter()
    {
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        const QList<Account> before = wizard.request().accounts;
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(list(wizard)->currentRow(), 1);
        // Choosing a row does not fill the editor.
        QVERIFY(address(wizard)->text().isEmpty());
        typeAccount(wizard, u"https://www.facebook.com/stadtarchiv.musterstadt"_s,
                    u"Stadtarchiv"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 3);
        QCOMPARE(wizard.request().accounts.mid(0, 2), before);
    }

    // After importing from the record nothing is selected and the editor is
    // empty: a new @name and Enter adds. The success message has no warning
    // sign and does not move the buttons under the mouse.
    void importSelectsNothingAndMovesNothing()
    {
        ObjectionWizard wizard;
        QVERIFY(wizard.records().open().isEmpty());
        QVERIFY(wizard.records().add(sampleRecord()).isEmpty());
        ObjectionRequest request = sampleRequest();
        request.accounts.clear();
        wizard.resize(1000, 680); // as on a 1366x768 screen
        showAccountsPage(wizard, request);
        auto* import = button(wizard, u"importAccountsButton"_s);
        auto* add = button(wizard, u"addAccountButton"_s);
        const QPoint importAt = import->mapTo(&wizard, QPoint());
        const QPoint addAt = add->mapTo(&wizard, QPoint());
        const QPoint listAt = list(wizard)->mapTo(&wizard, QPoint());
        QVERIFY(press(import));
        QCOMPARE(wizard.request().accounts.size(), 2);
        QVERIFY(message(wizard)->isVisible());
        QCOMPARE(message(wizard)->text(), u"2 Konten aus den Nachweisen übernommen."_s);
        QVERIFY(!message(wizard)->text().contains(u"⚠"_s));
        QCOMPARE(import->mapTo(&wizard, QPoint()), importAt);
        QCOMPARE(add->mapTo(&wizard, QPoint()), addAt);
        QCOMPARE(list(wizard)->mapTo(&wizard, QPoint()), listAt);
        QCOMPARE(list(wizard)->currentRow(), -1);
        QVERIFY(address(wizard)->text().isEmpty());
        QVERIFY(name(wizard)->text().isEmpty());
        // A warning does not move them either, and has its sign.
        typeAccount(wizard, u"https://example.com/verein"_s, u"Verein"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(message(wizard)->text().startsWith(u"⚠"_s));
        QCOMPARE(add->mapTo(&wizard, QPoint()), addAt);
        QCOMPARE(list(wizard)->mapTo(&wizard, QPoint()), listAt);
        typeAccount(wizard, u"@stadt_jugend"_s, u"Jugend"_s);
        auto* platform = child<QComboBox>(wizard, u"platformComboBox"_s);
        platform->setCurrentIndex(platform->findData(int(Platform::Instagram)));
        name(wizard)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 3);
        QCOMPARE(wizard.request().accounts.mid(0, 2), sampleRequest().accounts);
    }

    // Changing a row: F2 (or Edit, or a double click) starts it; it shows
    // (the row marked, the button "Änderung speichern", the line above the
    // editor naming the account); Enter saves; afterwards nothing is
    // selected, the editor is empty and the change can be undone.
    void editModeShowsItselfAndSavesWithEnter()
    {
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        auto* add = button(wizard, u"addAccountButton"_s);
        auto* mode = child<QLabel>(wizard, u"accountEditorModeLabel"_s);
        QCOMPARE(add->text(), u"&Hinzufügen"_s);
        focusRow(wizard, 1);
        QTest::keyClick(focused(), Qt::Key_F2);
        QCOMPARE(add->text(), u"Änderung &speichern"_s);
        QVERIFY2(mode->text().contains(u"„Musterstadt erleben“"_s), qPrintable(mode->text()));
        QVERIFY(list(wizard)->item(1)->font().bold());
        QVERIFY(list(wizard)->item(1)->text().startsWith(u"✎"_s));
        QVERIFY(!list(wizard)->item(0)->font().bold());
        QCOMPARE(focused(), address(wizard));
        QCOMPARE(address(wizard)->text(), u"@musterstadt"_s);
        name(wizard)->setFocus();
        name(wizard)->selectAll();
        type(u"Musterstadt entdecken"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().accounts.size(), 2);
        QCOMPARE(wizard.request().accounts.at(1).name, u"Musterstadt entdecken"_s);
        QCOMPARE(add->text(), u"&Hinzufügen"_s);
        QVERIFY(!list(wizard)->item(1)->font().bold());
        QCOMPARE(list(wizard)->currentRow(), -1);
        QVERIFY(address(wizard)->text().isEmpty());
        QVERIFY(name(wizard)->text().isEmpty());
        auto* undo = button(wizard, u"undoAccountButton"_s);
        QVERIFY(undo->isVisible());
        QVERIFY(!message(wizard)->text().contains(u"⚠"_s));
        // Undone with the button's mnemonic: the old account at its place.
        pressMnemonic(undo);
        QTRY_COMPARE(wizard.request().accounts, sampleRequest().accounts);
        // The focus is on the row brought back, not on the next button of
        // the window (where Enter would switch the language or go back).
        QCOMPARE(focused(), list(wizard));
        // Clicked, the button takes the focus: the same.
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_Delete);
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE(wizard.request().accounts, sampleRequest().accounts);
        QCOMPARE(focused(), list(wizard));
        // The Edit button's mnemonic starts the mode too; a double click as well.
        focusRow(wizard, 0);
        pressMnemonic(button(wizard, u"editAccountButton"_s));
        QTRY_COMPARE(add->text(), u"Änderung &speichern"_s);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QCOMPARE(add->text(), u"&Hinzufügen"_s);
        QListWidget* rows = list(wizard);
        const QRect second = rows->visualItemRect(rows->item(1));
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(rows->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(add->text(), u"Änderung &speichern"_s);
        QCOMPARE(address(wizard)->text(), u"@musterstadt"_s);
    }

    // Esc leaves the mode without a change and without closing the wizard,
    // from a field, the platform box and the list; what was typed for a new
    // account before comes back.
    void escLeavesEditModeOnly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("address") << u"accountAddressLineEdit"_s;
        QTest::newRow("platform") << u"platformComboBox"_s;
        QTest::newRow("name") << u"accountNameLineEdit"_s;
        QTest::newRow("list") << u"accountsListWidget"_s;
    }
    void escLeavesEditModeOnly()
    {
        QFETCH(QString, field);
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        typeAccount(wizard, u"facebook.com/halb"_s, u"Halb getippt"_s);
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_Return); // Enter on a row: change it
        QCOMPARE(button(wizard, u"addAccountButton"_s)->text(), u"Änderung &speichern"_s);
        name(wizard)->setFocus();
        name(wizard)->selectAll();
        type(u"Anders"_s);
        child<QWidget>(wizard, field)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTest::qWait(100);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.request().accounts, sampleRequest().accounts);
        QCOMPARE(button(wizard, u"addAccountButton"_s)->text(), u"&Hinzufügen"_s);
        QCOMPARE(address(wizard)->text(), u"facebook.com/halb"_s);
        QCOMPARE(name(wizard)->text(), u"Halb getippt"_s);
        QVERIFY(!list(wizard)->item(0)->font().bold());
    }

    // Next with a change open saves it (as OK in a dialog takes what is
    // typed); an invalid one keeps the user on the page.
    void nextSavesAnOpenChange()
    {
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_F2);
        QCOMPARE(button(wizard, u"addAccountButton"_s)->text(), u"Änderung &speichern"_s);
        address(wizard)->setFocus();
        address(wizard)->selectAll();
        type(u"https://example.com/falsch"_s);
        next(wizard);
        QTest::qWait(300);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().accounts, sampleRequest().accounts);
        address(wizard)->selectAll();
        type(u"https://www.facebook.com/stadt.musterstadt.neu"_s);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        QCOMPARE(wizard.request().accounts.size(), 2);
        QCOMPARE(wizard.request().accounts.at(0).address,
                 u"https://www.facebook.com/stadt.musterstadt.neu"_s);
    }

    // Removing is undone by Ctrl+Z on the list, step by step, each account
    // at its old place with all its fields; in a text field Ctrl+Z undoes
    // the typing only.
    void removeAndUndo()
    {
        ObjectionWizard wizard;
        ObjectionRequest request = manyAccountsRequest(4);
        request.accounts[1].loginEmail = u"admin@example.org"_s;
        showAccountsPage(wizard, request);
        const QList<Account> before = wizard.request().accounts;
        focusRow(wizard, 1);
        QTest::keyClick(focused(), Qt::Key_Delete);
        QCOMPARE(wizard.request().accounts.size(), 3);
        QVERIFY2(message(wizard)->text().contains(before.at(1).name),
                 qPrintable(message(wizard)->text()));
        focusRow(wizard, 2);
        QVERIFY(press(wizard, u"removeAccountButton"_s));
        QCOMPARE(wizard.request().accounts.size(), 2);
        // Ctrl+Z in the name field: its own typing, not the list.
        name(wizard)->setFocus();
        type(u"abc"_s);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(name(wizard)->text().isEmpty());
        QCOMPARE(wizard.request().accounts.size(), 2);
        list(wizard)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(wizard.request().accounts.size(), 3);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(wizard.request().accounts, before);
        QVERIFY(!button(wizard, u"undoAccountButton"_s)->isVisible());
        // Nothing left to undo: nothing happens.
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(wizard.request().accounts, before);
        // Undo is for what was just done on the page: once it is left (the
        // letter may be saved and recorded), coming back offers none.
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_Delete);
        QCOMPARE(wizard.request().accounts.size(), 3);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QVERIFY(!button(wizard, u"undoAccountButton"_s)->isVisible());
        list(wizard)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(wizard.request().accounts.size(), 3);
    }

    // Reached with Tab among forty accounts, the list marks the row Remove and
    // Edit act on and shows it; with no row marked they are disabled. (A
    // reviewer removed an account scrolled out of view with Alt+E.)
    void removeActsOnlyOnTheMarkedRowInView()
    {
        ObjectionWizard wizard;
        wizard.resize(1000, 680);
        showAccountsPage(wizard, manyAccountsRequest(40));
        QListWidget* rows = list(wizard);
        rows->scrollToBottom();
        address(wizard)->setFocus();
        // Typing changes the hint under the address; the list stays where it
        // is (a double click must hit the row it aimed at).
        QCoreApplication::processEvents();
        const QPoint listAt = rows->mapTo(&wizard, QPoint());
        type(u"@halb"_s);
        QCoreApplication::processEvents();
        QCOMPARE(rows->mapTo(&wizard, QPoint()), listAt);
        auto* remove = button(wizard, u"removeAccountButton"_s);
        QVERIFY(!remove->isEnabled());
        while (focused() != rows) {
            tab();
            QVERIFY(focused() != address(wizard)); // round the page once at most
        }
        QListWidgetItem* current = rows->currentItem();
        QVERIFY(current);
        QVERIFY(current->isSelected());
        QVERIFY(rows->viewport()->rect().intersects(rows->visualItemRect(current)));
        QVERIFY(remove->isEnabled());
        const QString name = wizard.request().accounts.at(rows->row(current)).name;
        pressMnemonic(remove);
        QTRY_COMPARE(wizard.request().accounts.size(), 39);
        QVERIFY(std::none_of(wizard.request().accounts.cbegin(), wizard.request().accounts.cend(),
                             [&name](const Account& account) { return account.name == name; }));
        // The typing in the address field is still there.
        QCOMPARE(address(wizard)->text(), u"@halb"_s);
    }

    // A post's address: the page it belongs to is offered and taken with one
    // click, or by keyboard with the button's mnemonic.
    void postAddressOffersItsPage_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("click") << false;
        QTest::newRow("keyboard") << true;
    }
    void postAddressOffersItsPage()
    {
        QFETCH(bool, byKeyboard);
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        typeAccount(wizard,
                    u"https://m.facebook.com/FoerdervereinAmBach/posts/pfbid0aBc?__tn__=R"_s,
                    u"Foerderverein am Bach"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 2);
        QVERIFY2(message(wizard)->text().contains(
                     u"Meinten Sie https://www.facebook.com/FoerdervereinAmBach?"_s),
                 qPrintable(message(wizard)->text()));
        auto* take = button(wizard, u"accountSuggestionButton"_s);
        QVERIFY(take->isVisible());
        if (byKeyboard)
            pressMnemonic(take);
        else
            QTest::mouseClick(take, Qt::LeftButton);
        QTRY_COMPARE(address(wizard)->text(), u"https://www.facebook.com/FoerdervereinAmBach"_s);
        QVERIFY(!take->isVisible());
        QCOMPARE(focused(), address(wizard));
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 3);
        QCOMPARE(wizard.request().accounts.constLast().address,
                 u"https://www.facebook.com/FoerdervereinAmBach"_s);
    }

    // An @name with "_" for Facebook: one click switches to Instagram and
    // keeps the text.
    void underscoreOffersInstagram()
    {
        ObjectionWizard wizard;
        ObjectionRequest request = sampleRequest();
        request.accounts.removeLast(); // the last platform used is Facebook
        showAccountsPage(wizard, request);
        auto* platform = child<QComboBox>(wizard, u"platformComboBox"_s);
        QCOMPARE(platform->currentData(), QVariant(int(Platform::Facebook)));
        address(wizard)->setFocus();
        type(u"@TSV_BlauWeiss"_s);
        tab(); // leaving the field: the address is checked
        auto* switchButton = button(wizard, u"accountSuggestionButton"_s);
        QVERIFY(switchButton->isVisible());
        QCOMPARE(switchButton->text(), u"Auf Instagram &umstellen"_s);
        pressMnemonic(switchButton);
        QTRY_COMPARE(platform->currentData(), QVariant(int(Platform::Instagram)));
        QCOMPARE(address(wizard)->text(), u"@TSV_BlauWeiss"_s);
        name(wizard)->setFocus();
        type(u"TSV Blau-Weiss"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.constLast().address, u"@tsv_blauweiss"_s);
        QCOMPARE(wizard.request().accounts.constLast().platform, Platform::Instagram);
    }

    // Every mnemonic of the page and the wizard's buttons unique, in both
    // languages, in every state of the editor.
    void mnemonicsUniqueInEveryState_data() { addLanguageRows(); }
    void mnemonicsUniqueInEveryState()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        showAccountsPage(wizard, sampleRequest());
        const auto check = [&wizard](const char* state) {
            int count = 0;
            const QString clash = mnemonicClash(&wizard, &count);
            QVERIFY2(clash.isEmpty(), qPrintable(QString::fromUtf8(state) + u": "_s + clash));
            QVERIFY(count >= 8);
        };
        check("adding");
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_F2);
        check("changing");
        QTest::keyClick(focused(), Qt::Key_Escape);
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_Delete);
        QVERIFY(button(wizard, u"undoAccountButton"_s)->isVisible());
        check("undo shown");
        typeAccount(wizard, u"https://www.facebook.com/Verein/posts/123"_s, u"Verein"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(button(wizard, u"accountSuggestionButton"_s)->isVisible());
        check("suggestion shown");
        typeAccount(wizard, u"@ver_ein"_s, u"Verein"_s);
        auto* platform = child<QComboBox>(wizard, u"platformComboBox"_s);
        platform->setCurrentIndex(platform->findData(int(Platform::Facebook)));
        address(wizard)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(button(wizard, u"accountSuggestionButton"_s)->isVisible());
        check("switch shown");
        focusRow(wizard, 0);
        QTest::keyClick(focused(), Qt::Key_F2);
        check("changing with undo");
    }
};

QTEST_MAIN(AccountEditorGuiTest)
#include "AccountEditorGuiTest.moc"
