#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "RandomRequests.h"
#include "WizardDriver.h"

// Fills the real wizard with a request the way people do: Tab and Space,
// typing (with an input method for what a keyboard has no key for) or
// pasting, now and then going back a page or switching the language. Every
// step is decided by the generator, so the same seed walks the same way.
class WizardWalker
{
public:
    WizardWalker(ObjectionWizard& wizard, RandomRequests& random, QStringList& log)
        : m_wizard(wizard), m_random(random), m_log(log)
    {}

    // Next or Back as a keyboard user presses it: Tab to the button, Space.
    bool press(QWizard::WizardButton which, int expectedPage)
    {
        WizardDriver::press(m_wizard.button(which));
        return m_wizard.currentId() == expectedPage;
    }

    void switchLanguage()
    {
        m_log << QStringLiteral("switch language");
        WizardDriver::press(m_wizard.button(QWizard::CustomButton1));
    }

    void openProfile(const QString& path)
    {
        m_log << QStringLiteral("open profile on page %1").arg(m_wizard.currentId());
        FileDialog::setNextFileName(path);
        QTest::keyClick(m_wizard.currentPage(), Qt::Key_O, Qt::ControlModifier);
    }

    void fillOrganisation(const Organisation& org)
    {
        text(QStringLiteral("orgNameLineEdit"), org.name);
        combo(QStringLiteral("orgKindComboBox"), int(org.kind));
        if (org.kind == OrganisationKind::Church) {
            // Listed KDG, DSG-EKD, GDPR; the public-body box is hidden for a church.
            const QList<ChurchLaw> laws{ChurchLaw::Kdg, ChurchLaw::DsgEkd, ChurchLaw::Gdpr};
            combo(QStringLiteral("churchLawComboBox"), int(laws.indexOf(org.churchLaw)));
        } else {
            check(child<QCheckBox>(QStringLiteral("publicBodyCheckBox")), org.publicBody);
        }
        text(QStringLiteral("contactNameLineEdit"), org.contactName);
        text(QStringLiteral("contactRoleLineEdit"), org.contactRole);
        text(QStringLiteral("emailLineEdit"), org.email);
        text(QStringLiteral("phoneLineEdit"), org.phone);
        text(QStringLiteral("streetLineEdit"), org.street);
        text(QStringLiteral("postcodeLineEdit"), org.postcode);
        text(QStringLiteral("cityLineEdit"), org.city);
        text(QStringLiteral("countryLineEdit"), org.country);
    }

    // Adds the accounts the list does not have yet; now and then a duplicate
    // first (refused) or a wrong address that is then corrected.
    void fillAccounts(const QList<Account>& accounts)
    {
        auto* list = child<QListWidget>(QStringLiteral("accountsListWidget"));
        for (qsizetype i = list->count(); i < accounts.size(); ++i) {
            const Account& account = accounts.at(i);
            if (i > 0 && m_random.chance(3)) {
                m_log << QStringLiteral("duplicate of account %1").arg(i - 1);
                addAccount(accounts.at(i - 1).platform, accounts.at(i - 1).name,
                           accounts.at(i - 1).address, {});
            }
            if (m_random.chance(3)) {
                m_log << QStringLiteral("wrong address for account %1").arg(i);
                addAccount(account.platform, account.name, QStringLiteral("example.com/seite"), {});
            }
            addAccount(account.platform, account.name, account.address, account.loginEmail);
        }
    }

    void fillOptions(const LetterOptions& options)
    {
        combo(QStringLiteral("letterLanguageComboBox"),
              options.letterLanguage == QLatin1String("en") ? 1 : 0);
        text(QStringLiteral("referenceLineEdit"), options.reference);
        combo(QStringLiteral("postalNoteComboBox"), int(options.postalNote));
        for (Ground ground : {Ground::PublicBody, Ground::Minors, Ground::Vulnerable,
                              Ground::Confidential, Ground::SpecialCategories, Ground::NoNeed}) {
            auto* box = child<QCheckBox>(QStringLiteral("groundCheckBox%1").arg(int(ground)));
            if (box->isVisible())
                check(box, options.grounds.contains(ground));
        }
        for (SpecialCategory category :
             {SpecialCategory::Religion, SpecialCategory::Health, SpecialCategory::TradeUnion}) {
            check(child<QCheckBox>(QStringLiteral("specialCategoryCheckBox%1").arg(int(category))),
                  options.specialCategories.contains(category));
        }
        text(QStringLiteral("otherSpecialCategoriesLineEdit"), options.otherSpecialCategories);
        ownGrounds(options.ownGrounds);
        check(child<QCheckBox>(QStringLiteral("jointControllershipCheckBox")),
              options.jointControllership);
        check(child<QCheckBox>(QStringLiteral("confirmationCheckBox")),
              options.requestConfirmation);
        text(QStringLiteral("signatoryNameLineEdit"), options.signatoryName);
        text(QStringLiteral("signatoryRoleLineEdit"), options.signatoryRole);
        combo(QStringLiteral("signatoryCapacityComboBox"), int(options.signatoryCapacity));
    }

