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

#include "AccountOverview.h"
#include "CharacterLimit.h"
#include "DialogSeams.h"
#include "FieldMessage.h"
#include "FormRows.h"
#include "InputValidation.h"
#include "OrganisationNames.h"

using namespace Qt::StringLiterals;

AccountsPage::AccountsPage(ObjectionRequest& request, RecordStore& records, QWidget* parent)
    : WizardPage(parent), m_request(request), m_records(records)
{
    bindTitles(QT_TR_NOOP("Your pages and accounts"),
               QT_TR_NOOP("List every Facebook page and Instagram account of your organisation. "
                          "At least one is required."));
}

void AccountsPage::build()
{
    // The address comes first: it names the platform by itself, so most people
    // never touch the platform box (it matters only for an @name).
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(u"accountAddressLineEdit"_s);
    limitLength(m_addressEdit, InputLimits::accountAddress);
    m_addressHint = new QLabel(this);
    m_addressHint->setObjectName(u"accountAddressHint"_s);
    m_addressHint->setWordWrap(true);
    m_addressHint->setTextFormat(Qt::PlainText);
    m_platformCombo = new QComboBox(this);
    m_platformCombo->setObjectName(u"platformComboBox"_s);
    m_platformCombo->addItem(u"Facebook"_s, int(Platform::Facebook));
    m_platformCombo->addItem(u"Instagram"_s, int(Platform::Instagram));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"accountNameLineEdit"_s);
    limitLength(m_nameEdit, InputLimits::name);
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(u"accountEmailLineEdit"_s);
    limitLength(m_emailEdit, InputLimits::email);
    m_message = new FieldMessage(this);
    m_message->setObjectName(u"accountMessageLabel"_s);
    onLanguageChange([this] {
        m_emailEdit->setPlaceholderText(tr("optional: helps Meta find the account"));
        m_nameEdit->setPlaceholderText(tr("e.g. Exampleton Sports Club"));
        m_message->showMessage(QString()); // written in the old language
        followPlatform();
    });

    auto* form = new QFormLayout;
    bindText(addLabelledRow(form, m_addressEdit), QT_TR_NOOP("&Web address or @name"));
    form->addRow(QString(), m_addressHint);
    // Under the address, which most messages are about; its line is kept
    // when it is empty, so nothing below jumps when a message comes or goes.
    form->addRow(QString(), m_message);
    QSizePolicy keepLine = m_message->sizePolicy();
    keepLine.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(keepLine);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing());
    m_addressHint->setMinimumHeight(m_addressHint->fontMetrics().lineSpacing());
    bindText(addLabelledRow(form, m_platformCombo), QT_TR_NOOP("&Platform"));
    bindText(addLabelledRow(form, m_nameEdit), QT_TR_NOOP("Name of the page or a&ccount"));
    bindText(addLabelledRow(form, m_emailEdit), QT_TR_NOOP("Log&in e-mail"));

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
    auto* import = new QPushButton(this);
    bindText(import, QT_TR_NOOP("Import from the &record"));
    import->setObjectName(u"importAccountsButton"_s);
    buttons->addWidget(import);
    connect(import, &QPushButton::clicked, this, &AccountsPage::importFromRecord);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"accountsListWidget"_s);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4);
    auto* listLabel = new QLabel(this);
    bindText(listLabel, QT_TR_NOOP("Pages and accounts in the &letter:"));
    // Item views do not pass their buddy label on to screen readers.
    onLanguageChange([this] { m_list->setAccessibleName(tr("Pages and accounts in the letter")); });
    listLabel->setBuddy(m_list);

    auto* layout = new QVBoxLayout(scrollingBody());
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
    for (QLineEdit* edit : {m_addressEdit, m_nameEdit, m_emailEdit}) {
        edit->installEventFilter(this);
        // A message is about what was there when it was said.
        connect(edit, &QLineEdit::textChanged, this, [this] { m_message->showMessage({}); });
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::updateButtons);
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::completeChanged);
    }
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (const std::optional<Platform> platform = InputValidation::platformOfAddress(text))
            m_platformCombo->setCurrentIndex(m_platformCombo->findData(int(*platform)));
        followPlatform();
    });
    connect(m_platformCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_message->showMessage({});
        followPlatform();
        emit completeChanged();
    });
    // Said when the user leaves a field, not while typing: what is wrong with
    // the address, or that the account is in the list already.
    connect(m_addressEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_addressEdit->text().trimmed().isEmpty())
            return;
        const AccountAddressCheck check = addressCheck();
        m_message->showMessage(
            check.error.isEmpty()
                ? duplicateProblem(Platform(m_platformCombo->currentData().toInt()),
                                   check.normalised, m_list->currentRow())
                : check.error);
    });
    // Chosen by hand against the address: said at once.
    connect(m_platformCombo, &QComboBox::activated, this, [this] {
        if (!m_addressEdit->text().trimmed().isEmpty())
            m_message->showMessage(addressCheck().error);
    });
    connect(m_emailEdit, &QLineEdit::editingFinished, this, [this] {
        const QString email = m_emailEdit->text().trimmed();
        if (!email.isEmpty())
            m_message->showMessage(InputValidation::emailError(email));
    });
}

