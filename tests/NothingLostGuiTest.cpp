#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ExportDriver.h"
#include "ObjectionWizard.h"
#include "ProfileFile.h"
#include "RecordStore.h"
#include "SampleRequests.h"
#include "TestFiles.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// What the user typed or recorded is never dropped, nor put where it does not
// belong: the places where a tester lost data by hand.
class NothingLostGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void showAccountsPage(ObjectionWizard& wizard)
    {
        wizard.setStartId(ObjectionWizard::AccountsPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
    }

    static void enter(ObjectionWizard& wizard, const QString& name, const QString& address)
    {
        auto* nameEdit = child<QLineEdit>(wizard, u"accountNameLineEdit"_s);
        nameEdit->setFocus();
        type(name);
        child<QLineEdit>(wizard, u"accountAddressLineEdit"_s)->setFocus();
        type(address);
    }

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
    }

    void init()
    {
        startClean();
        MessageBox::setNextAnswer(true);
    }

    // After "Remove", "Save changes" once overwrote the next account with what
    // was typed for a new one.
    void removingLeavesNoOtherAccountToOverwrite()
    {
        ObjectionWizard wizard;
        wizard.setRequest(manyAccountsRequest(3));
        showAccountsPage(wizard);
        const QList<Account> before = wizard.request().accounts;
        auto* list = child<QListWidget>(wizard, u"accountsListWidget"_s);
        QCOMPARE(list->currentRow(), -1); // nothing selected after loading either
        list->setCurrentRow(0);
        QVERIFY(press(wizard, u"removeAccountButton"_s));
        QCOMPARE(list->currentRow(), -1);
        QVERIFY(!child<QAbstractButton>(wizard, u"editAccountButton"_s)->isEnabled());
        enter(wizard, u"Neue Seite"_s, u"facebook.com/neueseite"_s);
        QVERIFY(!press(wizard, u"editAccountButton"_s) ||
                wizard.request().accounts == before.mid(1));
        QCOMPARE(wizard.request().accounts, before.mid(1));
    }

    // An account typed but not added came to nothing when the user went on.
    void typedButNotAddedIsAddedOnNext()
    {
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        wizard.request().accounts.clear();
        showAccountsPage(wizard);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        enter(wizard, u"Chor Großbeerener Spatzen"_s, u"https://www.facebook.com/spatzen"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        QCOMPARE(wizard.request().accounts.size(), 1);
        QCOMPARE(wizard.request().accounts.constFirst().name, u"Chor Großbeerener Spatzen"_s);
    }

    void typedButWrongKeepsTheUserOnThePage()
    {
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        showAccountsPage(wizard);
        enter(wizard, u"Jugend"_s, u"https://example.com/jugend"_s);
        next(wizard);
        QTest::qWait(300); // the animated click
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().accounts, sampleRequest().accounts);
        QCOMPARE(child<QLineEdit>(wizard, u"accountAddressLineEdit"_s)->text(),
                 u"https://example.com/jugend"_s);
    }

    // A profile opened on the preview page without accounts or sender would
    // leave a letter without them ready to save and print.
    void incompleteProfileOpenedLaterLeadsBackToItsPage()
    {
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        const QString profile = m_dir.filePath(u"ohne-konten.kiw.json"_s);
        ObjectionRequest withoutAccounts = sampleRequest();
        withoutAccounts.accounts.clear();
        QVERIFY(ProfileFile::write(profile, withoutAccounts).isEmpty());
        FileDialog::setNextFileName(profile);
        QTest::keyClick(focused(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().options.date, QDate::currentDate()); // dated today

        const QString minimal = m_dir.filePath(u"minimal.kiw.json"_s);
        QVERIFY(TestFiles::writeFile(minimal, "{\"format\": \"ki-widerspruch-profile\", "
                                              "\"version\": 1}"));
        FileDialog::setNextFileName(minimal);
        QTest::keyClick(focused(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OrganisationPageId));
    }

    // A record that cannot be written (a file where the data folder should
    // be) is said at once; the letter and the entries stay as they are.
    void recordThatCannotBeWrittenIsSaidAndLosesNothingTyped()
    {
        const QString dataFolder = QFileInfo(RecordStore::defaultPath()).absolutePath();
        QDir(dataFolder).removeRecursively();
        // The run's own home is new: its share folder may not exist yet.
        QVERIFY(QDir().mkpath(QFileInfo(dataFolder).absolutePath()));
        QVERIFY(TestFiles::writeFile(dataFolder, "a file where the folder should be"));
        {
            ObjectionWizard wizard;
            wizard.setRequest(sampleRequest());
            wizard.setStartId(ObjectionWizard::PreviewPageId);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(!ExportDriver::recordAndSaveDocumentation(this, wizard,
                                                              m_dir.filePath(u"x.pdf"_s)));
            QVERIFY2(MessageBox::lastWarning().contains(u"konnte nicht angelegt werden"_s),
                     qPrintable(MessageBox::lastWarning()));
            QCOMPARE(wizard.request(), sampleRequest());
            QVERIFY(wizard.isVisible());
        }
        QFile::remove(dataFolder);
    }
};

QTEST_MAIN(NothingLostGuiTest)
#include "NothingLostGuiTest.moc"
