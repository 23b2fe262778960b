#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "AppTranslations.h"
#include "DesktopDatabase.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "PlainTextLetterWriter.h"
#include "PopplerTools.h"
#include "RecordStartup.h"
#include "RecordTreeRows.h"
#include "SingleInstance.h"
#include "Today.h"
#include "WizardDriver.h"
#include "dialogs/FollowUpPreviewDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {
// The club of the issue: a secretary who signs "i. A.", three accounts.
ObjectionRequest clubRequest(const QString& language)
{
    ObjectionRequest request;
    Organisation& org = request.organisation;
    org.name = u"TSV Blau-Weiß Unterhaching e.V."_s;
    org.kind = OrganisationKind::Association;
    org.contactName = u"Sabine Huber"_s;
    org.contactRole = u"Schriftführerin"_s;
    org.email = u"vorstand@tsv-blau-weiss.example"_s;
    org.street = u"Sportparkstraße 12"_s;
    org.postcode = u"82008"_s;
    org.city = u"Unterhaching"_s;
    org.country = u"Deutschland"_s;
    request.accounts = {
        {Platform::Facebook, u"TSV Blau-Weiß Unterhaching"_s,
         u"https://www.facebook.com/tsvblauweissunterhaching"_s},
        {Platform::Instagram, u"tsv_blauweiss"_s, u"@tsv_blauweiss"_s},
        {Platform::Facebook, u"TSV Blau-Weiß Jugend"_s,
         u"https://www.facebook.com/tsvblauweissjugend"_s},
    };
    request.options.letterLanguage = language;
    request.options.grounds = suggestedGrounds(org);
    request.options.signatoryName = u"Thomas Berger"_s;
    request.options.signatoryRole = u"1. Vorsitzender"_s;
    request.options.signatoryCapacity = SignatoryCapacity::OnBehalf;
    return request;
}
} // namespace

