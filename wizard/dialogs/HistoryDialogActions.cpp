#include "HistoryDialog.h"

#include <QLabel>
#include <QLocale>
#include <algorithm>

#include "AttachInWorker.h"
#include "ConfirmationDialog.h"
#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "FollowUpPreviewDialog.h"
#include "LocalDates.h"
#include "OwnAuthorityDialog.h"
#include "SaveThroughDialog.h"
#include "Today.h"

// What the record's buttons do to an entry: Meta's confirmation, evidence,
// the follow-up letter, the notice to the authority, closing and deleting.

using namespace Qt::StringLiterals;

namespace {
QString dateText(const QDate& date)
{
    return QLocale().toString(date, HistoryDialog::tr("d MMM yyyy"));
}
} // namespace

void HistoryDialog::changed(const QString& id, const QString& error, const QString& done)
{
    const QString account = selectedAccount();
    if (!error.isEmpty())
        MessageBox::warning(this, windowTitle(), error);
    refresh(id, account);
    showStatus(error.isEmpty() ? done : error);
}

void HistoryDialog::addConfirmation()
{
    if (const std::optional<ObjectionRecord> current = selected())
        confirm(*current, selectedAccount());
}

bool HistoryDialog::confirm(const ObjectionRecord& entry, const QString& account,
                            const Attachment* mail, const QString& before)
{
    ConfirmationDialog dialog(entry, account, this);
    if (mail)
        dialog.fillFromMail(*mail);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString done = tr("Meta's confirmation was recorded for %n account(s).", nullptr,
                      int(dialog.confirmedAccounts().size()));
    if (!before.isEmpty())
        done = before + u' ' + done;
    // Only these accounts' confirmation changes: what another window recorded
    // meanwhile (evidence, other accounts) stays.
    changed(entry.id,
            m_records.confirm(entry.id, dialog.confirmedAccounts(), dialog.confirmation()), done);
    return true;
}

void HistoryDialog::attachMailAndConfirm()
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    // Read before attach() builds the list again.
    const QString account = selectedAccount();
    const QString path = FileDialog::getOpenFileName(this, tr("Attach Meta's confirmation e-mail"),
                                                     SaveThroughDialog::defaultFolder(),
                                                     tr("E-mails (*.eml *.msg);;All files (*)"));
    if (path.isEmpty())
        return;
    const QList<Attachment> kept = attach({path});
    if (kept.isEmpty())
        return; // attach() said why
    const QString attached = m_status->text();
    const std::optional<ObjectionRecord> entry = m_records.entry(current->id);
    if (!entry)
        return;
    if (!confirm(*entry, account, &kept.constFirst(), attached)) {
        showStatus(attached + u' ' +
                   tr("The e-mail stays attached; no confirmation was recorded. You can record "
                      "it later with “Meta's confirmation …”."));
    }
}

QList<Attachment> HistoryDialog::attach(const QStringList& paths)
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return {};
    // Nothing is copied for a record that cannot take it (a newer version's,
    // a damaged one): no file without its entry.
    if (m_records.readOnly()) {
        MessageBox::warning(this, tr("Attach evidence"), m_records.readOnlyReason());
        return {};
    }
    ObjectionRecord updated = *current;
    QList<Attachment> kept;
    QStringList messages;
    QString stored;
    for (const QString& path : paths) {
        const AttachResult result =
            AttachInWorker::add(this, path, updated.id, QDateTime::currentDateTimeUtc());
        if (result.cancelled) {
            // The files after it are not copied either: the user said stop.
            messages << result.error;
            break;
        }
        if (!result.error.isEmpty()) {
            MessageBox::warning(this, tr("Attach evidence"), result.error);
            messages << result.error;
            continue;
        }
        if (!result.warning.isEmpty())
            messages << result.warning;
        // The same bytes kept already (the store copies nothing then): the
        // entry keeps the one attachment it has.
        const auto same = std::find_if(updated.attachments.cbegin(), updated.attachments.cend(),
                                       [&result](const Attachment& a) {
                                           return result.attachment &&
                                                  (a.storedName == result.attachment->storedName ||
                                                   a.sha256 == result.attachment->sha256);
                                       });
        const bool known = same != updated.attachments.cend();
        if (known)
            kept << *same;
        if (result.attachment && !known) {
            // One row added: what another window attached meanwhile stays.
            if (const QString error = m_records.addAttachment(updated.id, *result.attachment);
                !error.isEmpty()) {
                MessageBox::warning(this, tr("Attach evidence"), error);
                messages << error;
                stored = error;
                continue;
            }
            updated.attachments << *result.attachment;
            kept << *result.attachment;
            // Meta answers after the objection: an older mail is likely the wrong one.
            const QDateTime mailDate = result.attachment->mailDate;
            if (mailDate.isValid() && mailDate.toLocalTime().date() < updated.sentOn) {
                messages << tr("The e-mail is dated %1, before the objection of %2: please check "
                               "that it belongs to this entry.")
                                .arg(LocalDates::shortDate(mailDate.toLocalTime().date()),
                                     LocalDates::shortDate(updated.sentOn));
            }
            messages << (result.attachment->isMail()
                             ? tr("Attached the e-mail “%1” from %2.")
                                   .arg(result.attachment->mailSubject, result.attachment->mailFrom)
                             : tr("Attached %1.").arg(result.attachment->originalName));
        } else if (known && result.warning.isEmpty()) {
            messages
                << tr("%1 is attached to this entry already.").arg(result.attachment->originalName);
        }
    }
    if (updated.attachments.size() != current->attachments.size() || !stored.isEmpty())
        changed(updated.id, QString(), messages.join(u' '));
    else
        showStatus(messages.join(u' '));
    return kept;
}

