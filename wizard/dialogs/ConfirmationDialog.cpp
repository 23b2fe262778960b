#include "ConfirmationDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "InputValidation.h"
#include "pages/CharacterLimit.h"
#include "pages/FormRows.h"

using namespace Qt::StringLiterals;

ConfirmationDialog::ConfirmationDialog(const ObjectionRecord& record, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Meta's confirmation"));
    setObjectName(u"confirmationDialog"_s);
    const MetaConfirmation existing =
        record.confirmation.value_or(MetaConfirmation{QDate::currentDate(), QString(), QString()});

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
    form->addRow(new QLabel(tr("Record the confirmation Meta sent for the objection of %1.")
                                .arg(record.sentOn.toString(tr("d MMM yyyy"))),
                            this));
    addLabelledRow(form, m_receivedEdit)->setText(tr("&Received on"));
    addLabelledRow(form, m_referenceEdit)->setText(tr("Meta's re&ference"));
    addLabelledRow(form, m_noteEdit)->setText(tr("&Note (e.g. where the e-mail is filed)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConfirmationDialog::reject);
    form->addRow(buttons);
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
