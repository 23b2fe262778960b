#include "RecordDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QVBoxLayout>

#include "AccountRows.h"
#include "DialogSeams.h"
#include "InputValidation.h"
#include "Today.h"
#include "pages/CharacterLimit.h"
#include "pages/FormRows.h"

using namespace Qt::StringLiterals;

RecordDialog::RecordDialog(const ObjectionRequest& request, QWidget* parent,
                           std::optional<Platform> formOpened)
    : QDialog(parent), m_request(request), m_formOpened(formOpened)
{
    setWindowTitle(tr("Record the objection as sent"));
    setObjectName(u"recordDialog"_s);

    m_dateEdit = new QDateEdit(Today::date(), this);
    m_dateEdit->setObjectName(u"sentOnDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(tr("d MMM yyyy"));
    m_dateEdit->setMaximumDate(Today::date());

    // One entry per route: the online form and the letter are answered apart,
    // and the form covers what the admin's login covers.
    m_letterButton = new QRadioButton(tr("&Letter (by post or as PDF)"), this);
    m_onlineButton = new QRadioButton(tr("Meta's &online form"), this);
    m_letterButton->setObjectName(u"routeLetterRadio"_s);
    m_onlineButton->setObjectName(u"routeOnlineRadio"_s);
    m_letterButton->setChecked(true);
    auto* routes = new QVBoxLayout;
    routes->addWidget(m_letterButton);
    routes->addWidget(m_onlineButton);

    m_adminLoginEdit = new QLineEdit(this);
    m_adminLoginEdit->setObjectName(u"adminLoginLineEdit"_s);
    m_adminLoginEdit->setPlaceholderText(tr("e.g. the e-mail of the admin's personal account"));
    limitLength(m_adminLoginEdit, InputLimits::email);
    m_adminLoginEdit->setEnabled(false);

    auto* accountsField = new QWidget(this);
    m_accountsList = new QListWidget(accountsField);
    m_accountsList->setObjectName(u"recordAccountsList"_s);
    m_accountsList->setAccessibleName(tr("Accounts covered")); // views ignore buddies
    m_accountsList->setMinimumHeight(m_accountsList->fontMetrics().lineSpacing() * 4);
    for (const Account& account : request.accounts) {
        const QString platform = platformName(account.platform);
        auto* item =
            new QListWidgetItem(platform + u": "_s + account.name + u" – "_s + account.address);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        m_accountsList->addItem(item);
    }
    // Forty accounts are one list that scrolls up and down, never sideways.
    fitAccountRows(m_accountsList);
    m_accountsList->setCurrentRow(0);
    auto* all = new QPushButton(tr("&All"), accountsField);
    all->setObjectName(u"tickAllAccountsButton"_s);
    auto* none = new QPushButton(tr("&None"), accountsField);
    none->setObjectName(u"tickNoAccountButton"_s);
    for (QPushButton* button : {all, none})
        button->setAutoDefault(false); // Enter keeps meaning "Record"
    connect(all, &QPushButton::clicked, this, [this] { tickAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { tickAll(false); });
    // An online form covers one account: many accounts are many forms, each
    // its own entry with its own answer from Meta, recorded here in one step.
    m_perAccountBox =
        new QCheckBox(tr("One &form per account – one entry for each ticked account"), this);
    m_perAccountBox->setObjectName(u"entryPerAccountCheckBox"_s);
    m_perAccountBox->setVisible(request.accounts.size() > 1);
    m_perAccountBox->setEnabled(false);
    auto* tickButtons = new QHBoxLayout;
    tickButtons->addWidget(all);
    tickButtons->addWidget(none);
    tickButtons->addStretch(1);
    auto* accountsLayout = new QVBoxLayout(accountsField);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    accountsLayout->addWidget(m_accountsList, 1);
    accountsLayout->addLayout(tickButtons);
    accountsLayout->addWidget(m_perAccountBox);
    accountsField->setFocusProxy(m_accountsList); // the label's mnemonic goes to the list

    connect(m_onlineButton, &QRadioButton::toggled, this, [this](bool online) {
        m_adminLoginEdit->setEnabled(online);
        m_perAccountBox->setEnabled(online);
        tickForRoute();
    });

    m_sentByEdit = new QLineEdit(request.organisation.contactName.simplified(), this);
    m_sentByEdit->setObjectName(u"sentByLineEdit"_s);
    limitLength(m_sentByEdit, InputLimits::name);

    m_reminderBox = new QCheckBox(tr("Save a calendar &reminder to check for Meta's answer after "
                                     "one month, on a working day (.ics)"),
                                  this);
    m_reminderBox->setObjectName(u"reminderCheckBox"_s);
    m_reminderBox->setChecked(true);

    auto* form = new QFormLayout;
    addLabelledRow(form, m_dateEdit)->setText(tr("&Sent on"));
    form->addRow(tr("Route"), routes);
    // Required for a form only (the asterisk says so while it is chosen).
    QLabel* loginLabel = addLabelledRow(form, m_adminLoginEdit);
    const auto labelLogin = [loginLabel](bool online) {
        loginLabel->setText(online ? tr("Logged &in as *") : tr("Logged &in as"));
    };
    labelLogin(false);
    connect(m_onlineButton, &QRadioButton::toggled, this, labelLogin);
    addLabelledRow(form, accountsField)->setText(tr("Accounts co&vered"));
    addLabelledRow(form, m_sentByEdit)->setText(tr("Sent b&y"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Keep a record of what was sent, so your organisation can show "
                                "it later. Record the letter and each online form apart: the "
                                "form covers the account it was sent for and the personal "
                                "profile of the admin who was logged in."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_reminderBox);
    layout->addWidget(buttons);
    // As large as it likes, within the screen: Qt's own first size keeps to
    // two thirds of the screen's height, and the list of accounts would get
    // less than its rows at 200 %.
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(sizeHint().boundedTo(screen->availableGeometry().size() * 0.9));
}

void RecordDialog::tickForRoute()
{
    if (!m_onlineButton->isChecked()) {
        tickAll(true);
        return;
    }
    // The account the form was opened for: the only one of that platform (or
    // the only one at all). With several, the user picks; a guess would
    // record a form for an account it was not sent for.
    std::optional<qsizetype> only;
    int candidates = 0;
    for (qsizetype row = 0; row < m_request.accounts.size(); ++row) {
        if (m_formOpened && m_request.accounts.at(row).platform != *m_formOpened)
            continue;
        ++candidates;
        only = row;
    }
    for (int row = 0; row < m_accountsList->count(); ++row) {
        m_accountsList->item(row)->setCheckState(candidates == 1 && row == *only ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    if (candidates == 1)
        m_accountsList->setCurrentRow(int(*only));
}

void RecordDialog::tickAll(bool ticked)
{
    for (int row = 0; row < m_accountsList->count(); ++row)
        m_accountsList->item(row)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

bool RecordDialog::onePerAccount() const
{
    return m_onlineButton->isChecked() && m_perAccountBox->isChecked();
}

ObjectionRecord RecordDialog::record() const
{
    ObjectionRecord record;
    record.organisation = m_request.organisation.name.simplified();
    for (int row = 0; row < m_accountsList->count(); ++row) {
        if (m_accountsList->item(row)->checkState() == Qt::Checked)
            record.accounts << m_request.accounts.at(row);
    }
    record.route = m_onlineButton->isChecked() ? Route::OnlineForm : Route::Letter;
    if (record.route == Route::OnlineForm)
        record.adminLogin = InputValidation::printable(m_adminLoginEdit->text()).simplified();
    record.sentOn = m_dateEdit->date();
    record.sentBy = InputValidation::printable(m_sentByEdit->text()).simplified();
    record.letterLanguage = m_request.options.letterLanguage;
    return record;
}

QList<ObjectionRecord> RecordDialog::records() const
{
    const ObjectionRecord entered = record();
    if (!onePerAccount())
        return {entered};
    QList<ObjectionRecord> entries;
    entries.reserve(entered.accounts.size());
    for (const Account& account : entered.accounts) {
        ObjectionRecord entry = entered;
        entry.accounts = {account};
        entries << entry;
    }
    return entries;
}

bool RecordDialog::wantsReminder() const
{
    return m_reminderBox->isChecked();
}

void RecordDialog::accept()
{
    const ObjectionRecord entered = record();
    if (entered.route == Route::OnlineForm && entered.adminLogin.isEmpty()) {
        // Meta finds a form by the login it was sent from; a follow-up names it.
        MessageBox::warning(this, windowTitle(),
                            tr("Please enter under “Logged in as” the login the online form was "
                               "sent from (e.g. the e-mail of the admin's personal account). "
                               "Meta finds the form by it, and a follow-up letter names it."));
        m_adminLoginEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (entered.accounts.isEmpty()) {
        MessageBox::warning(this, windowTitle(),
                            tr("Please tick at least one account the objection covered."));
        m_accountsList->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A form covers the account it was sent for – unless the accounts are
    // linked in Meta's Accounts Center, so the user decides (No keeps one entry).
    // Cancelled (Esc): back in this dialog, nothing recorded.
    if (entered.route == Route::OnlineForm && entered.accounts.size() > 1 && !onePerAccount()) {
        const int choice = MessageBox::choose(
            this, windowTitle(),
            tr("An online form covers the account it was sent for. Record one entry for each of "
               "the %n ticked accounts (one form each), or one entry for all of them, if one form "
               "covered them all (e.g. accounts linked in Meta's Accounts Center)?",
               nullptr, int(entered.accounts.size())),
            {tr("One entry per account"), tr("One entry for all")});
        if (choice < 0)
            return;
        m_perAccountBox->setChecked(choice == 0);
    }
    QDialog::accept();
}
