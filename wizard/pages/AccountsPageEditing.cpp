// The accounts page's list: changing a row in the edit mode, removing,
// undoing, and how the list shows it (see AccountsPage.h).

#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include "AccountsPage.h"

using namespace Qt::StringLiterals;

QString AccountsPage::accountLabel(const Account& account) const
{
    return platformName(account.platform) + u": "_s + account.name;
}

void AccountsPage::startEdit(int row)
{
    if (row < 0 || row >= m_request.accounts.size())
        return;
    if (editing()) {
        const Account& edited = m_request.accounts.at(m_editRow);
        const bool changed = m_addressEdit->text() != edited.address ||
                             m_nameEdit->text() != edited.name ||
                             m_emailEdit->text() != edited.loginEmail ||
                             Platform(m_platformCombo->currentData().toInt()) != edited.platform;
        if (row == m_editRow) {
            m_addressEdit->setFocus();
            return;
        }
        // Another row would take the fields: the change made so far is the
        // user's to save or discard.
        if (changed) {
            showStatus(tr("Please save or discard the change to “%1” first.").arg(edited.name),
                       FieldMessage::Kind::Warning);
            return;
        }
        leaveEdit();
    }
    // What was typed for a new account waits and comes back afterwards.
    m_draft = {m_platformCombo->currentIndex(), m_addressEdit->text(), m_nameEdit->text(),
               m_emailEdit->text()};
    m_editRow = row;
    const Account account = m_request.accounts.at(row); // the widgets' signals may change it
    m_addressEdit->setText(account.address);
    m_platformCombo->setCurrentIndex(m_platformCombo->findData(int(account.platform)));
    m_nameEdit->setText(account.name);
    m_emailEdit->setText(account.loginEmail);
    clearStatus();
    refreshList(row);
    m_addressEdit->setFocus();
    m_addressEdit->selectAll();
}

bool AccountsPage::saveEdit()
{
    const int row = m_editRow;
    Account account;
    if (!readEditor(account, row))
        return false;
    const Account before = m_request.accounts.at(row);
    const bool changed = !(account == before);
    if (changed) {
        m_undo.changed(row, before, account);
        m_request.accounts[row] = account;
    }
    leaveEdit();
    if (changed)
        showStatus(tr("Changed: %1.").arg(accountLabel(account)), FieldMessage::Kind::Information);
    emit completeChanged();
    return true;
}

void AccountsPage::discardEdit()
{
    const int row = m_editRow;
    leaveEdit();
    // Back where the edit was chosen: the row, for Edit or Remove again.
    m_list->setCurrentRow(row);
    m_list->setFocus();
}

void AccountsPage::leaveEdit()
{
    m_editRow = -1;
    // Before the draft comes back, whose fields' signals clear the message.
    const QSignalBlocker blocker(m_platformCombo);
    m_platformCombo->setCurrentIndex(m_draft.platformIndex);
    m_addressEdit->setText(m_draft.address);
    m_nameEdit->setText(m_draft.name);
    m_emailEdit->setText(m_draft.email);
    m_draft = {};
    followPlatform();
    clearStatus();
    refreshList(-1);
    m_addressEdit->setFocus();
}

void AccountsPage::removeAccount()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_request.accounts.size())
        return;
    if (row == m_editRow)
        leaveEdit();
    else if (editing() && row < m_editRow)
        --m_editRow;
    const Account removed = m_request.accounts.takeAt(row);
    m_undo.removed(row, removed);
    // Back to adding: nothing selected. The focus first (unless it is on
    // the list): the Remove button it is on is disabled next, and Qt would
    // hand the focus to the list, which then selects its first row.
    if (!m_list->hasFocus())
        m_addressEdit->setFocus();
    refreshList(editing() ? m_editRow : -1);
    showStatus(tr("Removed: %1.").arg(accountLabel(removed)), FieldMessage::Kind::Information);
    emit completeChanged();
}

void AccountsPage::undo()
{
    if (m_undo.isEmpty())
        return;
    if (editing()) {
        showStatus(tr("Please save or discard the change being made first."),
                   FieldMessage::Kind::Warning);
        return;
    }
    const bool change = m_undo.nextIsChange();
    const Account back = m_undo.nextAccount();
    const int row = m_undo.undo(m_request.accounts);
    if (row < 0) {
        updateButtons();
        return;
    }
    refreshList(row);
    m_list->scrollToItem(m_list->item(row));
    // The Undo button may go now; the focus goes to the row brought back, not
    // to whatever button comes next (Enter there would switch the language).
    m_list->setFocus();
    showStatus(change ? tr("Change undone: %1.").arg(accountLabel(back))
                      : tr("Back in the list: %1.").arg(accountLabel(back)),
               FieldMessage::Kind::Information);
    emit completeChanged();
}

void AccountsPage::refreshList(int selectRow)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int row = 0; row < m_request.accounts.size(); ++row) {
        const Account& account = m_request.accounts.at(row);
        const QString platform = platformName(account.platform);
        const QString email =
            account.loginEmail.isEmpty() ? QString() : u" ("_s + account.loginEmail + u')';
        QString text = platform + u": "_s + account.name + u" – "_s + account.address + email;
        // The row being changed: marked in words and type, not by colour
        // alone, so it reads in every theme and to screen readers.
        if (row == m_editRow)
            text = tr("✎ being changed: %1").arg(text);
        auto* item = new QListWidgetItem(text, m_list);
        if (row == m_editRow) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_list->setCurrentRow(selectRow);
    updateButtons();
}

void AccountsPage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_addButton->setText(editing() ? tr("&Save change") : tr("&Add to list"));
    m_editButton->setText(editing() ? tr("&Discard change") : tr("&Edit"));
    m_editButton->setEnabled(editing() || selected);
    m_removeButton->setEnabled(selected);
    QString undoes;
    if (!m_undo.isEmpty()) {
        const QString name = m_undo.nextAccount().name;
        undoes = m_undo.nextIsChange() ? tr("Undo the change to “%1”").arg(name)
                                       : tr("Bring back “%1”").arg(name);
    }
    m_status->setUndo(!m_undo.isEmpty(), !editing(), undoes);
    QFont font = m_modeLabel->font();
    font.setBold(editing());
    m_modeLabel->setFont(font);
    if (editing()) {
        const Account& account = m_request.accounts.at(m_editRow);
        m_modeLabel->setText(tr("Changing “%1” (%2). Enter saves the change, Esc discards it.")
                                 .arg(account.name, platformName(account.platform)));
    } else {
        m_modeLabel->setText(tr("A new page or account: Enter adds it to the list. To change "
                                "one in the list, choose it and press Edit (or F2)."));
    }
}