// The case, walked as the club secretary lives it, with the clock
// set: day 1 the letter and two online forms for three accounts, "Discard" at
// the end; a confirmation for the Instagram form; day 35 the program opens on
// the overview with the follow-up due, made from there without typing, as
// sent on day 1 and naming only the unconfirmed accounts; a name typed with
// "ss" finds the "ß" organisation.
class CaseWalkGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // "Record as sent …" on the preview page, accounts ticked by row.
    void record(ObjectionWizard& wizard, bool online, const QList<int>& accounts,
                const QString& reminder = QString())
    {
        bool recorded = false;
        auto guard = onNextModal(this, [&](QDialog* dialog) {
            press(dialog->findChild<QRadioButton*>(online ? u"routeOnlineRadio"_s
                                                          : u"routeLetterRadio"_s));
            if (online)
                dialog->findChild<QLineEdit*>(u"adminLoginLineEdit"_s)
                    ->setText(u"sabine.huber@example.org"_s);
            auto* list = dialog->findChild<QListWidget*>(u"recordAccountsList"_s);
            for (int row = 0; row < list->count(); ++row)
                list->item(row)->setCheckState(accounts.contains(row) ? Qt::Checked
                                                                      : Qt::Unchecked);
            dialog->findChild<QCheckBox*>(u"reminderCheckBox"_s)->setChecked(!reminder.isEmpty());
            if (!reminder.isEmpty())
                FileDialog::setNextFileName(reminder);
            recorded = true;
            dialog->accept();
        });
        QVERIFY(press(wizard, u"recordAsSentButton"_s));
        QVERIFY(recorded);
    }

    // The link in a calendar file (its URL property).
    static QString linkIn(const QString& icsPath)
    {
        QFile ics(icsPath);
        if (!ics.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(ics.readAll()).remove(u"\r\n "_s);
        for (const QString& line : text.split(u"\r\n"_s)) {
            if (line.startsWith(u"URL:"_s))
                return line.mid(4);
        }
        return {};
    }

    // Starts the real program (or xdg-open) as a second start; the record
    // window this opens in the running wizard is looked at and closed.
    QString secondStartShows(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& environment)
    {
        QString shown = u"(no record window)"_s;
        auto guard = onNextModal(this, [&shown](QDialog* record) {
            const auto close = qScopeGuard([record] { record->reject(); });
            auto* tree = record->findChild<QTreeWidget*>(u"recordsTree"_s);
            shown = tree && tree->currentItem()
                        ? tree->currentItem()->data(0, Qt::UserRole).toString()
                        : QString();
        });
        QProcess second;
        second.setProcessEnvironment(environment);
        second.start(program, arguments);
        // The event loop runs meanwhile: this window answers the request.
        if (!QTest::qWaitFor([&second] { return second.state() == QProcess::NotRunning; }, 30000))
            return u"still running"_s;
        if (second.exitCode() != 0)
            return u"exit %1: %2"_s.arg(second.exitCode())
                .arg(QString::fromUtf8(second.readAllStandardError()));
        const bool opened =
            QTest::qWaitFor([&shown] { return shown != u"(no record window)"_s; }, 10000);
        return opened ? shown : u"(no record window)"_s;
    }

    static QListWidget* dueList(ObjectionWizard& wizard)
    {
        return wizard.currentPage()->findChild<QListWidget*>(u"dueList"_s);
    }

private slots:
    void initTestCase()
    {
        // No test mode: the record, settings and the one-window socket in the
        // folders IsolatedHome gives this run, which the real program started
        // as a second start shares.
        QCoreApplication::setOrganizationName(u"KI-Widerspruch"_s);
        QCoreApplication::setApplicationName(u"ki-widerspruch"_s);
        MessageBox::recordInsteadOfShowing();
        MessageBox::setNextAnswer(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { startClean(); }

    void cleanup() { Today::setForTests(QDate()); }

    void aCaseRunsForMonths_data() { addLanguageRows(); }

    void aCaseRunsForMonths()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        const bool german = language == u"de"_s;
        // The club writes to Meta in German whatever language its secretary
        // reads the program in.
        const ObjectionRequest club = clubRequest(u"de"_s);

        // Day 1: an empty record starts on the first step, as always.
        Today::setForTests(QDate(2026, 11, 2));
        {
            ObjectionWizard wizard;
            QVERIFY(!wizard.page(ObjectionWizard::OverviewPageId));
            wizard.setRequest(club);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            QCOMPARE(wizard.currentId(), int(ObjectionWizard::WhyPageId));
            while (wizard.currentId() != ObjectionWizard::PreviewPageId) {
                const int before = wizard.currentId();
                next(wizard);
                QTRY_VERIFY2(wizard.currentId() != before, qPrintable(QString::number(before)));
            }
            record(wizard, false, {0, 1, 2}, m_dir.filePath(u"erinnerung-brief.ics"_s));
            record(wizard, true, {1});
            record(wizard, true, {2});
            QCOMPARE(wizard.records().count(), 3);
            wizard.activateWindow(); // after the dialogs
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            next(wizard);
            QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::DonePageId));
            // "Discard", as most people answer.
            MessageBox::setNextSaveChoice(MessageBox::SaveChoice::Discard);
            wizard.reject();
            QVERIFY(!wizard.isVisible());
        }
        // The reminder leads back: it names the entry and the way to it.
        const QString letterId = [] {
            RecordStore store;
            for (const ObjectionRecord& entry : store.all()) {
                if (entry.route == Route::Letter)
                    return entry.id;
            }
            return QString();
        }();
        QVERIFY(!letterId.isEmpty());
        {
            QFile ics(m_dir.filePath(u"erinnerung-brief.ics"_s));
            QVERIFY(ics.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(ics.readAll()).remove(u"\r\n "_s);
            QVERIFY2(text.contains(letterId), qPrintable(text));
        }

        // Day 12: Meta confirms the Instagram form.
        Today::setForTests(QDate(2026, 11, 14));
        {
            RecordStore store;
            for (const ObjectionRecord& entry : store.all()) {
                if (entry.route == Route::OnlineForm &&
                    entry.accounts.constFirst() == club.accounts.at(1))
                    QCOMPARE(store.confirm(entry.id,
                                           {ObjectionRecord::accountKey(club.accounts.at(1))},
                                           {QDate(2026, 11, 14), u"IG-2231"_s, QString()}),
                             QString());
            }
        }

        // Day 35: the program opens on the overview, the follow-up due.
        Today::setForTests(QDate(2026, 12, 7));
        ObjectionWizard wizard;
        QVERIFY(wizard.request().organisation.name.isEmpty()); // nothing was kept
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OverviewPageId));
        // As after the first paint in the program.
        checkRecordAfterStart(&wizard, wizard.records());
        wizard.showCase();
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OverviewPageId));
        auto* indicator = wizard.findChild<QLabel*>(u"stepIndicatorLabel"_s);
        QCOMPARE(indicator->text(), german ? u"Übersicht"_s : u"Overview"_s);
        QListWidget* due = dueList(wizard);
        QVERIFY(due);
        // The letter (two accounts open: Instagram was confirmed through its
        // form) and the second form; the confirmed form is not due.
        QCOMPARE(due->count(), 2);
        QVERIFY2(due->item(0)->text().contains(
                     german ? u"2 Konten seit über einem Monat ohne Antwort"_s
                            : u"2 account(s) without an answer for over a month"_s),
                 qPrintable(due->item(0)->text()));
        QVERIFY(due->item(0)->text().contains(club.organisation.name));
        QCOMPARE(due->currentRow(), 0);
        // Each row whole, wrapped to the list's width: the step it names
        // ("… – Erinnerungsschreiben erstellen") is at its end.
        for (int row = 0; row < due->count(); ++row) {
            const QRect shown = due->visualItemRect(due->item(row));
            QVERIFY2(due->viewport()->rect().contains(shown),
                     qPrintable(u"row %1 cut: %2"_s.arg(row).arg(due->item(row)->text())));
            const QRect needed = due->fontMetrics().boundingRect(
                QRect(0, 0, shown.width(), 0), Qt::TextWordWrap, due->item(row)->text());
            QVERIFY2(needed.height() <= shown.height(),
                     qPrintable(u"row %1 needs %2 px, has %3"_s.arg(row)
                                    .arg(needed.height())
                                    .arg(shown.height())));
        }

        // From there, without typing anything: the preview, then saved.
        const QString pdf = m_dir.filePath(u"erinnerung-%1.pdf"_s.arg(language));
        bool previewed = false;
        auto guard = onNextModal(this, [&](QDialog* dialog) {
            // Closed also when a check fails, or the test would wait forever.
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            auto* preview = qobject_cast<FollowUpPreviewDialog*>(dialog);
            QVERIFY(preview);
            QVERIFY2(preview->warnings().isEmpty(), qPrintable(preview->warnings().join(u'\n')));
            const QString text = PlainTextLetterWriter::fullText(preview->letter());
            // Sender and signatory as sent on day 1, not from today's empty fields.
            for (const QString& part : {u"Sportparkstraße 12"_s, u"82008 Unterhaching"_s,
                                        u"i. A."_s, u"Thomas Berger"_s, u"1. Vorsitzender"_s})
                QVERIFY2(text.contains(part), qPrintable(part + u"\n\n"_s + text));
            // Only the unconfirmed accounts as unanswered; Instagram as confirmed.
            const qsizetype confirmed = text.indexOf(u"@tsv_blauweiss"_s);
            QVERIFY(confirmed >= 0);
            QVERIFY2(text.contains(u"IG-2231"_s), qPrintable(text));
            FileDialog::setNextFileName(pdf);
            MessageBox::setNextAnswer(true); // written again today
            QVERIFY(press(dialog->findChild<QPushButton*>(u"savePdfButton"_s)));
            previewed = true;
        });
        QVERIFY(press(wizard, u"overviewFollowUpButton"_s));
        QVERIFY(previewed);
        QVERIFY(QFile::exists(pdf));
        const QString saved = PopplerTools::rawText(pdf);
        QVERIFY2(saved.contains(u"Thomas Berger"_s), qPrintable(saved));
        QCOMPARE(wizard.records().entry(letterId)->followUpSentOn, QDate(2026, 12, 7));
        // Done: the letter's step is gone, and the youth team's form with it –
        // the follow-up named its account; nothing is due until its month ends.
        QCOMPARE(due->count(), 1);
        QVERIFY2(due->item(0)->text().contains(german ? u"nichts fällig"_s : u"Nothing is due"_s),
                 qPrintable(due->item(0)->text()));

        // Meta's e-mail for the youth team's Page comes: attached and recorded
        // as its confirmation in one action, from the record on every page.
        const QString mail = m_dir.filePath(u"meta-%1.eml"_s.arg(language));
        {
            QFile file(mail);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Date: Tue, 8 Dec 2026 10:12:00 +0100\r\n"
                       "From: Facebook <noreply@facebookmail.com>\r\n"
                       "Subject: Wir haben deinen Widerspruch erhalten\r\n"
                       "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                       "Wir haben deinen Widerspruch erhalten.\r\n");
        }
        Today::setForTests(QDate(2026, 12, 8));
        bool confirmed = false;
        auto inRecord = onNextModal(this, [&](QDialog* record) {
            const auto close = qScopeGuard([record] { record->reject(); });
            auto* tree = record->findChild<QTreeWidget*>(u"recordsTree"_s);
            QTreeWidgetItem* youth = RecordTreeRows::accountRow(tree, u"Jugend"_s);
            QVERIFY(youth);
            tree->setCurrentItem(youth);
            FileDialog::setNextFileName(mail);
            auto confirm = onNextModal(this, [&](QDialog* dialog) {
                QCOMPARE(dialog->objectName(), u"confirmationDialog"_s);
                confirmed = true;
                dialog->accept();
            });
            QVERIFY(press(record->findChild<QPushButton*>(u"attachMailAndConfirmButton"_s)));
        });
        QVERIFY(press(wizard, u"historyButton"_s));
        QVERIFY(confirmed);
        int confirmations = 0;
        for (const ObjectionRecord& entry : wizard.records().all()) {
            const auto youth = entry.confirmationFor(club.accounts.at(2));
            if (youth) {
                ++confirmations;
                QCOMPARE(youth->received, QDate(2026, 12, 8)); // the e-mail's day
                QCOMPARE(entry.attachments.size(), 1);
            }
        }
        QCOMPARE(confirmations, 1);
        // Nothing is due any more: the overview says when the next answer is due.
        QCOMPARE(due->count(), 1);
        QVERIFY2(due->item(0)->text().contains(german ? u"nichts fällig"_s : u"Nothing is due"_s),
                 qPrintable(due->item(0)->text()));

        // The reminder of day 1 leads back to its entry: its link, as
        // --record-entry, as the desktop opens it (xdg-open) and as a plain
        // second start, reaches this window instead of opening another.
        const QString link = linkIn(m_dir.filePath(u"erinnerung-brief.ics"_s));
        QCOMPARE(link, u"ki-widerspruch://record/"_s + letterId);
        SingleInstance instance;
        QCOMPARE(instance.start(QString(), false), SingleInstance::Start::First);
        QStringList reached;
        QVERIFY(instance.listen([&reached, &wizard](const QString& id) {
            reached << id;
            if (!id.isEmpty())
                QMetaObject::invokeMethod(
                    &wizard, [&wizard, id] { wizard.showRecordEntry(id); }, Qt::QueuedConnection);
        }));
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QCOMPARE(secondStartShows(QStringLiteral(KIW_BINARY), {u"--record-entry"_s, letterId},
                                  environment),
                 letterId);
        QCOMPARE(secondStartShows(QStringLiteral(KIW_BINARY), {u"--"_s, link}, environment),
                 letterId);
