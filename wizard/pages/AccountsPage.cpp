#include "AccountsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "CharacterLimit.h"
#include "FieldMessage.h"
#include "FormRows.h"
#include "InputValidation.h"

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
    // Which mode the editor is in, above it where the eyes are: adding, or
    // changing a named row. Two lines are kept, so the fields do not jump
    // when the mode changes.
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(u"accountEditorModeLabel"_s);
    m_modeLabel->setWordWrap(true);
    m_modeLabel->setTextFormat(Qt::PlainText);
    m_modeLabel->setMinimumHeight(m_modeLabel->fontMetrics().lineSpacing() * 2);
    m_modeLabel->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
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

    auto* form = new QFormLayout;
    bindText(addLabelledRow(form, m_addressEdit), QT_TR_NOOP("&Web address or @name"));
    form->addRow(QString(), m_addressHint);
    // Two lines kept: the hints before and while typing differ in length, and
    // a row that shrinks would move the list under a double click.
    m_addressHint->setMinimumHeight(m_addressHint->fontMetrics().lineSpacing() * 2);
    m_addressHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    bindText(addLabelledRow(form, m_platformCombo), QT_TR_NOOP("&Platform"));
    bindText(addLabelledRow(form, m_nameEdit), QT_TR_NOOP("Name of the page or a&ccount"));
    bindText(addLabelledRow(form, m_emailEdit), QT_TR_NOOP("Log&in e-mail"));

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addAccountButton"_s);
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(u"editAccountButton"_s);
    m_removeButton = new QPushButton(this);
    bindText(m_removeButton, QT_TR_NOOP("Re&move"));
    m_removeButton->setObjectName(u"removeAccountButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
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

    // Every message of the page, under the list (see AccountStatusLine).
    m_status = new AccountStatusLine(this);

    auto* layout = new QVBoxLayout(scrollingBody());
    layout->addWidget(m_modeLabel);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    onLanguageChange([this] {
        m_emailEdit->setPlaceholderText(tr("optional: helps Meta find the account"));
        m_nameEdit->setPlaceholderText(tr("e.g. Exampleton Sports Club"));
        clearStatus(); // written in the old language
        followPlatform();
        refreshList(m_list->currentRow()); // the marked row's words
    });

    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::submitEditor);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (editing())
            discardEdit();
        else if (selectedRow() >= 0)
            startEdit(selectedRow());
    });
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsPage::removeAccount);
    connect(m_status, &AccountStatusLine::undoRequested, this, &AccountsPage::undo);
    connect(m_status, &AccountStatusLine::suggestionTaken, this, &AccountsPage::takeSuggestion);
    // Choosing a row selects it for Edit and Remove; it does not fill the
    // editor, which holds what the user is typing for a new account.
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        // Qt makes the first row current, unselected, when the list gets the
        // focus; the user sees nothing marked. Marked and in view instead.
        if (m_list->hasFocus() && m_list->currentItem() && !m_list->currentItem()->isSelected())
            m_list->currentItem()->setSelected(true);
        updateButtons();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_list->currentItem())
            m_list->scrollToItem(m_list->currentItem());
        updateButtons();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { startEdit(m_list->row(item)); });
    m_list->installEventFilter(this);
    // Enter in the editor adds the account (or saves the change being
    // made). QLineEdit and QComboBox pass Enter on to the wizard's default
    // button as well, which would leave the page, so it is taken here.
    m_platformCombo->installEventFilter(this);
    for (QLineEdit* edit : {m_addressEdit, m_nameEdit, m_emailEdit}) {
        edit->installEventFilter(this);
        // A message is about what was there when it was said.
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::clearStatus);
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::completeChanged);
    }
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (const std::optional<Platform> platform = InputValidation::platformOfAddress(text))
            m_platformCombo->setCurrentIndex(m_platformCombo->findData(int(*platform)));
        followPlatform();
    });
    connect(m_platformCombo, &QComboBox::currentIndexChanged, this, [this] {
        clearStatus();
        followPlatform();
        emit completeChanged();
    });
    // Said when the user leaves a field, not while typing: what is wrong with
    // the address, or that the account is in the list already. Only said,
    // never cleared here: leaving the field is also what a message about
    // another field does when it puts the cursor there.
    connect(m_addressEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_addressEdit->text().trimmed().isEmpty())
            return;
        const AccountAddressCheck check = addressCheck();
        showAddressProblem(check,
                           check.error.isEmpty()
                               ? duplicateProblem(Platform(m_platformCombo->currentData().toInt()),
                                                  check.normalised, m_editRow)
                               : check.error);
    });
    // Chosen by hand against the address: said at once.
    connect(m_platformCombo, &QComboBox::activated, this, [this] {
        if (!m_addressEdit->text().trimmed().isEmpty()) {
            const AccountAddressCheck check = addressCheck();
            showAddressProblem(check, check.error);
        }
    });
    connect(m_emailEdit, &QLineEdit::editingFinished, this, [this] {
        const QString email = m_emailEdit->text().trimmed();
        if (!email.isEmpty() && !InputValidation::emailError(email).isEmpty())
            showStatus(InputValidation::emailError(email), FieldMessage::Kind::Warning);
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

namespace {
bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}
} // namespace

int AccountsPage::selectedRow() const
{
    const QListWidgetItem* current = m_list->currentItem();
    return current && current->isSelected() ? m_list->row(current) : -1;
}

bool AccountsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Reached with Tab, the list shows the row it acts on: Remove and Edit
    // never work on a row that is not highlighted and in view.
    if (watched == m_list && event->type() == QEvent::FocusIn && m_list->currentItem()) {
        m_list->currentItem()->setSelected(true);
        m_list->scrollToItem(m_list->currentItem());
    }
    if (event->type() != QEvent::KeyPress)
        return QWizardPage::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_list) {
        // Enter or F2 on a row changes it (as in a file manager); Enter is
        // never passed on to the wizard, whose default button would leave.
        if (isEnter(key) || key->key() == Qt::Key_F2) {
            if (selectedRow() >= 0)
                startEdit(selectedRow());
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            undo();
            return true;
        }
        if (key->matches(QKeySequence::Delete) && selectedRow() >= 0) {
            removeAccount();
            return true;
        }
        return QWizardPage::eventFilter(watched, event);
    }
    // The editor's fields and the platform box.
    if (isEnter(key)) {
        submitEditor();
        return true;
    }
    if (key->key() == Qt::Key_Escape && editing()) {
        discardEdit();
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

void AccountsPage::keyPressEvent(QKeyEvent* event)
{
    // What a button, label or the scroll area does not take: Enter never
    // reaches the wizard's Next button from this page, and Esc ends the edit
    // mode rather than closing the wizard.
    if (isEnter(event)) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && editing()) {
        discardEdit();
        event->accept();
        return;
    }
    QWizardPage::keyPressEvent(event);
}

