#include "AccountsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "CharacterLimit.h"
#include "FieldMessage.h"
#include "FormRows.h"
#include "InputValidation.h"

using namespace Qt::StringLiterals;

namespace {
// One account, whatever name or login e-mail it was entered with.
bool sameAccount(const Account& a, const Account& b)
{
    return a.platform == b.platform && a.address.compare(b.address, Qt::CaseInsensitive) == 0;
}
} // namespace

AccountsPage::AccountsPage(ObjectionRequest& request, QWidget* parent)
    : WizardPage(parent), m_request(request)
{
    bindTitles(QT_TR_NOOP("Your pages and accounts"),
               QT_TR_NOOP("List every Facebook page and Instagram account of your organisation. "
                          "At least one is required."));
}

void AccountsPage::build()
{
    m_platformCombo = new QComboBox(this);
    m_platformCombo->setObjectName(u"platformComboBox"_s);
    m_platformCombo->addItem(u"Facebook"_s, int(Platform::Facebook));
    m_platformCombo->addItem(u"Instagram"_s, int(Platform::Instagram));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"accountNameLineEdit"_s);
    limitLength(m_nameEdit, InputLimits::name);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(u"accountAddressLineEdit"_s);
    limitLength(m_addressEdit, InputLimits::accountAddress);
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(u"accountEmailLineEdit"_s);
    limitLength(m_emailEdit, InputLimits::email);
    m_message = new FieldMessage(this);
    onLanguageChange([this] {
        m_emailEdit->setPlaceholderText(
            tr("optional: the e-mail address the account logs in with, so Meta can find it"));
        m_nameEdit->setPlaceholderText(tr("e.g. Stadt Musterstadt"));
        m_addressEdit->setPlaceholderText(tr("https://www.facebook.com/yourpage or @name"));
        m_message->showMessage(QString()); // written in the old language
    });

    auto* form = new QFormLayout;
    bindText(addLabelledRow(form, m_platformCombo), QT_TR_NOOP("&Platform"));
    bindText(addLabelledRow(form, m_nameEdit), QT_TR_NOOP("Name of the page or a&ccount"));
    bindText(addLabelledRow(form, m_addressEdit), QT_TR_NOOP("&Web address or @name"));
    bindText(addLabelledRow(form, m_emailEdit), QT_TR_NOOP("Log&in e-mail"));
    form->addRow(QString(), m_message);

    m_addButton = new QPushButton(this);
    bindText(m_addButton, QT_TR_NOOP("&Add to list"));
    m_addButton->setObjectName(u"addAccountButton"_s);
    m_applyButton = new QPushButton(this);
    bindText(m_applyButton, QT_TR_NOOP("&Save changes"));
    m_applyButton->setObjectName(u"applyAccountButton"_s);
    m_removeButton = new QPushButton(this);
    bindText(m_removeButton, QT_TR_NOOP("Re&move"));
    m_removeButton->setObjectName(u"removeAccountButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    m_list = new QListWidget(this);
    m_list->setObjectName(u"accountsListWidget"_s);
    auto* listLabel = new QLabel(this);
    bindText(listLabel, QT_TR_NOOP("Pages and accounts in the &letter:"));
    // Item views do not pass their buddy label on to screen readers.
    onLanguageChange([this] { m_list->setAccessibleName(tr("Pages and accounts in the letter")); });
    listLabel->setBuddy(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);

    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_applyButton, &QPushButton::clicked, this, &AccountsPage::applyChanges);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsPage::removeAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsPage::loadSelection);
    // Enter in the editor adds the account. QLineEdit passes Enter on to the
    // wizard's default button as well, which would leave the page, so it is
    // taken here.
    for (QLineEdit* edit : {m_nameEdit, m_addressEdit, m_emailEdit}) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::updateButtons);
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::completeChanged);
    }
    connect(m_platformCombo, &QComboBox::currentIndexChanged, this, &AccountsPage::completeChanged);
}

bool AccountsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addAccount();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void AccountsPage::load()
{
    // Nothing selected: the editor is for a new account. A selected row with
    // an empty editor would let "Save changes" overwrite that row.
    refreshList(-1);
    m_nameEdit->clear();
    m_addressEdit->clear();
    m_emailEdit->clear();
    m_message->showMessage(QString());
    m_platformCombo->setFocus();
}