AccountAddressCheck AccountsPage::addressCheck() const
{
    return InputValidation::checkAccountAddress(Platform(m_platformCombo->currentData().toInt()),
                                                m_addressEdit->text());
}

void AccountsPage::followPlatform()
{
    const bool facebook = Platform(m_platformCombo->currentData().toInt()) == Platform::Facebook;
    m_addressEdit->setPlaceholderText(facebook ? tr("https://www.facebook.com/yourpage or @name")
                                               : tr("@name or https://www.instagram.com/name"));
    // As you type: the form the letter will use, once the address is one.
    const AccountAddressCheck check = addressCheck();
    QString hint;
    if (!check.normalised.isEmpty())
        hint = tr("In the letter: %1").arg(check.normalised);
    else if (facebook)
        hint = tr("Open your page in the browser and copy the address from the address bar.");
    else
        hint = tr("The account's @name, or its address from the browser.");
    m_addressHint->setText(hint);
    m_addressEdit->setAccessibleDescription(hint);
}

bool AccountsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // With a row selected the editor shows it: Enter saves the change.
            if (m_list->currentRow() >= 0)
                applyChanges();
            else
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
    // New entries default to the platform used last.
    if (!m_request.accounts.isEmpty()) {
        m_platformCombo->setCurrentIndex(
            m_platformCombo->findData(int(m_request.accounts.constLast().platform)));
    }
    clearEditor();
    m_addressEdit->setFocus();
}

void AccountsPage::clearEditor()
{
    m_addressEdit->clear();
    m_nameEdit->clear();
    m_emailEdit->clear();
    m_message->showMessage(QString());
}

QStringList AccountsPage::missing() const
{
    if (!m_request.accounts.isEmpty())
        return {};
    if (!isBuilt() || editorIsEmpty())
        return {tr("Pages and accounts in the letter")};
    // A complete entry in the editor counts: Next adds it.
    QStringList items;
    if (!addressCheck().error.isEmpty())
        items << fieldName(QT_TR_NOOP("&Web address or @name"));
    if (m_nameEdit->text().trimmed().isEmpty())
        items << fieldName(QT_TR_NOOP("Name of the page or a&ccount"));
    return items;
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
    if (!readEditor(edited, row))
        return false;
    return edited == m_request.accounts.at(row) || applyChanges();
}

QString AccountsPage::duplicateProblem(Platform platform, const QString& address, int skipRow) const
{
    for (qsizetype row = 0; row < m_request.accounts.size(); ++row) {
        const Account& other = m_request.accounts.at(row);
        if (row != skipRow && other.platform == platform &&
            other.address.compare(address, Qt::CaseInsensitive) == 0) {
            return tr("This account is already in the list.");
        }
    }
    return {};
}

bool AccountsPage::readEditor(Account& account, int skipRow)
{
    account.platform = Platform(m_platformCombo->currentData().toInt());
    const AccountAddressCheck check = addressCheck();
    const QString addressProblem =
        check.error.isEmpty() ? duplicateProblem(account.platform, check.normalised, skipRow)
                              : check.error;
    if (!addressProblem.isEmpty()) {
        m_message->showMessage(addressProblem);
        m_addressEdit->setFocus();
        return false;
    }
    account.address = check.normalised;
    account.name = m_nameEdit->text().simplified();
    if (account.name.isEmpty()) {
        m_message->showMessage(tr("Please enter the name of the page or account."));
        m_nameEdit->setFocus();
        return false;
    }
    account.loginEmail = m_emailEdit->text().trimmed();
    if (const QString emailProblem = account.loginEmail.isEmpty()
                                         ? QString()
                                         : InputValidation::emailError(account.loginEmail);
        !emailProblem.isEmpty()) {
        m_message->showMessage(emailProblem);
        m_emailEdit->setFocus();
        return false;
    }
    m_message->showMessage(QString());
    return true;
}

