#include <QTest>

#include "AccountUndo.h"
#include "SampleRequests.h"

using namespace Qt::StringLiterals;

// The accounts page's undo, without widgets: each step brings the account
// back to its row with all its fields, last step first.
class AccountUndoTest : public QObject
{
    Q_OBJECT

private slots:
    void removalsAndChangesComeBackInPlace()
    {
        QList<Account> accounts = manyAccountsRequest(5).accounts;
        accounts[3].loginEmail = u"admin@example.org"_s;
        const QList<Account> before = accounts;
        AccountUndo undo;
        QVERIFY(undo.isEmpty());
        QCOMPARE(undo.undo(accounts), -1);

        undo.removed(3, accounts.takeAt(3));
        Account changed = accounts.at(1);
        changed.name = u"Neuer Name"_s;
        undo.changed(1, accounts.at(1), changed);
        accounts[1] = changed;
        undo.removed(0, accounts.takeAt(0));
        // Added meanwhile: at the end, it moves no row.
        accounts << Account{Platform::Instagram, u"Neu"_s, u"@neu"_s};
        QCOMPARE(undo.size(), 3);

        QVERIFY(!undo.nextIsChange());
        QCOMPARE(undo.nextAccount(), before.at(0));
        QCOMPARE(undo.undo(accounts), 0);
        QVERIFY(undo.nextIsChange());
        QCOMPARE(undo.undo(accounts), 1);
        QCOMPARE(accounts.at(1), before.at(1));
        QCOMPARE(undo.undo(accounts), 3);
        QCOMPARE(accounts.mid(0, 5), before);
        QCOMPARE(accounts.constLast().address, u"@neu"_s);
        QVERIFY(undo.isEmpty());
    }

    // A change whose row moved is found by its content; one that is gone
    // is not undone into another account.
    void changedAccountIsFoundOrLeftAlone()
    {
        QList<Account> accounts = manyAccountsRequest(3).accounts;
        Account changed = accounts.at(2);
        changed.name = u"Anders"_s;
        AccountUndo undo;
        undo.changed(2, accounts.at(2), changed);
        accounts[2] = changed;
        accounts.move(2, 0);
        QCOMPARE(undo.undo(accounts), 0);
        QCOMPARE(accounts.at(0), manyAccountsRequest(3).accounts.at(2));

        undo.changed(1, accounts.at(1), changed);
        const QList<Account> without = accounts; // "changed" is in none of them
        QCOMPARE(undo.undo(accounts), -1);
        QCOMPARE(accounts, without);
    }

    // A removal at a row past the end (the list shrank) comes back at the end.
    void removalPastTheEndComesBackAtTheEnd()
    {
        QList<Account> accounts = manyAccountsRequest(2).accounts;
        AccountUndo undo;
        const Account last = accounts.takeLast();
        undo.removed(1, last);
        accounts.clear();
        QCOMPARE(undo.undo(accounts), 0);
        QCOMPARE(accounts, QList<Account>{last});
    }
};

QTEST_MAIN(AccountUndoTest)
#include "AccountUndoTest.moc"