bool AccountsPage::isComplete() const
{
    // A complete entry in the editor counts: Next adds it.
    return !m_request.accounts.isEmpty() ||
           (isBuilt() && !editorIsEmpty() &&
            InputValidation::checkAccountAddress(Platform(m_platformCombo->currentData().toInt()),
                                                 m_addressEdit->text())
                .error.isEmpty() &&
            !m_nameEdit->text().trimmed().isEmpty());
}

bool AccountsPage::editorIsEmpty() const
{
    return m_nameEdit->text().trimmed().isEmpty() && m_addressEdit->text().trimmed().isEmpty() &&
           m_emailEdit->text().trimmed().isEmpty();
}

bool AccountsPage::validatePage()
{
    if (editorIsEmpty())
        return true;
    const int row = m_list->currentRow();
    if (row < 0)
        return addAccount();
    Account edited;
    if (!readEditor(edited))
        return false;
    return edited == m_request.accounts.at(row) || applyChanges();
}

bool AccountsPage::readEditor(Account& account)
{
    account.platform = Platform(m_platformCombo->currentData().toInt());
    account.name = m_nameEdit->text().simplified();
    if (account.name.isEmpty()) {
        m_message->showMessage(tr("Please enter the name of the page or account."));
        m_nameEdit->setFocus();
        return false;
    }
    const AccountAddressCheck check =
        InputValidation::checkAccountAddress(account.platform, m_addressEdit->text());
    if (!check.error.isEmpty()) {
        m_message->showMessage(check.error);
        m_addressEdit->setFocus();
        return false;
    }
    account.address = check.normalised;
    account.loginEmail = m_emailEdit->text().trimmed();
    if (const QString problem = account.loginEmail.isEmpty()
                                    ? QString()
                                    : InputValidation::emailError(account.loginEmail);
        !problem.isEmpty()) {
        m_message->showMessage(problem);
        m_emailEdit->setFocus();
        return false;
    }
    m_message->showMessage(QString());
    return true;
}

bool AccountsPage::addAccount()
{
    Account account;
    if (!readEditor(account))
        return false;
    if (std::any_of(m_request.accounts.cbegin(), m_request.accounts.cend(),
                    [&account](const Account& other) { return sameAccount(other, account); })) {
        m_message->showMessage(tr("This account is already in the list."));
        return false;
    }
    m_request.accounts << account;
    m_nameEdit->clear();
    m_addressEdit->clear();
    m_emailEdit->clear();
    refreshList(-1);
    m_nameEdit->setFocus();
    emit completeChanged();
    return true;
}

bool AccountsPage::applyChanges()
{
    const int row = m_list->currentRow();
    Account account;
    if (row < 0 || !readEditor(account))
        return false;
    for (qsizetype other = 0; other < m_request.accounts.size(); ++other) {
        if (other != row && sameAccount(m_request.accounts.at(other), account)) {
            m_message->showMessage(tr("This account is already in the list."));
            return false;
        }
    }
    m_request.accounts[row] = account;
    refreshList(row);
    return true;
}

void AccountsPage::removeAccount()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_request.accounts.removeAt(row);
    // Back to adding: no other row is selected for the fields to overwrite.
    // The focus first: the Remove button it is on is disabled next, and Qt
    // would hand the focus to the list, which then selects its first row.
    m_nameEdit->setFocus();
    m_nameEdit->clear();
    m_addressEdit->clear();
    m_emailEdit->clear();
    m_message->showMessage(QString());
    refreshList(-1);
    emit completeChanged();
}

void AccountsPage::loadSelection()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_request.accounts.size()) {
        const Account account =
            m_request.accounts.at(row); // the widgets' signals may change the list
        m_platformCombo->setCurrentIndex(m_platformCombo->findData(int(account.platform)));
        m_nameEdit->setText(account.name);
        m_addressEdit->setText(account.address);
        m_emailEdit->setText(account.loginEmail);
        m_message->showMessage(QString());
    }
    updateButtons();
}

void AccountsPage::refreshList(int selectRow)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Account& account : m_request.accounts) {
        const QString platform = platformName(account.platform);
        const QString email =
            account.loginEmail.isEmpty() ? QString() : u" ("_s + account.loginEmail + u')';
        m_list->addItem(platform + u": "_s + account.name + u" – "_s + account.address + email);
    }
    m_list->setCurrentRow(selectRow);
    updateButtons();
}

void AccountsPage::updateButtons()
{
    const bool selected = m_list->currentRow() >= 0;
    m_applyButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}