#ifdef Q_OS_LINUX
        // xdg-open with a desktop database of this run's own: the desktop
        // file as installed, starting the program just built.
        const QString xdgOpen = QStandardPaths::findExecutable(u"xdg-open"_s);
        if (!xdgOpen.isEmpty() && !QStringLiteral(KIW_BINARY).contains(u' ')) {
            QVERIFY(DesktopDatabase::installLinkHandler(u"kiw-case-test.desktop"_s, KIW_BINARY));
            QTemporaryDir system; // no system desktop files: only this run's counts
            const QProcessEnvironment desktopless =
                DesktopDatabase::withoutDesktop(environment, system.path());
            QCOMPARE(secondStartShows(xdgOpen, {link}, desktopless), letterId);
        } else {
            qWarning("xdg-open not installed or the build folder has a space: not tried");
        }
#endif
        // A plain second start only brings this window forward.
        const qsizetype before = reached.size();
        QProcess plain;
        plain.start(QStringLiteral(KIW_BINARY), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(plain.state() == QProcess::NotRunning, 30000);
        QCOMPARE(plain.exitCode(), 0);
        QTRY_COMPARE(reached.size(), before + 1);
        QCOMPARE(reached.constLast(), QString());
        QVERIFY(wizard.isVisible());

        // A new objection: the name typed with "ss" finds the "ß" organisation.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::WhyPageId));
        QCOMPARE(indicator->text(), german ? u"Schritt 1 von 8"_s : u"Step 1 of 8"_s);
        wizard.request().organisation.name = u"TSV Blau-Weiss Unterhaching e. V."_s;
        wizard.setStartId(ObjectionWizard::AccountsPageId);
        wizard.restart();
        QVERIFY(press(wizard, u"importAccountsButton"_s));
        QCOMPARE(wizard.request().accounts.size(), 3);
        // Not the same name: the closest are offered, and the one chosen used.
        wizard.request().accounts.clear();
        wizard.request().organisation.name = u"TSV Blau Weis Unterhaching"_s;
        MessageBox::setNextChoice(0);
        QVERIFY(press(wizard, u"importAccountsButton"_s));
        QVERIFY2(MessageBox::lastMessage().contains(club.organisation.name),
                 qPrintable(MessageBox::lastMessage()));
        QCOMPARE(wizard.request().accounts.size(), 3);
        // One organisation in the record, not two: named as there.
        QCOMPARE(wizard.request().organisation.name, club.organisation.name);
    }

    // The overview goes when the record holds nothing after all (every entry
    // deleted in another window), and the wizard starts on its first step.
    void anEmptyRecordStartsOnTheFirstStep()
    {
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
        {
            RecordStore store;
            QCOMPARE(store.open(), QString()); // made, but holds nothing
        }
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OverviewPageId));
        checkRecordAfterStart(&wizard, wizard.records());
        wizard.showCase();
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::WhyPageId));
        QVERIFY(!wizard.page(ObjectionWizard::OverviewPageId));
        // Known now: the next start does not even look.
        ObjectionWizard again;
        QVERIFY(!again.page(ObjectionWizard::OverviewPageId));
    }
};

QTEST_MAIN(CaseWalkGuiTest)
#include "CaseWalkGuiTest.moc"