void AccountsPage::load()
{
    // Nothing selected: the editor is for a new account. What can be undone
    // belongs to this visit (a profile opened meanwhile has other accounts).
    m_editRow = -1;
    m_undo.clear();
    refreshList(-1);
    // New entries default to the platform used last.
    if (!m_request.accounts.isEmpty()) {
        m_platformCombo->setCurrentIndex(
            m_platformCombo->findData(int(m_request.accounts.constLast().platform)));
    }
    clearEditor();
    updateButtons();
    m_addressEdit->setFocus();
}

void AccountsPage::clearEditor()
{
    m_addressEdit->clear();
    m_nameEdit->clear();
    m_emailEdit->clear();
    clearStatus();
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
    if (editing() && !saveEdit())
        return false;
    if (!editorIsEmpty() && !addAccount())
        return false;
    // Undo is for what was just done here: after the letter was saved or
    // recorded, it would change the list behind what was sent.
    m_undo.clear();
    clearStatus();
    updateButtons();
    return true;
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
    // The cursor goes to the field first, then the message is said: leaving
    // the address field has its say on leaving.
    account.platform = Platform(m_platformCombo->currentData().toInt());
    const AccountAddressCheck check = addressCheck();
    const QString addressProblem =
        check.error.isEmpty() ? duplicateProblem(account.platform, check.normalised, skipRow)
                              : check.error;
    if (!addressProblem.isEmpty()) {
        m_addressEdit->setFocus();
        showAddressProblem(check, addressProblem);
        return false;
    }
    account.address = check.normalised;
    account.name = m_nameEdit->text().simplified();
    if (account.name.isEmpty()) {
        m_nameEdit->setFocus();
        showStatus(tr("The name of the page or account is missing."), FieldMessage::Kind::Warning);
        return false;
    }
    account.loginEmail = m_emailEdit->text().trimmed();
    if (const QString emailProblem = account.loginEmail.isEmpty()
                                         ? QString()
                                         : InputValidation::emailError(account.loginEmail);
        !emailProblem.isEmpty()) {
        m_emailEdit->setFocus();
        showStatus(emailProblem, FieldMessage::Kind::Warning);
        return false;
    }
    clearStatus();
    return true;
}

bool AccountsPage::submitEditor()
{
    return editing() ? saveEdit() : addAccount();
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
void AccountsPage::showStatus(const QString& message, FieldMessage::Kind kind,
                              const std::optional<AccountSuggestion>& suggestion)
{
    m_status->showMessage(message, kind, suggestion,
                          suggestion && suggestion->platform !=
                                            Platform(m_platformCombo->currentData().toInt()));
}

void AccountsPage::clearStatus()
{
    m_status->clear();
}

void AccountsPage::showAddressProblem(const AccountAddressCheck& check, const QString& problem)
{
    if (problem.isEmpty())
        return;
    showStatus(problem, FieldMessage::Kind::Warning,
               problem == check.error ? check.suggestion : std::nullopt);
}

void AccountsPage::takeSuggestion(const AccountSuggestion& suggestion)
{
    m_platformCombo->setCurrentIndex(m_platformCombo->findData(int(suggestion.platform)));
    // An @name stays as typed (only the platform was wrong); an address
    // becomes the page's own.
    if (m_addressEdit->text().trimmed() != suggestion.address)
        m_addressEdit->setText(suggestion.address);
    followPlatform();
    m_addressEdit->setFocus();
    m_addressEdit->end(false);
    emit completeChanged();
}
