#include "ConfirmationDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

#include "AccountRows.h"
#include "DialogSeams.h"
#include "InputValidation.h"
#include "LocalDates.h"
#include "Today.h"
#include "pages/CharacterLimit.h"
#include "pages/FormRows.h"

using namespace Qt::StringLiterals;

ConfirmationDialog::ConfirmationDialog(const ObjectionRecord& record, const QString& preselected,
                                       QWidget* parent)
    : QDialog(parent), m_record(record)
{
    setWindowTitle(tr("Meta's confirmation"));
    setObjectName(u"confirmationDialog"_s);
    // The date of Meta's e-mail when one is attached, else today.
    QDate received = Today::date();
    for (const Attachment& attachment : record.attachments) {
        if (attachment.mailDate.isValid() && attachment.mailDate.date() >= record.sentOn)
            received = attachment.mailDate.toLocalTime().date();
    }
    MetaConfirmation existing{received, QString(), QString()};
    if (!preselected.isEmpty() && record.confirmations.contains(preselected))
        existing = record.confirmations.value(preselected);

    m_accountsList = new QListWidget(this);
    m_accountsList->setObjectName(u"confirmedAccountsList"_s);
    m_accountsList->setAccessibleName(tr("Accounts Meta confirmed"));
    for (const Account& account : record.accounts) {
        const QString key = ObjectionRecord::accountKey(account);
        auto* item = new QListWidgetItem(platformName(account.platform) + u": "_s + account.name +
                                         u" – "_s + account.address);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool tick =
            preselected.isEmpty() ? !record.confirmations.contains(key) : key == preselected;
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, key);
        m_accountsList->addItem(item);
    }
    fitAccountRows(m_accountsList);

    m_receivedEdit = new QDateEdit(existing.received, this);
    m_receivedEdit->setObjectName(u"receivedDateEdit"_s);
    m_receivedEdit->setCalendarPopup(true);
    m_receivedEdit->setDisplayFormat(tr("d MMM yyyy"));
    m_receivedEdit->setMinimumDate(record.sentOn);
    m_referenceEdit = new QLineEdit(existing.reference, this);
    m_referenceEdit->setObjectName(u"referenceLineEdit"_s);
    limitLength(m_referenceEdit, InputLimits::field);
    m_noteEdit = new QPlainTextEdit(existing.note, this);
    m_noteEdit->setObjectName(u"noteTextEdit"_s);
    m_noteEdit->setTabChangesFocus(true);

    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Record the confirmation Meta sent for the objection of %1. "
                                "Tick the accounts it confirms.")
                                 .arg(record.sentOn.toString(tr("d MMM yyyy"))),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    addLabelledRow(form, m_accountsList)->setText(tr("&Accounts"));
    addLabelledRow(form, m_receivedEdit)->setText(tr("&Received on"));
    addLabelledRow(form, m_referenceEdit)->setText(tr("Meta's re&ference"));
    addLabelledRow(form, m_noteEdit)->setText(tr("&Note (e.g. where the e-mail is filed)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConfirmationDialog::reject);
    form->addRow(buttons);
}

void ConfirmationDialog::fillFromMail(const Attachment& mail)
{
    if (mail.mailDate.isValid())
        m_receivedEdit->setDate(mail.mailDate.toLocalTime().date());
    if (m_noteEdit->toPlainText().isEmpty()) {
        m_noteEdit->setPlainText(
            mail.isMail()
                ? tr("E-mail “%1” of %2, kept as evidence with the entry.")
                      .arg(mail.mailSubject, LocalDates::shortDateTime(mail.mailDate.toLocalTime()))
                : tr("%1, kept as evidence with the entry.").arg(mail.originalName));
    }
}

QStringList ConfirmationDialog::confirmedAccounts() const
{
    QStringList keys;
    for (int row = 0; row < m_accountsList->count(); ++row) {
        if (m_accountsList->item(row)->checkState() == Qt::Checked)
            keys << m_accountsList->item(row)->data(Qt::UserRole).toString();
    }
    return keys;
}

void ConfirmationDialog::accept()
{
    if (confirmedAccounts().isEmpty()) {
        MessageBox::warning(this, windowTitle(),
                            tr("Please tick at least one account Meta confirmed."));
        return;
    }
    QDialog::accept();
}

MetaConfirmation ConfirmationDialog::confirmation() const
{
    // Kept as the documentation sheet and the calendar file show them: without
    // control characters, as every text of a letter.
    return {m_receivedEdit->date(),
            InputValidation::printable(m_referenceEdit->text()).simplified(),
            InputValidation::printable(InputValidation::firstCharacters(m_noteEdit->toPlainText(),
                                                                        InputLimits::ownGrounds),
                                       true)};
}