void HistoryDialog::offerToRecord(const QString& id, const QString& question,
                                  const std::function<QString()>& change, const QString& done)
{
    if (!MessageBox::question(this, windowTitle(), question))
        return;
    changed(id, change(), done);
}

void HistoryDialog::saveFollowUp()
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    // Seen before it is saved or printed; the preview asks to record it.
    FollowUpPreviewDialog preview(*current, m_current, m_records, this);
    preview.exec();
    if (preview.recorded())
        changed(current->id, QString(), preview.status());
    else
        showStatus(preview.status());
}

void HistoryDialog::saveAuthorityNotice(Authority authority)
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    // The organisation's own authority: chosen (or typed) each time, for the
    // organisation as it was sent.
    PostalAddress own;
    if (authority == Authority::Own) {
        OwnAuthorityDialog dialog(
            RecordExporter::senderFor(*current, m_current).request.organisation, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        own = dialog.address();
    }
    FollowUpPreviewDialog preview(*current, m_current, m_records, this,
                                  FollowUpPreviewDialog::Kind::AuthorityNotice, authority, own);
    preview.exec();
    if (preview.recorded())
        changed(current->id, QString(), preview.status());
    else
        showStatus(preview.status());
}

void HistoryDialog::toggleClosed()
{
    std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    const QString id = current->id;
    if (current->closedOn.isValid()) {
        changed(id, m_records.setClosed(id, QDate()), tr("The entry is open again."));
        return;
    }
    offerToRecord(
        id,
        tr("Close the entry of %1 without Meta's confirmation for every account (for "
           "example because Meta answered in another way)? It then needs no further "
           "action; you can open it again.")
            .arg(dateText(current->sentOn)),
        [this, id] { return m_records.setClosed(id, Today::date()); }, tr("The entry was closed."));
}

void HistoryDialog::removeSelected()
{
    const std::optional<ObjectionRecord> current = selected();
    if (!current)
        return;
    const QString id = current->id;
    // The entry named as the list shows it – route, day, accounts – since an
    // organisation has many entries of one day (a letter, a form per account).
    QStringList names;
    for (const Account& account : current->accounts.mid(0, 3))
        names << account.name;
    QString accounts = names.join(u", "_s);
    if (current->accounts.size() > names.size())
        accounts = tr("%1 and %n more", nullptr, int(current->accounts.size() - names.size()))
                       .arg(accounts);
    const QString entry = tr("%1 of %2 for %3")
                              .arg(DocumentationPdfWriter::routeName(current->route),
                                   dateText(current->sentOn), accounts);
    QString question =
        current->attachments.isEmpty()
            ? tr("Delete the entry of %1: %2? Your organisation may need it to show what it did.")
                  .arg(current->organisation, entry)
            : tr("Delete the entry of %1: %2, with the %n file(s) kept as evidence? Your "
                 "organisation may need it to show what it did.",
                 nullptr, int(current->attachments.size()))
                  .arg(current->organisation, entry);
    // Meta's confirmations go with it: those accounts count as unanswered then.
    if (!current->confirmations.isEmpty())
        question += u' ' + tr("Meta's confirmation of %n account(s) recorded in it is deleted "
                              "too; those accounts then count as without an answer.",
                              nullptr, int(current->confirmations.size()));
    if (!MessageBox::question(this, windowTitle(), question))
        return;
    QString error = m_records.remove(id);
    if (error.isEmpty())
        error = AttachmentStore::removeAll(id);
    if (!error.isEmpty())
        MessageBox::warning(this, windowTitle(), error);
    refresh(QString());
    showStatus(error.isEmpty() ? tr("The entry was deleted.") : error);
}