    // The persons table: rows added and removed with its buttons, each cell
    // set as the table's editor commits it (dates written 01.12.2026).
    void fillPersons(const QList<AuthorisingPerson>& persons)
    {
        auto* table = child<QTableWidget>(QStringLiteral("personsTable"));
        while (table->rowCount() > 0) {
            table->setCurrentCell(0, 0);
            WizardDriver::press(child<QPushButton>(QStringLiteral("removePersonButton")));
        }
        for (const AuthorisingPerson& person : persons) {
            WizardDriver::press(child<QPushButton>(QStringLiteral("addPersonButton")));
            const int row = table->rowCount() - 1;
            const auto date = [](const QDate& d) {
                return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
            };
            const QStringList cells{person.name, person.role, date(person.signedOn),
                                    person.appearsIn};
            for (int column = 0; column < cells.size(); ++column)
                table->item(row, column)->setText(cells.at(column));
            table->item(row, 4)->setCheckState(person.minor ? Qt::Checked : Qt::Unchecked);
            table->item(row, 5)->setText(date(person.revokedOn));
        }
    }

private:
    template <typename T> T* child(const QString& name)
    {
        return WizardDriver::child<T>(m_wizard, name);
    }

    // Characters a German keyboard has are typed; anything else (emoji,
    // Vietnamese letters, …) arrives as an input method commits it.
    static void type(QWidget* widget, const QString& text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\n') {
                QTest::keyClick(widget, Qt::Key_Return);
            } else if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
                QTest::keyClick(widget, c.toLatin1());
            } else {
                const qsizetype length = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
                QInputMethodEvent event;
                event.setCommitString(text.mid(i, length));
                QApplication::sendEvent(widget, &event);
                i += length - 1;
            }
        }
    }

    // Replaces the widget's text: select all, then type or paste.
    void enter(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty()) {
            QTest::keyClick(widget, Qt::Key_Delete);
        } else if (text.size() > 400 || m_random.chance(30)) {
            QGuiApplication::clipboard()->setText(text);
            QTest::keyClick(widget, Qt::Key_V, Qt::ControlModifier);
        } else {
            type(widget, text);
        }
    }

    void text(const QString& name, const QString& value)
    {
        auto* edit = child<QLineEdit>(name);
        if (edit->text() != value)
            enter(edit, value);
    }

    void ownGrounds(const QString& value)
    {
        auto* edit = child<QPlainTextEdit>(QStringLiteral("ownGroundsTextEdit"));
        if (edit->toPlainText() != value)
            enter(edit, value);
    }

    static void combo(QComboBox* box, int index)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
    }

    void combo(const QString& name, int index) { combo(child<QComboBox>(name), index); }

    static void check(QAbstractButton* box, bool on)
    {
        if (box->isChecked() != on)
            WizardDriver::press(box);
    }

    void addAccount(Platform platform, const QString& name, const QString& address,
                    const QString& email)
    {
        combo(QStringLiteral("platformComboBox"), int(platform));
        enter(child<QLineEdit>(QStringLiteral("accountNameLineEdit")), name);
        enter(child<QLineEdit>(QStringLiteral("accountEmailLineEdit")), email);
        auto* addressEdit = child<QLineEdit>(QStringLiteral("accountAddressLineEdit"));
        enter(addressEdit, address);
        // Enter adds, as in the app; or the button.
        if (m_random.chance(50))
            QTest::keyClick(addressEdit, Qt::Key_Return);
        else
            WizardDriver::press(m_wizard, QStringLiteral("addAccountButton"));
    }

    ObjectionWizard& m_wizard;
    RandomRequests& m_random;
    QStringList& m_log;
};
