#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include "AppTranslations.h"
#include "ObjectionWizard.h"
#include "SampleRequests.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

// A disabled Next says why: under the page, next to the button, the page
// lists what is missing in the words of the fields' labels, as the user types.
class MissingItemsGuiTest : public QObject
{
    Q_OBJECT

private:
    static bool german() { return AppTranslations::current() == "de"_L1; }

    // The list under the page, or empty when it is hidden; it and Next
    // always agree, and a screen reader hears the same on both.
    static QString missingText(ObjectionWizard& wizard)
    {
        auto* label = wizard.currentPage()->findChild<QLabel*>(u"missingLabel"_s);
        if (!label) {
            qWarning("no list of what is missing on page %d", wizard.currentId());
            return u"(no label)"_s;
        }
        const bool shown = label->isVisible();
        const QString text = shown ? label->text() : QString();
        if (wizard.button(QWizard::NextButton)->isEnabled() != !shown)
            return u"(Next and the list disagree: %1)"_s.arg(text);
        if (wizard.button(QWizard::NextButton)->accessibleDescription() != text)
            return u"(Next's description differs)"_s;
        if (shown) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(label);
            if (!accessible || accessible->text(QAccessible::Name) != text)
                return u"(not accessible)"_s;
        }
        return text;
    }

    static QString said(const QStringList& items)
    {
        if (german())
            return (items.size() == 1 ? u"Es fehlt: "_s : u"Es fehlen: "_s) + items.join(u", "_s);
        return u"Missing: "_s + items.join(u", "_s);
    }

    static void clear(QLineEdit* field)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
    }

private slots:
    void initTestCase() { isolateFromUserFiles(); }
    void init() { startClean(); }
    void cleanup() { QVERIFY(AppTranslations::install(qApp, u"en"_s)); }

    void organisationPageNamesItsEmptyRequiredFields_data() { addLanguageRows(); }

    void organisationPageNamesItsEmptyRequiredFields()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.restart();
        QCOMPARE(missingText(wizard), QString());
        const QString name = german() ? u"Name der Organisation"_s : u"Name of the organisation"_s;
        const QString contact = german() ? u"Ansprechperson"_s : u"Contact person"_s;
        const QString email = german() ? u"E-Mail"_s : u"E-mail"_s;
        auto* nameEdit = child<QLineEdit>(wizard, u"orgNameLineEdit"_s);
        auto* contactEdit = child<QLineEdit>(wizard, u"contactNameLineEdit"_s);
        auto* emailEdit = child<QLineEdit>(wizard, u"emailLineEdit"_s);
        // One by one, each alone.
        const QString organisation = nameEdit->text();
        clear(nameEdit);
        QCOMPARE(missingText(wizard), said({name}));
        type(organisation);
        QCOMPARE(missingText(wizard), QString());
        const QString person = contactEdit->text();
        clear(contactEdit);
        QCOMPARE(missingText(wizard), said({contact}));
        type(person);
        const QString address = emailEdit->text();
        clear(emailEdit);
        QCOMPARE(missingText(wizard), said({email}));
        // A wrong address is no address.
        type(u"info@"_s);
        QCOMPARE(missingText(wizard), said({email}));
        clear(emailEdit);
        clear(contactEdit);
        clear(nameEdit);
        QCOMPARE(missingText(wizard), said({name, contact, email}));
        // Filled again: the list shrinks as the user types, then goes.
        type(organisation);
        QCOMPARE(missingText(wizard), said({contact, email}));
        contactEdit->setFocus();
        type(person);
        QCOMPARE(missingText(wizard), said({email}));
        emailEdit->setFocus();
        type(address);
        QCOMPARE(missingText(wizard), QString());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // In the other language at once.
        QVERIFY(press(wizard.button(QWizard::CustomButton1)));
        clear(contactEdit);
        QCOMPARE(missingText(wizard), said({german() ? u"Ansprechperson"_s : u"Contact person"_s}));
    }

    void accountsPageNamesWhatTheEntryLacks_data() { addLanguageRows(); }

    void accountsPageNamesWhatTheEntryLacks()
    {
        QFETCH(QString, language);
        QVERIFY(AppTranslations::install(qApp, language));
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.request().accounts.clear();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.setStartId(ObjectionWizard::AccountsPageId);
        wizard.restart();
        QCOMPARE(missingText(wizard), said({german() ? u"Seiten und Konten im Brief"_s
                                                     : u"Pages and accounts in the letter"_s}));
        child<QLineEdit>(wizard, u"accountAddressLineEdit"_s)->setFocus();
        type(u"facebook.com/musterstadt"_s);
        QCOMPARE(missingText(wizard), said({german() ? u"Name der Seite oder des Kontos"_s
                                                     : u"Name of the page or account"_s}));
        child<QLineEdit>(wizard, u"accountNameLineEdit"_s)->setFocus();
        type(u"Musterstadt"_s);
        QCOMPARE(missingText(wizard), QString());
        clear(child<QLineEdit>(wizard, u"accountAddressLineEdit"_s));
        QCOMPARE(missingText(wizard), said({german() ? u"Adresse (Webadresse oder @Name)"_s
                                                     : u"Web address or @name"_s}));
        type(u"facebook.com/musterstadt"_s);
        QTest::keyClick(focused(), Qt::Key_Return); // added to the list
        QCOMPARE(wizard.request().accounts.size(), 1);
        QCOMPARE(missingText(wizard), QString());
    }

    // A person without a name blocks the letter's options: named too.
    void letterOptionsPageNamesThePersonsRow()
    {
        ObjectionWizard wizard;
        wizard.request() = sampleRequest();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.setStartId(ObjectionWizard::LetterOptionsPageId);
        wizard.restart();
        QCOMPARE(missingText(wizard), QString());
        QVERIFY(press(wizard, u"addPersonButton"_s));
        QCOMPARE(missingText(wizard), said({u"Name (row 1)"_s}));
        QVERIFY(press(wizard, u"removePersonButton"_s));
        QCOMPARE(missingText(wizard), QString());
    }
};

QTEST_MAIN(MissingItemsGuiTest)
#include "MissingItemsGuiTest.moc"
