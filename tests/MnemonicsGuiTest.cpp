#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "SampleRequests.h"
#include "WizardDriver.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ConfirmationDialog.h"
#include "dialogs/FollowUpPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/OwnAuthorityDialog.h"
#include "dialogs/RecordDialog.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// Alt + a letter in every window of the program: it presses the one button
// or reaches the one field it names, or does nothing – it never types.
class MnemonicsGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_clashes; // every clash found, with where, for one report

    // GNOME (Qt's own theme for it) and KDE name the standard buttons of a
    // dialog with a mnemonic ("&OK", "&Abbrechen", "&Schließen"); the
    // offscreen platform of the tests does not. Counted as there.
    static QStringList desktopButtonTexts(QWidget* window)
    {
        QStringList texts;
        for (auto* box : window->findChildren<QDialogButtonBox*>()) {
            for (QAbstractButton* button : box->buttons()) {
                // Only where the program left Qt's text ("Record" is its own).
                const QDialogButtonBox::StandardButton which = box->standardButton(button);
                const QDialogButtonBox plain(which);
                if (!button->isVisible() || which == QDialogButtonBox::NoButton ||
                    button->text() != plain.button(which)->text())
                    continue;
                const char* source = nullptr;
                switch (which) {
                case QDialogButtonBox::Ok:
                    source = "&OK";
                    break;
                case QDialogButtonBox::Save:
                    source = "&Save";
                    break;
                case QDialogButtonBox::Cancel:
                    source = "&Cancel";
                    break;
                case QDialogButtonBox::Close:
                    source = "&Close";
                    break;
                default:
                    break;
                }
                if (source)
                    texts << QCoreApplication::translate("QGnomeTheme", source);
            }
        }
        return texts;
    }

    // Every key two visible buttons, buddied labels, group boxes or tabs of
    // the window share – all of them, not only the first.
    void collectClashes(QWidget* window, const QString& where)
    {
        QMap<int, QString> used;
        for (const QString& text : mnemonicTexts(window) + desktopButtonTexts(window)) {
            const int key = QKeySequence::mnemonic(text)[0].toCombined();
            if (!key)
                continue;
            if (used.contains(key))
                m_clashes << u"%1: “%2” and “%3”"_s.arg(where, used.value(key), text);
            else
                used.insert(key, text);
        }
        if (qEnvironmentVariableIsSet("KIW_SHOW_MNEMONICS"))
            qDebug("%s: %s", qPrintable(where),
                   qPrintable(QStringList(used.values()).join(u" | "_s)));
    }

    // The window as it is, and in the states its own controls lead to: each
    // choice of a combo box, each box ticked the other way, each option, each
    // row of a list or tree chosen (rows, fields and buttons that come with
    // them). New controls are covered without naming them here.
    // scope: where the controls are (a page of the wizard, or the window).
    void collectInEveryState(QWidget* window, QWidget* scope, const QString& where)
    {
        collectClashes(window, where);
        const auto shown = [](QWidget* widget) {
            return widget->isVisible() && widget->isEnabled();
        };
        for (QComboBox* combo : scope->findChildren<QComboBox*>()) {
            if (!shown(combo) || combo->isEditable())
                continue;
            const int before = combo->currentIndex();
            for (int i = 0; i < combo->count(); ++i) {
                if (i == before)
                    continue;
                combo->setCurrentIndex(i);
                QCoreApplication::processEvents();
                collectClashes(
                    window, u"%1, %2 “%3”"_s.arg(where, combo->objectName(), combo->itemText(i)));
            }
            combo->setCurrentIndex(before);
        }
        for (QAbstractButton* box : scope->findChildren<QAbstractButton*>()) {
            if (!shown(box) || !box->isCheckable() || !qobject_cast<QCheckBox*>(box))
                continue;
            box->click();
            QCoreApplication::processEvents();
            collectClashes(window, u"%1, “%2” %3"_s.arg(where, box->text(),
                                                        box->isChecked() ? u"on"_s : u"off"_s));
            box->click();
        }
        for (QRadioButton* option : scope->findChildren<QRadioButton*>()) {
            if (!shown(option) || option->isChecked())
                continue;
            QList<QRadioButton*> group = option->parentWidget()->findChildren<QRadioButton*>(
                QString(), Qt::FindDirectChildrenOnly);
            QRadioButton* checked = nullptr;
            for (QRadioButton* other : group)
                checked = other->isChecked() ? other : checked;
            option->click();
            QCoreApplication::processEvents();
            collectClashes(window, u"%1, “%2” chosen"_s.arg(where, option->text()));
            if (checked)
                checked->click();
        }
        for (QListWidget* list : scope->findChildren<QListWidget*>()) {
            for (int row = 0; shown(list) && row < std::min(list->count(), 10); ++row) {
                list->setCurrentRow(row);
                QCoreApplication::processEvents();
                collectClashes(
                    window, u"%1, row %2 of %3"_s.arg(where).arg(row + 1).arg(list->objectName()));
            }
        }
        for (QTreeWidget* tree : scope->findChildren<QTreeWidget*>()) {
            int rows = 0;
            for (QTreeWidgetItemIterator it(tree); shown(tree) && *it && rows < 20; ++it, ++rows) {
                tree->setCurrentItem(*it);
                QCoreApplication::processEvents();
                collectClashes(window,
                               u"%1, “%2” in %3"_s.arg(where, (*it)->text(0), tree->objectName()));
            }
        }
    }

    void reportClashes()
    {
        const QStringList clashes = std::exchange(m_clashes, {});
        QVERIFY2(clashes.isEmpty(), qPrintable(u"\n"_s + clashes.join(u'\n')));
    }

    template <typename Dialog> void checkDialog(Dialog& dialog, const QString& name)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        collectInEveryState(&dialog, &dialog, name);
        dialog.reject();
    }

    // Alt + the key of the disabled Next button, in the field that has the
    // focus: the field keeps its text and the page stays.
    static void altNextChangesNothing(ObjectionWizard& wizard, QLineEdit* field)
    {
        QAbstractButton* nextButton = wizard.button(QWizard::NextButton);
        QVERIFY(!nextButton->isEnabled());
        field->setFocus();
        QCOMPARE(focused(), field);
        const QString before = field->text();
        const int page = wizard.currentId();
        QTest::keyClick(field, mnemonicKey(nextButton->text()), Qt::AltModifier);
        QTest::qWait(50); // an animated click would land by now
        QCOMPARE(field->text(), before);
        QCOMPARE(wizard.currentId(), page);
    }

