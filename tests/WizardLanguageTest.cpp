#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "PopplerTools.h"
#include "RecordStore.h"
#include "SampleRequests.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// The English edition and the switch between the languages of the interface.
class WizardLanguageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void typeOrganisation()
    {
        type(u"City of Exampleton"_s); // suggests a public authority
        QCOMPARE(
            child<QComboBox>(*qobject_cast<QWizard*>(focused()->window()), u"orgKindComboBox"_s)
                ->currentData(),
            QVariant(int(OrganisationKind::PublicAuthority)));
        tab();
        tab(); // past "public body", ticked as suggested
        tab();
        type(u"Jane Doe"_s);
        tab();
        type(u"Data Protection Officer"_s);
        tab();
        type(u"privacy@exampleton.example"_s);
    }

private slots:
    void init() { startClean(); }

    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(m_dir.isValid());
    }

    void walkInEnglishAndExportAnEnglishLetter()
    {
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentPage()->title(), u"Why object?"_s);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Next >"_s);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&wizard, Qt::Key_Enter);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::OrganisationPageId));
        typeOrganisation();
        // The country decides the letter's language: English for Ireland.
        auto* country = child<QLineEdit>(wizard, u"countryLineEdit"_s);
        country->setFocus();
        country->selectAll();
        type(u"Ireland"_s);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        type(u"facebook.com/exampleton"_s);
        tab();
        tab();
        type(u"City of Exampleton"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard.request().accounts.size(), 1);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::LetterOptionsPageId));
        QCOMPARE(child<QComboBox>(wizard, u"letterLanguageComboBox"_s)->currentText(),
                 u"English"_s);
        QTest::keyClick(focused(), Qt::Key_Enter);
        QCOMPARE(wizard.currentId(), int(ObjectionWizard::PreviewPageId));

        const QString pdf = m_dir.filePath(u"letter.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(press(wizard, u"savePdfButton"_s));
        QVERIFY(QFileInfo(FileDialog::lastSuggestion())
                    .fileName()
                    .startsWith(u"Objection-AI-Training-City-of-Exampleton-"_s));
        const QString text = PopplerTools::rawText(pdf);
        const QString today =
            QLocale(QLocale::English).toString(QDate::currentDate(), u"d MMMM yyyy"_s);
        for (const QString& expected :
             {u"Dear Sir or Madam,"_s, u"we object to the use of the content"_s,
              u"Article 12(3) GDPR provides one month"_s, u"Yours faithfully,"_s, u"Jane Doe"_s,
              u"IRELAND"_s, today}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY(!text.contains(u"DSGVO"_s));
    }

    void switchingTheLanguageKeepsWhatWasTyped()
    {
        QVERIFY(AppTranslations::install(qApp, u"de"_s));
        ObjectionWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&wizard, Qt::Key_Enter);
        typeOrganisation();
        const ObjectionRequest typed = wizard.request();

        QAbstractButton* language = wizard.button(QWizard::CustomButton1);
        QCOMPARE(language->text(), u"English"_s);
        QVERIFY(press(language));
        QCOMPARE(AppTranslations::current(), u"en"_s);
        QCOMPARE(wizard.currentPage()->title(), u"Your organisation"_s);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Next >"_s);
        QCOMPARE(language->text(), u"Deutsch"_s);
        QCOMPARE(child<QLineEdit>(wizard, u"orgNameLineEdit"_s)->text(), u"City of Exampleton"_s);
        QCOMPARE(child<QComboBox>(wizard, u"orgKindComboBox"_s)->currentText(),
                 u"Public authority"_s);
        // The preset country follows the language; everything typed stays.
        ObjectionRequest expected = typed;
        QCOMPARE(typed.organisation.country, u"Deutschland"_s);
        expected.organisation.country = u"Germany"_s;
        QCOMPARE(wizard.request(), expected);
        QCOMPARE(child<QLineEdit>(wizard, u"countryLineEdit"_s)->text(), u"Germany"_s);

        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::AccountsPageId));
        type(u"@exampleton"_s);
        tab();
        tab();
        type(u"Exampleton"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(press(language));
        QCOMPARE(wizard.currentPage()->title(), u"Ihre Seiten und Konten"_s);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"&Weiter >"_s);
        QCOMPARE(child<QListWidget>(wizard, u"accountsListWidget"_s)->count(), 1);
        back(wizard);
        QTRY_COMPARE(wizard.currentId(), int(ObjectionWizard::OrganisationPageId));
        QCOMPARE(child<QComboBox>(wizard, u"orgKindComboBox"_s)->currentText(),
                 u"Behörde oder öffentliche Stelle"_s);
        QCOMPARE(wizard.request().organisation, typed.organisation); // "Deutschland" again
        QCOMPARE(wizard.request().accounts.size(), 1);
        // A country the user typed stays as typed.
        auto* country = child<QLineEdit>(wizard, u"countryLineEdit"_s);
        country->setFocus();
        country->selectAll();
        type(u"Österreich"_s);
        QVERIFY(press(language));
        QCOMPARE(wizard.request().organisation.country, u"Österreich"_s);
        QVERIFY(press(language));
        // The letter keeps its own language when the interface changes.
        QCOMPARE(wizard.request().options.letterLanguage, u"de"_s);
    }

    void mnemonicsAreUniqueOnEveryPage_data() { addLanguageRows(); }

    void mnemonicsAreUniqueOnEveryPage()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Walked from the start, so that "< Back" is there too.
        for (int id : wizard.pageIds()) {
            if (id != wizard.startId())
                wizard.next();
            QCOMPARE(wizard.currentId(), id);
            QStringList texts;
            for (auto* button : wizard.findChildren<QAbstractButton*>()) {
                if (button->isVisible())
                    texts << button->text();
            }
            for (auto* label : wizard.currentPage()->findChildren<QLabel*>()) {
                if (label->isVisible() && label->buddy())
                    texts << label->text();
            }
            QMap<Qt::Key, QString> used;
            for (const QString& text : texts) {
                const Qt::Key key = mnemonicKey(text);
                if (key == Qt::Key_unknown)
                    continue;
                QVERIFY2(!used.contains(key),
                         qPrintable(u"page %1: %2 and %3"_s.arg(id).arg(used.value(key), text)));
                used.insert(key, text);
            }
        }
    }

    // The help pages in both languages say what the objection covers and
    // where its limits are, with dated decisions, in a sober register.
    void helpTextsSayWhatTheObjectionCovers_data() { addLanguageRows(); }

    void helpTextsSayWhatTheObjectionCovers()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QString all;
        for (int id : wizard.pageIds()) {
            wizard.setStartId(id);
            wizard.restart();
            for (auto* view : wizard.currentPage()->findChildren<QTextBrowser*>())
                all += view->toPlainText() + u'\n';
            for (auto* label : wizard.currentPage()->findChildren<QLabel*>())
                all += label->text() + u'\n';
        }
        const bool de = language == "de"_L1;
        for (const QString& needed :
             {u"LDA Brandenburg"_s, u"15 UKl 2/25"_s, u"6 UKl 3/25"_s, u"13 K 1419/23"_s,
              u"C-40/17"_s, u"HmbBfDI"_s, u"Data Protection Commission"_s,
              de ? u"Erwägungsgrund 14"_s : u"Recital 14"_s,
              de ? u"zwei weitere Monate"_s : u"two further months"_s,
              de ? u"nur erfasst, wenn diese Menschen selbst widersprechen"_s
                 : u"covered only if they object themselves"_s,
              de ? u"persönlichen Konto"_s : u"personal account"_s,
              de ? u"Stand: 6. Dezember 2026"_s : u"as of 6 December 2026"_s})
            QVERIFY2(all.contains(needed), qPrintable(needed));
        for (const QString& banned :
             {u"Minenpfad"_s, u"minefield"_s, u"Testdatenfarm"_s, u"data farm"_s, u"Datenfutter"_s,
              u"DSGVO-Bilanz"_s, u"GDPR record"_s, u"Kontaktinfos"_s, u"contact details"_s,
              u"KI-Systeme"_s, u"AI systems"_s, u"unless you object"_s,
              u"the people on your pages"_s, u"keep it as a PDF"_s, u":innen"_s})
            QVERIFY2(!all.contains(banned, Qt::CaseInsensitive), qPrintable(banned));
    }
};

QTEST_MAIN(WizardLanguageTest)
#include "WizardLanguageTest.moc"
