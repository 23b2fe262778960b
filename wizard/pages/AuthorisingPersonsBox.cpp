#include "AuthorisingPersonsBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "FieldMessage.h"
#include "LetterComposer.h"
#include "LetterFileName.h"
#include "LocalDates.h"
#include "PdfLetterWriter.h"
#include "SaveThroughDialog.h"
#include "Today.h"

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    Name,
    Role,
    SignedOn,
    AppearsIn,
    Minor,
    RevokedOn,
    Columns
};

// Dates typed as 01.12.2026 or 2026-12-01; anything else is no date.
QDate parsedDate(const QString& text)
{
    const QString simple = text.simplified();
    for (const QString& format : {u"dd.MM.yyyy"_s, u"d.M.yyyy"_s, u"yyyy-MM-dd"_s}) {
        const QDate date = QDate::fromString(simple, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QString shownDate(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}
} // namespace

AuthorisingPersonsBox::AuthorisingPersonsBox(ObjectionRequest& request, QWidget* parent)
    : QGroupBox(parent), m_request(request)
{
    setObjectName(u"personsGroupBox"_s);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(this);
    hint->setObjectName(u"personsHintLabel"_s);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(u"personsTable"_s);
    // Names and places get the room; dates and the tick box what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AppearsIn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 6);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addPersonButton"_s);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removePersonButton"_s);
    m_formButton = new QPushButton(this);
    m_formButton->setObjectName(u"authorisationFormButton"_s);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_formButton);
    layout->addLayout(buttons);
    m_message = new FieldMessage(this);
    m_message->setObjectName(u"personsMessageLabel"_s);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
        store();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            store();
        }
    });
    connect(m_formButton, &QPushButton::clicked, this, &AuthorisingPersonsBox::printForm);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // A date as typed ("1.12.2026") is shown as the letter writes it.
        if (!m_loading && (item->column() == SignedOn || item->column() == RevokedOn)) {
            const QDate date = parsedDate(item->text());
            if (date.isValid() && item->text() != shownDate(date)) {
                const QSignalBlocker blocker(m_table);
                item->setText(shownDate(date));
            }
        }
        store();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_removeButton->setEnabled(row >= 0);
        m_formButton->setEnabled(row >= 0);
    });
    // Texts are set by retranslate(), which the page calls on every language change.
}

void AuthorisingPersonsBox::retranslate()
{
    setTitle(tr("People who authorised us to object for them"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Signed on"),
                                        tr("Shown or named in (optional)"), tr("Minor"),
                                        tr("Revoked on")});
    m_addButton->setText(tr("&Add person"));
    m_removeButton->setText(tr("Remo&ve"));
    m_formButton->setText(tr("Power of attorney as &PDF …"));
    if (auto* hint = findChild<QLabel*>(u"personsHintLabel"_s)) {
        hint->setText(tr("Only people who signed a power of attorney for your organisation are "
                         "named in the letter, each objecting in their own name (Art. 21 GDPR). "
                         "Print the form for each person, have it signed, and enter the date it "
                         "was signed (e.g. 01.12.2026). Leave the list empty to object for your "
                         "organisation only."));
    }
    m_message->showMessage(problem());
}

void AuthorisingPersonsBox::addRow(const AuthorisingPerson& person)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(person.name));
    m_table->setItem(row, Role, new QTableWidgetItem(person.role));
    m_table->setItem(row, SignedOn, new QTableWidgetItem(shownDate(person.signedOn)));
    m_table->setItem(row, AppearsIn, new QTableWidgetItem(person.appearsIn));
    auto* minor = new QTableWidgetItem;
    minor->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    minor->setCheckState(person.minor ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Minor, minor);
    m_table->setItem(row, RevokedOn, new QTableWidgetItem(shownDate(person.revokedOn)));
}

void AuthorisingPersonsBox::load()
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const AuthorisingPerson& person : std::as_const(m_request.persons))
        addRow(person);
    m_removeButton->setEnabled(false);
    m_formButton->setEnabled(false);
    m_loading = false;
    m_message->showMessage(problem());
}