private slots:
    void initTestCase()
    {
        // Message boxes are shown for real in the first test (mnemonics of
        // their buttons); from then on recorded (init()).
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        startClean();
        if (qstrcmp(QTest::currentTestFunction(), "messageBoxButtonsHaveUniqueMnemonics") != 0)
            isolateFromUserFiles();
    }

    void cleanup() { QVERIFY(AppTranslations::install(qApp, u"en"_s)); }

    // The boxes with buttons of the program's own (DialogSeams).
    void messageBoxButtonsHaveUniqueMnemonics_data() { addLanguageRows(); }

    void messageBoxButtonsHaveUniqueMnemonics()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard; // the key guard, as in the program
        int seen = 0;
        const auto check = [this, &seen](const QString& name) {
            return onNextModal(this, [this, &seen, name](QDialog* box) {
                if (!QTest::qWaitForWindowExposed(box))
                    m_clashes << name + u": not shown"_s;
                collectClashes(box, name);
                ++seen;
                box->reject();
            });
        };
        {
            const auto guard = check(u"MessageBox::askToSave"_s);
            MessageBox::askToSave(nullptr, u"title"_s, u"text"_s);
        }
        {
            const auto guard = check(u"MessageBox::question"_s);
            MessageBox::question(nullptr, u"title"_s, u"text"_s);
        }
        {
            const auto guard = check(u"MessageBox::choose (record dialog)"_s);
            MessageBox::choose(
                nullptr, u"title"_s, u"text"_s,
                {RecordDialog::tr("One entry per account"), RecordDialog::tr("One entry for all")});
        }
        QCOMPARE(seen, 3);
        reportClashes();
    }

    // Every page in the states a user reaches, with the wizard's own buttons,
    // in both languages.
    void everyPageHasUniqueMnemonics_data() { addLanguageRows(); }

    void everyPageHasUniqueMnemonics()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        {
            // An entry in the record: the overview comes first.
            RecordStore records;
            QVERIFY(records.add(sampleRecord()).isEmpty());
        }
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.showCase();
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OverviewPageId));
        QList<int> visited;
        for (;;) {
            const int id = wizard.currentId();
            visited << id;
            QCoreApplication::processEvents();
            const QString where =
                u"%1 page %2 (%3)"_s.arg(language).arg(id).arg(wizard.currentPage()->title());
            collectInEveryState(&wizard, wizard.currentPage(), where);
            if (id == ObjectionWizard::DonePageId)
                break;
            wizard.next();
            if (wizard.currentId() == id) {
                m_clashes << where + u": Next does not go on"_s;
                break;
            }
        }
        for (int id : wizard.pageIds())
            QVERIFY2(visited.contains(id), qPrintable(u"page %1 not reached"_s.arg(id)));
        reportClashes();
    }

    // Every dialog of the program, in both languages.
    void everyDialogHasUniqueMnemonics_data() { addLanguageRows(); }

    void everyDialogHasUniqueMnemonics()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        const ObjectionRequest request = sampleRequest();
        RecordStore records(m_dir.filePath(u"dialogs-%1.sqlite"_s.arg(language)));
        ObjectionRecord record = sampleRecord();
        QVERIFY(records.add(record).isEmpty());
        {
            RecordDialog dialog(request);
            checkDialog(dialog, language + u" RecordDialog"_s);
        }
        {
            ConfirmationDialog dialog(record, QString());
            checkDialog(dialog, language + u" ConfirmationDialog"_s);
        }
        {
            HistoryDialog dialog(records, request);
            dialog.select(record.id);
            checkDialog(dialog, language + u" HistoryDialog (record window)"_s);
        }
        {
            // A damaged record: "Start a new record" shows.
            const QString damagedPath = m_dir.filePath(u"damaged-%1.sqlite"_s.arg(language));
            QFile damagedFile(damagedPath);
            QVERIFY(damagedFile.open(QIODevice::WriteOnly));
            damagedFile.write(QByteArray(8192, 'x'));
            damagedFile.close();
            RecordStore damaged(damagedPath);
            HistoryDialog dialog(damaged, request);
            QVERIFY(damaged.unreadable());
            checkDialog(dialog, language + u" HistoryDialog (record damaged)"_s);
        }
        {
            FollowUpPreviewDialog dialog(record, request, records);
            checkDialog(dialog, language + u" FollowUpPreviewDialog (follow-up)"_s);
        }
        {
            FollowUpPreviewDialog dialog(record, request, records, nullptr,
                                         FollowUpPreviewDialog::Kind::AuthorityNotice);
            checkDialog(dialog, language + u" FollowUpPreviewDialog (authority notice)"_s);
        }
        {
            OwnAuthorityDialog dialog(request.organisation);
            checkDialog(dialog, language + u" OwnAuthorityDialog"_s);
        }
        {
            AboutDialog dialog;
            checkDialog(dialog, language + u" AboutDialog"_s);
        }
        reportClashes();
    }

    // With Next disabled, Alt + its key types nothing into the field and
    // stays on the page: the organisation's and the accounts' page.
    void altKeyOfDisabledNextTypesNothing_data() { addLanguageRows(); }

    void altKeyOfDisabledNextTypesNothing()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.restart();
        auto* name = child<QLineEdit>(wizard, u"orgNameLineEdit"_s);
        type(u"Sportverein Musterstadt"_s);
        altNextChangesNothing(wizard, name);
        altNextChangesNothing(wizard, child<QLineEdit>(wizard, u"emailLineEdit"_s));
        wizard.request() = sampleRequest();
        wizard.request().accounts.clear();
        wizard.setStartId(ObjectionWizard::AccountsPageId);
        wizard.restart();
        auto* address = child<QLineEdit>(wizard, u"accountAddressLineEdit"_s);
        QVERIFY(address);
        address->setFocus();
        type(u"facebook.com/musterstadt"_s);
        altNextChangesNothing(wizard, address);
        altNextChangesNothing(wizard, child<QLineEdit>(wizard, u"accountNameLineEdit"_s));
    }

    // In a dialog: Alt + a letter no button of it takes types nothing, in a
    // line edit as in a multi-line note.
    void altKeyInADialogTypesNothing()
    {
        ObjectionWizard wizard;
        const ObjectionRecord record = sampleRecord();
        ConfirmationDialog dialog(record, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        Qt::Key unused = Qt::Key_unknown;
        for (int letter = Qt::Key_A; letter <= Qt::Key_Z && unused == Qt::Key_unknown; ++letter) {
            bool taken = false;
            for (const QString& text : mnemonicTexts(&dialog))
                taken = taken || mnemonicKey(text) == Qt::Key(letter);
            if (!taken)
                unused = Qt::Key(letter);
        }
        QVERIFY(unused != Qt::Key_unknown);
        auto* reference = dialog.findChild<QLineEdit*>(u"referenceLineEdit"_s);
        reference->setFocus();
        type(u"IG-1"_s);
        QTest::keyClick(reference, unused, Qt::AltModifier);
        QCOMPARE(reference->text(), u"IG-1"_s);
        auto* note = dialog.findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
        note->setFocus();
        type(u"Mail"_s);
        QTest::keyClick(note, unused, Qt::AltModifier);
        QCOMPARE(note->toPlainText(), u"Mail"_s);
        QVERIFY(dialog.isVisible());
    }

    // Every kind of text input, in a window of its own (the guard is the
    // application's): Alt + a letter types nothing, the letter alone does.
    void altKeyTypesNothingInAnyTextInput()
    {
        ObjectionWizard wizard;
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* line = new QLineEdit(&window);
        auto* text = new QTextEdit(&window);
        auto* plain = new QPlainTextEdit(&window);
        auto* combo = new QComboBox(&window);
        combo->setEditable(true);
        auto* spin = new QSpinBox(&window);
        spin->setRange(0, 99);
        spin->setValue(0);
        for (QWidget* input : std::initializer_list<QWidget*>{line, text, plain, combo, spin})
            layout->addWidget(input);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto typed = [=](QWidget* input) -> QString {
            if (input == text)
                return text->toPlainText();
            if (input == plain)
                return plain->toPlainText();
            if (input == combo)
                return combo->currentText();
            if (input == spin)
                return spin->text();
            return line->text();
        };
        for (QWidget* input : std::initializer_list<QWidget*>{line, text, plain, combo, spin}) {
            input->setFocus();
            const QString before = typed(input);
            QTest::keyClick(focused(), Qt::Key_7, Qt::AltModifier);
            QTest::keyClick(focused(), Qt::Key_Q, Qt::AltModifier);
            QCOMPARE(typed(input), before);
            QTest::keyClick(focused(), Qt::Key_7);
            QVERIFY2(typed(input) != before, input->metaObject()->className());
        }
    }

    // Alt + the key of an enabled button still presses it from a field.
    void altKeyOfEnabledNextGoesOn()
    {
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.restart();
        auto* name = child<QLineEdit>(wizard, u"orgNameLineEdit"_s);
        name->setFocus();
        const QString before = name->text();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        QCOMPARE(wizard.request().organisation.name, before);
    }

    // AltGr on Windows arrives as Ctrl+Alt ("@" is AltGr+Q on a German
    // keyboard): that is text and reaches the field.
    void ctrlAltStillTypes()
    {
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.restart();
        auto* email = child<QLineEdit>(wizard, u"emailLineEdit"_s);
        email->setFocus();
        type(u"info"_s);
        QTest::sendKeyEvent(QTest::Click, email, Qt::Key_Q, u"@"_s,
                            Qt::ControlModifier | Qt::AltModifier);
        type(u"example.org"_s);
        QCOMPARE(email->text(), u"info@example.org"_s);
    }
};

QTEST_MAIN(MnemonicsGuiTest)
#include "MnemonicsGuiTest.moc"
