#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "AppSettings.h"
#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "PopplerTools.h"
#include "ProfileFile.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "SampleRequests.h"
#include "SaveThroughDialog.h"
#include "WizardDriver.h"
#include "dialogs/HistoryDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// Profiles, remembered entries and the record of objections, driven through
// the real wizard and its dialogs.
class ProfileAndRecordGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void showOrganisationPage(ObjectionWizard& wizard)
    {
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
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

    void saveAndOpenAProfileWithTheKeyboard()
    {
        const QString path = m_dir.filePath(u"musterstadt.kiw.json"_s);
        {
            ObjectionWizard wizard;
            wizard.setRequest(sampleRequest());
            showOrganisationPage(wizard);
            FileDialog::setNextFileName(path);
            QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
            QCOMPARE(QFileInfo(FileDialog::lastSuggestion()).fileName(),
                     u"Stadt Musterstadt.kiw.json"_s);
        }
        const ProfileReadResult saved = ProfileFile::read(path);
        QVERIFY2(saved.request.has_value(), qPrintable(saved.error));
        QCOMPARE(*saved.request, sampleRequest());

        QSettings().clear();
        ObjectionWizard wizard;
        showOrganisationPage(wizard);
        QVERIFY(child<QLineEdit>(wizard, u"orgNameLineEdit"_s)->text().isEmpty());
        FileDialog::setNextFileName(path);
        QTest::keyClick(focused(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(child<QLineEdit>(wizard, u"orgNameLineEdit"_s)->text(), u"Stadt Musterstadt"_s);
        QCOMPARE(child<QLineEdit>(wizard, u"emailLineEdit"_s)->text(),
                 u"datenschutz@musterstadt.de"_s);
        // Opened in the wizard, a profile gives a letter dated today.
        ObjectionRequest expected = sampleRequest();
        expected.options.date = QDate::currentDate();
        QCOMPARE(wizard.request(), expected);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // "Kunde" typed in the dialog is saved as "Kunde.kiw.json": when that is
    // another organisation's profile, the user is asked first (Qt's dialog only
    // knew the name as typed).
    void typedNameWithoutEndingAsksBeforeReplacingAFile()
    {
        const QString other = m_dir.filePath(u"Kunde.kiw.json"_s);
        ObjectionRequest otherRequest = sampleRequest();
        otherRequest.organisation.name = u"Andere Organisation"_s;
        QVERIFY(ProfileFile::write(other, otherRequest).isEmpty());
        const QString pdf = m_dir.filePath(u"Bericht.pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("alt") == 3);
        }
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        showOrganisationPage(wizard);

        MessageBox::setNextAnswer(false);
        FileDialog::setNextFileName(m_dir.filePath(u"Kunde"_s));
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(MessageBox::lastMessage().contains(u"Kunde.kiw.json"_s),
                 qPrintable(MessageBox::lastMessage()));
        QCOMPARE(ProfileFile::read(other).request->organisation.name, u"Andere Organisation"_s);

        MessageBox::setNextAnswer(true);
        FileDialog::setNextFileName(m_dir.filePath(u"Kunde"_s));
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(ProfileFile::read(other).request->organisation.name, u"Stadt Musterstadt"_s);

        // The same for the letter as PDF.
        MessageBox::setNextAnswer(false);
        FileDialog::setNextFileName(m_dir.filePath(u"Bericht"_s));
        QCOMPARE(
            SaveThroughDialog::save(&wizard, u"PDF"_s, u"x.pdf"_s, u"*.pdf"_s, u".pdf"_s,
                                    [](QIODevice* device) { return device->write("neu") == 3; }),
            QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("alt"));
    }

    void aBadProfileIsRefusedAndKeepsWhatWasTyped()
    {
        const QString path = m_dir.filePath(u"kaputt.kiw.json"_s);
        const QByteArray broken = ProfileFile::toJson(sampleRequest()).left(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        ObjectionWizard wizard;
        showOrganisationPage(wizard);
        type(u"Mein Verein"_s);
        const ObjectionRequest typed = wizard.request();
        FileDialog::setNextFileName(path);
        QVERIFY(press(wizard.button(QWizard::CustomButton2)));
        QVERIFY2(MessageBox::lastWarning().contains(u"kein gültiges JSON"_s),
                 qPrintable(MessageBox::lastWarning()));
        QVERIFY(MessageBox::lastWarning().contains(u"kaputt.kiw.json"_s));
        QCOMPARE(wizard.request(), typed);
        QCOMPARE(child<QLineEdit>(wizard, u"orgNameLineEdit"_s)->text(), u"Mein Verein"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }

    void profileReplacedBehindTheWizardsBack()
    {
        const QString path = m_dir.filePath(u"geteilt.kiw.json"_s);
        QVERIFY(ProfileFile::write(path, sampleRequest()).isEmpty());
        ObjectionWizard wizard;
        showOrganisationPage(wizard);
        FileDialog::setNextFileName(path);
        QTest::keyClick(focused(), Qt::Key_O, Qt::ControlModifier);
        ObjectionRequest opened = sampleRequest();
        opened.options.date = QDate::currentDate();
        QCOMPARE(wizard.request(), opened);

        // Another program replaces the file with half of itself.
        const QByteArray half = ProfileFile::toJson(sampleRequest()).left(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(half);
        }
        FileDialog::setNextFileName(path);
        QTest::keyClick(focused(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(MessageBox::lastWarning().contains(u"geteilt.kiw.json"_s));
        QCOMPARE(wizard.request(), opened); // nothing lost

        // Saving over it writes the whole profile again, atomically.
        FileDialog::setNextFileName(path);
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        const ProfileReadResult read = ProfileFile::read(path);
        QVERIFY2(read.request.has_value(), qPrintable(read.error));
        QCOMPARE(*read.request, opened);
    }

    void entriesAreRememberedOnlyWhenTurnedOn()
    {
        {
            // The default: nothing typed is kept; closing asks first.
            ObjectionWizard wizard;
            showOrganisationPage(wizard);
            type(u"Kreis Beispielheim"_s);
            const int asked = MessageBox::saveQuestionCount();
            MessageBox::setNextSaveChoice(MessageBox::SaveChoice::Discard);
            wizard.reject();
            QCOMPARE(MessageBox::saveQuestionCount(), asked + 1);
            QVERIFY(!wizard.isVisible());
        }
        {
            ObjectionWizard wizard;
            QVERIFY(wizard.request().organisation.name.isEmpty());
            wizard.setStartId(ObjectionWizard::ChecklistPageId);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto* remember = child<QCheckBox>(wizard, u"rememberEntriesCheckBox"_s);
            QVERIFY(!remember->isChecked());
            // The page says what would be stored, and where.
            const QString said = wizard.currentPage()->findChild<QTextBrowser*>()->toPlainText();
            QVERIFY2(said.contains(u"unverschlüsselt"_s) && said.contains(u".conf"_s),
                     qPrintable(said));
            remember->click();
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ObjectionWizard::OrganisationPageId));
            QCOMPARE(focused()->objectName(), u"orgNameLineEdit"_s);
            type(u"Kreis Beispielheim"_s);
            const int asked = MessageBox::saveQuestionCount();
            wizard.reject(); // remembered: nothing to ask
            QCOMPARE(MessageBox::saveQuestionCount(), asked);
        }
        {
            ObjectionWizard wizard;
            QCOMPARE(wizard.request().organisation.name, u"Kreis Beispielheim"_s);
            QCOMPARE(wizard.request().options.date, QDate::currentDate());
            wizard.setStartId(ObjectionWizard::ChecklistPageId);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto* remember = child<QCheckBox>(wizard, u"rememberEntriesCheckBox"_s);
            QVERIFY(remember->isChecked());
            QVERIFY(press(wizard, u"forgetEntriesButton"_s));
            QVERIFY(!remember->isChecked());
            QVERIFY(MessageBox::lastMessage().contains(u"gelöscht"_s));
            wizard.reject();
        }
        ObjectionWizard wizard;
        QVERIFY(wizard.request().organisation.name.isEmpty());
    }

    // Off by default (Art. 25 GDPR); entries an earlier version kept, when it
    // was on by default, stay in use until the user decides.
    void rememberingIsOptIn()
    {
        QCOMPARE(AppSettings().rememberEntries(), false);
        {
            QSettings settings;
            settings.setValue(u"entries/last"_s, ProfileFile::toJson(sampleRequest()));
        }
        AppSettings earlier;
        QCOMPARE(earlier.rememberEntries(), true);
        QCOMPARE(earlier.lastEntries().request->organisation.name,
                 sampleRequest().organisation.name);
        earlier.setRememberEntries(false);
        QCOMPARE(AppSettings().rememberEntries(), false);
        QVERIFY(!QSettings().contains(u"entries/last"_s));
    }

    // Another window (its own connection) records an entry and attaches a
    // file: the open record window shows both without being asked.
    void recordWindowShowsWhatAnotherWindowRecorded()
    {
        const QString path = m_dir.filePath(u"zwei-fenster.sqlite"_s);
        RecordStore mine(path);
        ObjectionRecord first = sampleRecord();
        QVERIFY(mine.add(first).isEmpty());
        HistoryDialog dialog(mine, sampleRequest());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(u"recordsTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        RecordStore other(path);
        ObjectionRecord second = sampleRecord();
        second.id.clear();
        second.organisation = u"Kirchengemeinde St. Petri"_s;
        QVERIFY(other.add(second).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 2, 10000);
        QVERIFY(dialog.findChild<QLabel*>(u"historyStatusLabel"_s)
                    ->text()
                    .contains(u"anderen Fenster"_s));
    }

    // At its default size the record shows every column without sideways
    // scrolling, however long the texts; what is cut is in the tooltip.
    void recordColumnsFitAndLongTextsAreInTheTooltip()
    {
        RecordStore records(m_dir.filePath(u"spalten.sqlite"_s));
        ObjectionRecord record = sampleRecord();
        record.organisation = u"Landesverband der Sport- und Kulturvereine im Landkreis "_s
                              u"Musterstadt-Beispielheim e. V."_s;
        record.sentBy = u"Dr. Maximiliane Mustermann-Beispielsdorf, Datenschutzbeauftragte"_s;
        record.accounts = manyAccountsRequest(12).accounts;
        QVERIFY(records.add(record).isEmpty());
        HistoryDialog dialog(records);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(u"recordsTree"_s);
        QTRY_VERIFY(tree->header()->length() <= tree->viewport()->width());
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
        // Twelve accounts, one row each, with the letter's entry under each.
        QCOMPARE(tree->topLevelItem(0)->childCount(), 12);
        const QTreeWidgetItem* account = tree->topLevelItem(0)->child(0);
        for (int column = 0; column < 3; ++column)
            QCOMPARE(account->toolTip(column), account->text(column));
        QCOMPARE(account->childCount(), 1);
        QVERIFY(account->child(0)->toolTip(0).contains(record.id));
        QCOMPARE(tree->topLevelItem(0)->toolTip(0), record.organisation);
    }

    // The checklist keeps its ticks (they name no person), so it tracks what
    // is done – the admins' own profiles, each account – across sessions.
    void checklistKeepsItsTicks()
    {
        {
            ObjectionWizard wizard;
            wizard.setStartId(ObjectionWizard::ChecklistPageId);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto* admins = wizard.findChild<QWidget*>(u"checklist-adminProfiles"_s);
            QVERIFY(admins);
            QCheckBox* box = admins->findChild<QCheckBox*>();
            QVERIFY(!box->isChecked());
            press(box);
            QVERIFY(box->isChecked());
            QCOMPARE(AppSettings().checklistTicks(), QStringList{u"adminProfiles"_s});
        }
        ObjectionWizard again;
        again.setStartId(ObjectionWizard::ChecklistPageId);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QWidget*>(u"checklist-adminProfiles"_s)
                    ->findChild<QCheckBox*>()
                    ->isChecked());
        QVERIFY(!again.findChild<QWidget*>(u"checklist-accountsCenter"_s)
                     ->findChild<QCheckBox*>()
                     ->isChecked());
    }

    void closingAsksBeforeTypedEntriesAreLost()
    {
        const QString path = m_dir.filePath(u"beim-schliessen.kiw.json"_s);
        QFile::remove(path);
        ObjectionWizard wizard;
        showOrganisationPage(wizard);
        // Nothing typed: closing asks nothing.
        int asked = MessageBox::saveQuestionCount();
        wizard.reject();
        QCOMPARE(MessageBox::saveQuestionCount(), asked);
        showOrganisationPage(wizard);
        type(u"Sportverein Musterstadt e. V."_s);
        // Cancel: the wizard stays open with everything typed.
        MessageBox::setNextSaveChoice(MessageBox::SaveChoice::Cancel);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QCOMPARE(MessageBox::saveQuestionCount(), ++asked);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.request().organisation.name, u"Sportverein Musterstadt e. V."_s);
        // Save: the profile is written, then the wizard closes.
        MessageBox::setNextSaveChoice(MessageBox::SaveChoice::Save);
        FileDialog::setNextFileName(path);
        QVERIFY(wizard.close());
        QCOMPARE(MessageBox::saveQuestionCount(), ++asked);
        QVERIFY(!wizard.isVisible());
        const ProfileReadResult read = ProfileFile::read(path);
        QVERIFY2(read.request, qPrintable(read.error));
        QCOMPARE(read.request->organisation.name, u"Sportverein Musterstadt e. V."_s);
        // Saved: closing again asks nothing.
        showOrganisationPage(wizard);
        wizard.reject();
        QCOMPARE(MessageBox::saveQuestionCount(), asked);
        // Opening another profile over typed entries asks as well.
        showOrganisationPage(wizard);
        auto* name = child<QLineEdit>(wizard, u"orgNameLineEdit"_s);
        name->setFocus();
        name->end(false);
        type(u" Abteilung Tennis"_s);
        MessageBox::setNextSaveChoice(MessageBox::SaveChoice::Cancel);
        QVERIFY(press(wizard.button(QWizard::CustomButton2)));
        QCOMPARE(MessageBox::saveQuestionCount(), ++asked);
        QVERIFY(wizard.request().organisation.name.endsWith(u"Tennis"_s));
    }

    void recordConfirmAndDocumentAnObjection()
    {
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        wizard.setStartId(ObjectionWizard::PreviewPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        const QString ics = m_dir.filePath(u"erinnerung.ics"_s);
        FileDialog::setNextFileName(ics);
        auto recordDialog = onNextModal(this, [](QDialog* dialog) {
            QVERIFY(press(dialog->findChild<QRadioButton*>(u"routeLetterRadio"_s)));
            dialog->findChild<QLineEdit*>(u"sentByLineEdit"_s)->setText(u"Max Muster"_s);
            dialog->accept();
        });
        QVERIFY(press(wizard, u"recordAsSentButton"_s));
        QTRY_COMPARE(wizard.records().all().size(), 1);
        const ObjectionRecord record = wizard.records().all().constFirst();
        QCOMPARE(record.route, Route::Letter);
        QCOMPARE(record.sentBy, u"Max Muster"_s);
        QCOMPARE(record.accounts, sampleRequest().accounts);
        QVERIFY(record.sentText.contains(u"Meta Platforms Ireland Limited"_s)); // the letter
        QVERIFY(QFile::exists(ics));
        RecordStore onDisk(RecordStore::defaultPath());
        QVERIFY(onDisk.open().isEmpty());
        QCOMPARE(onDisk.all(), wizard.records().all());

        // The history: add Meta's confirmation, then save the documentation.
        auto history = onNextModal(this, [this](QDialog* dialog) {
            auto* tree = dialog->findChild<QTreeWidget*>(u"recordsTree"_s);
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
            auto confirmation = onNextModal(this, [](QDialog* confirm) {
                auto* accounts = confirm->findChild<QListWidget*>(u"confirmedAccountsList"_s);
                for (int row = 0; row < accounts->count(); ++row)
                    accounts->item(row)->setCheckState(Qt::Checked);
                confirm->findChild<QLineEdit*>(u"referenceLineEdit"_s)->setText(u"FB-4711"_s);
                confirm->findChild<QPlainTextEdit*>(u"noteTextEdit"_s)
                    ->setPlainText(u"Ordner DS-7"_s);
                confirm->accept();
            });
            press(dialog->findChild<QAbstractButton*>(u"addConfirmationButton"_s));
            FileDialog::setNextFileName(m_dir.filePath(u"nachweis.pdf"_s));
            press(dialog->findChild<QAbstractButton*>(u"documentationButton"_s));
            dialog->reject();
        });
        QVERIFY(press(wizard, u"historyButton"_s));
        const ObjectionRecord confirmed = wizard.records().all().constFirst();
        QVERIFY(confirmed.allConfirmed());
        QCOMPARE(confirmed.confirmationFor(confirmed.accounts.at(1))->reference, u"FB-4711"_s);
        const QString text = PopplerTools::rawText(m_dir.filePath(u"nachweis.pdf"_s));
        for (const QString& fact : {u"FB-4711"_s, u"Ordner DS-7"_s, u"Max Muster"_s,
                                    u"Bestätigt von Meta"_s, u"Brief per Post"_s})
            QVERIFY2(text.contains(fact), qPrintable(fact));
    }
};

QTEST_MAIN(ProfileAndRecordGuiTest)
#include "ProfileAndRecordGuiTest.moc"
