// The accounts page's import of the accounts the record of objections holds
// for the organisation.

#include <QListWidget>
#include <QWizard>
#include <algorithm>

#include "AccountOverview.h"
#include "AccountsPage.h"
#include "DialogSeams.h"
#include "OrganisationNames.h"

using namespace Qt::StringLiterals;

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
                showStatus(tr("Nothing was taken from the record."),
                           FieldMessage::Kind::Information);
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
    // Nothing selected afterwards (a selected row is no target for what is
    // typed next; the new rows are in view at the end of the list).
    if (added > 0) {
        refreshList(editing() ? m_editRow : -1);
        m_list->scrollToBottom();
    }
    // A result, not a problem: said without the warning sign.
    showStatus(
        found.isEmpty() ? tr("The record of objections has no account of “%1”.").arg(organisation)
        : added == 0    ? tr("Every account of the record is in the list already.")
                        : tr("%n account(s) taken from the record of objections.", nullptr, added),
        FieldMessage::Kind::Information);
    emit completeChanged();
}