bool AccountsPage::addAccount()
{
    Account account;
    if (!readEditor(account, -1))
        return false;
    m_request.accounts << account;
    // Ready for the next one: empty fields, the platform kept, the cursor in
    // the first field.
    clearEditor();
    refreshList(-1);
    m_list->scrollToBottom(); // the new entry in view
    m_addressEdit->setFocus();
    emit completeChanged();
    return true;
}

bool AccountsPage::applyChanges()
{
    const int row = m_list->currentRow();
    Account account;
    if (row < 0 || !readEditor(account, row))
        return false;
    m_request.accounts[row] = account;
    refreshList(row);
    return true;
}

void AccountsPage::importFromRecord()
{
    const QString error = m_records.open();
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Import from the record"), error);
    QString organisation = m_request.organisation.name.simplified();
    // Matched as a person reads names ("Blau-Weiss" is "Blau-Weiß"); when
    // none is, the closest names in the record are offered.
    QList<ObjectionRecord> entries = m_records.entriesMatching(organisation);
    if (entries.isEmpty() && m_records.isOpen()) {
        QStringList names;
        for (const RecordStore::Organisation& known : m_records.organisations())
            names << known.name;
        const QStringList close = OrganisationNames::closest(organisation, names);
        if (!close.isEmpty()) {
            const QString question =
                close.size() == 1
                    ? tr("The record of objections has no organisation named “%1”. Did you mean "
                         "this one? Its accounts are added to the list, and the organisation is "
                         "named as in the record, so that both are one in the record.")
                    : tr("The record of objections has no organisation named “%1”. Did you mean "
                         "one of these? Its accounts are added to the list, and the organisation "
                         "is named as in the record, so that both are one in the record.");
            const int chosen = MessageBox::choose(this, tr("Import from the record"),
                                                  question.arg(organisation), close);
            if (chosen < 0) {
                m_message->showMessage(tr("Nothing was taken from the record."));
                return;
            }
            // The same organisation by the user's choice: one name, or the
            // record would hold it twice (and its accounts as not objected).
            organisation = close.at(chosen);
            m_request.organisation.name = organisation;
            // The organisation's page shows it so (its field would otherwise
            // write the typed name back on the next keystroke).
            for (int id : wizard()->pageIds()) {
                if (auto* page = qobject_cast<WizardPage*>(wizard()->page(id));
                    page && page != this)
                    page->reload();
            }
            entries = m_records.entriesMatching(organisation);
        }
    }
    const QList<Account> found = AccountOverview::accountsOf(entries, organisation);
    int added = 0;
    for (const Account& account : found) {
        const QString key = ObjectionRecord::accountKey(account);
        const bool known =
            std::any_of(m_request.accounts.cbegin(), m_request.accounts.cend(),
                        [&key](const Account& a) { return ObjectionRecord::accountKey(a) == key; });
        if (!known) {
            m_request.accounts << account;
            ++added;
        }
    }
    if (added > 0)
        refreshList(int(m_request.accounts.size()) - 1);
    m_message->showMessage(
        found.isEmpty() ? tr("The record of objections has no account of “%1”.").arg(organisation)
        : added == 0    ? tr("Every account of the record is in the list already.")
                        : tr("%n account(s) taken from the record of objections.", nullptr, added));
    emit completeChanged();
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
    m_addressEdit->setFocus();
    clearEditor();
    refreshList(-1);
    emit completeChanged();
}

void AccountsPage::loadSelection()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_request.accounts.size()) {
        const Account account =
            m_request.accounts.at(row); // the widgets' signals may change the list
        m_addressEdit->setText(account.address);
        m_platformCombo->setCurrentIndex(m_platformCombo->findData(int(account.platform)));
        m_nameEdit->setText(account.name);
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
