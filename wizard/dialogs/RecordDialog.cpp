#include "RecordDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "DialogSeams.h"
#include "InputValidation.h"
#include "Today.h"
#include "pages/CharacterLimit.h"
#include "pages/FormRows.h"

using namespace Qt::StringLiterals;

RecordDialog::RecordDialog(const ObjectionRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request)
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
    connect(m_onlineButton, &QRadioButton::toggled, m_adminLoginEdit, &QLineEdit::setEnabled);

    m_accountsList = new QListWidget(this);
    m_accountsList->setObjectName(u"recordAccountsList"_s);
    m_accountsList->setAccessibleName(tr("Accounts covered")); // views ignore buddies
    for (const Account& account : request.accounts) {
        const QString platform = platformName(account.platform);
        auto* item =
            new QListWidgetItem(platform + u": "_s + account.name + u" – "_s + account.address);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        m_accountsList->addItem(item);
    }

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
    addLabelledRow(form, m_adminLoginEdit)->setText(tr("Logged &in as"));
    addLabelledRow(form, m_accountsList)->setText(tr("&Accounts covered"));
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
    layout->addLayout(form);
    layout->addWidget(m_reminderBox);
    layout->addWidget(buttons);
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

bool RecordDialog::wantsReminder() const
{
    return m_reminderBox->isChecked();
}

void RecordDialog::accept()
{
    if (record().accounts.isEmpty()) {
        MessageBox::warning(this, windowTitle(),
                            tr("Please tick at least one account the objection covered."));
        return;
    }
    QDialog::accept();
}