void AuthorisingPersonsBox::store()
{
    if (m_loading)
        return;
    QList<AuthorisingPerson> persons;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text() : QString();
        };
        AuthorisingPerson person;
        person.name = text(Name).simplified();
        person.role = text(Role).simplified();
        person.signedOn = parsedDate(text(SignedOn));
        person.appearsIn = text(AppearsIn).simplified();
        const QTableWidgetItem* minor = m_table->item(row, Minor);
        person.minor = minor && minor->checkState() == Qt::Checked;
        person.revokedOn = parsedDate(text(RevokedOn));
        persons << person;
    }
    m_request.persons = persons;
    m_message->showMessage(problem());
    emit changed();
}

AuthorisingPersonsBox::Problem AuthorisingPersonsBox::firstProblem() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* signedOn = m_table->item(row, SignedOn);
        const QTableWidgetItem* revokedOn = m_table->item(row, RevokedOn);
        const QString name = m_request.persons.value(row).name;
        if (name.isEmpty())
            return {row, Name,
                    tr("Row %1 has no name. Enter the name or remove the row.").arg(row + 1)};
        if (!signedOn || !parsedDate(signedOn->text()).isValid()) {
            return {row, SignedOn,
                    tr("%1 has no valid date of the signed power of attorney (e.g. 01.12.2026). "
                       "Without it the person cannot be named; enter the date or remove the row.")
                        .arg(name)};
        }
        if (const QDate letterDate = m_request.options.date;
            letterDate.isValid() && parsedDate(signedOn->text()) > letterDate &&
            parsedDate(signedOn->text()) <= Today::date()) {
            return {row, SignedOn,
                    tr("The power of attorney of %1 was signed after the date of the letter (%2). "
                       "A letter can name only people who had signed by its date; change the "
                       "letter's date or the row.")
                        .arg(name, LocalDates::shortDate(letterDate))};
        }
        if (parsedDate(signedOn->text()) > Today::date()) {
            return {row, SignedOn,
                    tr("The power of attorney of %1 is dated in the future. Enter the day it was "
                       "signed.")
                        .arg(name)};
        }
        if (revokedOn && !revokedOn->text().trimmed().isEmpty()) {
            const QDate revoked = parsedDate(revokedOn->text());
            if (!revoked.isValid())
                return {row, RevokedOn,
                        tr("The revocation date of %1 is not a date (e.g. 01.12.2026).").arg(name)};
            if (revoked < parsedDate(signedOn->text()) || revoked > Today::date()) {
                return {row, RevokedOn,
                        tr("The revocation of %1 is dated before the power of attorney was "
                           "signed or in the future. Enter the day it was revoked.")
                            .arg(name)};
            }
        }
    }
    return {};
}

QString AuthorisingPersonsBox::problem() const
{
    return firstProblem().text;
}

QString AuthorisingPersonsBox::problemField() const
{
    const Problem problem = firstProblem();
    if (problem.row < 0)
        return {};
    const QTableWidgetItem* header = m_table->horizontalHeaderItem(problem.column);
    const QString column = header ? header->text() : QString();
    const QString name = m_request.persons.value(problem.row).name;
    return u"%1 (%2)"_s.arg(column, name.isEmpty() ? tr("row %1").arg(problem.row + 1) : name);
}

void AuthorisingPersonsBox::showProblem()
{
    m_message->showMessage(problem());
}

void AuthorisingPersonsBox::printForm()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_request.persons.size())
        return;
    const AuthorisingPerson person = m_request.persons.at(row);
    const Letter letter =
        LetterComposer(m_request.options.letterLanguage).authorisationForm(m_request, person);
    QString saved;
    const QString status = SaveThroughDialog::save(
        window(), tr("Save power of attorney as PDF"),
        suggestedLetterFileName(letter.fileNameStem,
                                person.name.isEmpty() ? m_request.organisation.name : person.name,
                                Today::date()),
        tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&letter](QIODevice* device) {
            return PdfLetterWriter::write(letter, device, Today::now());
        },
        &saved);
    m_message->showMessage(status);
}
