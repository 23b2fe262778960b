#include "AccountOverview.h"

#include "LocalDates.h"
#include "OrganisationNames.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// As a person compares names: "Blau-Weiss" is "Blau-Weiß", "e. V." is "e.V.".
bool sameOrganisation(const QString& a, const QString& b)
{
    return OrganisationNames::same(a, b);
}

AccountStatus::Action actionFor(RecordState state)
{
    switch (state) {
    case RecordState::NoAnswer:
        return AccountStatus::Action::FollowUp;
    case RecordState::FollowUpSent:
        return AccountStatus::Action::WaitForFollowUp;
    case RecordState::Sent:
        return AccountStatus::Action::Wait;
    case RecordState::Confirmed:
    case RecordState::Closed:
        return AccountStatus::Action::None;
    }
    return AccountStatus::Action::None;
}

} // namespace

QList<AccountStatus> AccountOverview::build(const QList<ObjectionRecord>& records,
                                            const QDate& today, const QString& organisation,
                                            const QList<Account>& expected)
{
    QList<AccountStatus> result;
    QHash<QString, qsizetype> index; // organisation + account key -> result row
    // One name per organisation however it was typed ("Groß…"/"Gross…"):
    // the first seen, so that it is listed once.
    QHash<QString, QString> names;
    const auto rowFor = [&](const QString& org, const Account& account) -> AccountStatus& {
        const QString organisationKey = OrganisationNames::matchKey(org);
        const QString name = names.value(organisationKey, org);
        names.insert(organisationKey, name);
        const QString key = organisationKey + u'\n' + ObjectionRecord::accountKey(account);
        auto found = index.constFind(key);
        if (found == index.cend()) {
            AccountStatus status;
            status.organisation = name;
            status.account = account;
            result << status;
            found = index.insert(key, result.size() - 1);
        }
        return result[*found];
    };
    for (const Account& account : expected)
        rowFor(organisation, account);
    for (const ObjectionRecord& record : records) {
        const QString org = sameOrganisation(record.organisation, organisation)
                                ? organisation
                                : record.organisation;
        for (const Account& account : record.accounts)
            rowFor(org, account).entries << record;
    }
    for (AccountStatus& status : result) {
        if (status.entries.isEmpty())
            continue;
        std::stable_sort(
            status.entries.begin(), status.entries.end(),
            [](const ObjectionRecord& a, const ObjectionRecord& b) { return a.sentOn > b.sentOn; });
        // Shown as it was sent (the newest entry), not as the wizard has it
        // now: an account renamed after sending is evidence of the old name.
        const QString accountKey = ObjectionRecord::accountKey(status.account);
        for (const Account& sent : std::as_const(status.entries.constFirst().accounts)) {
            if (ObjectionRecord::accountKey(sent) == accountKey) {
                status.account = sent;
                break;
            }
        }
        const ObjectionRecord* source = &status.entries.constFirst();
        for (const ObjectionRecord& entry : std::as_const(status.entries)) {
            if (entry.confirmationFor(status.account)) {
                source = &entry;
                break;
            }
        }
        status.recordId = source->id;
        status.state = source->state(status.account, today);
        status.confirmation = source->confirmationFor(status.account);
        status.action = actionFor(*status.state);
        if (*status.state == RecordState::Sent)
            status.due = source->answerDue();
        else if (*status.state == RecordState::FollowUpSent)
            status.due = source->followUpAnswerDue();
        status.onlyOnlineForm =
            status.account.platform == Platform::Facebook &&
            std::all_of(status.entries.cbegin(), status.entries.cend(),
                        [](const ObjectionRecord& e) { return e.route == Route::OnlineForm; });
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const AccountStatus& a, const AccountStatus& b) {
                         if (a.action != b.action)
                             return a.action < b.action;
                         if (a.due != b.due)
                             return a.due < b.due;
                         return a.organisation.localeAwareCompare(b.organisation) < 0;
                     });
    return result;
}

QList<Account> AccountOverview::uncovered(const QList<ObjectionRecord>& records,
                                          const QString& organisation,
                                          const QList<Account>& expected)
{
    QSet<QString> covered;
    for (const ObjectionRecord& record : records) {
        if (!sameOrganisation(record.organisation, organisation))
            continue;
        for (const Account& account : record.accounts)
            covered.insert(ObjectionRecord::accountKey(account));
    }
    QList<Account> result;
    for (const Account& account : expected) {
        if (!covered.contains(ObjectionRecord::accountKey(account)))
            result << account;
    }
    return result;
}

QList<Account> AccountOverview::accountsOf(const QList<ObjectionRecord>& records,
                                           const QString& organisation)
{
    QList<const ObjectionRecord*> ordered;
    for (const ObjectionRecord& record : records) {
        if (sameOrganisation(record.organisation, organisation))
            ordered << &record;
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto* a, const auto* b) { return a->sentOn < b->sentOn; });
    QSet<QString> seen;
    QList<Account> result;
    for (const ObjectionRecord* record : std::as_const(ordered)) {
        for (const Account& account : record->accounts) {
            if (!seen.contains(ObjectionRecord::accountKey(account))) {
                seen.insert(ObjectionRecord::accountKey(account));
                result << account;
            }
        }
    }
    return result;
}

QString AccountOverview::actionText(const AccountStatus& status)
{
    QString text;
    switch (status.action) {
    case AccountStatus::Action::Object:
        text = tr("Object for this account.");
        break;
    case AccountStatus::Action::FollowUp:
        text = tr("Write to Meta again; you can also inform the supervisory authority.");
        break;
    case AccountStatus::Action::WaitForFollowUp:
        text = tr("Wait for the answer until %1.").arg(LocalDates::shortDate(status.due));
        break;
    case AccountStatus::Action::Wait:
        text = tr("Wait for Meta's answer until %1.").arg(LocalDates::shortDate(status.due));
        break;
    case AccountStatus::Action::None:
        text = status.confirmation ? tr("Nothing to do (confirmed on %1).")
                                         .arg(LocalDates::shortDate(status.confirmation->received))
                                   : tr("Nothing to do (closed).");
        break;
    }
    if (status.onlyOnlineForm && status.action != AccountStatus::Action::Object)
        text += u' ' + tr("Only the online form was used; it may cover only the profile of the "
                          "admin who sent it, so send the letter for this Page too.");
    return text;
}

QString AccountOverview::routesText(const AccountStatus& status)
{
    QStringList routes;
    for (const ObjectionRecord& entry : status.entries) {
        QString route;
        switch (entry.route) {
        case Route::OnlineForm:
            route = entry.adminLogin.isEmpty()
                        ? tr("Online form %1").arg(LocalDates::shortDate(entry.sentOn))
                        : tr("Online form %1 (logged in as %2)")
                              .arg(LocalDates::shortDate(entry.sentOn), entry.adminLogin);
            break;
        case Route::Letter:
            route = tr("Letter %1").arg(LocalDates::shortDate(entry.sentOn));
            break;
        case Route::Both:
            route = tr("Online form and letter %1").arg(LocalDates::shortDate(entry.sentOn));
            break;
        }
        if (entry.followUpSentOn.isValid())
            route +=
                u", "_s + tr("written again %1").arg(LocalDates::shortDate(entry.followUpSentOn));
        routes << route;
    }
    return routes.join(u"; "_s);
}

ObjectionRecord AccountOverview::withConfirmationsFrom(const ObjectionRecord& entry,
                                                       const QList<ObjectionRecord>& records)
{
    ObjectionRecord result = entry;
    for (const ObjectionRecord& other : records) {
        if (other.id == entry.id || !sameOrganisation(other.organisation, entry.organisation))
            continue;
        for (const Account& account : entry.accounts) {
            const QString key = ObjectionRecord::accountKey(account);
            if (!result.confirmations.contains(key) && other.confirmations.contains(key))
                result.confirmations.insert(key, other.confirmations.value(key));
        }
    }
    return result;
}

EntryNeed AccountOverview::needOf(const ObjectionRecord& recorded,
                                  const QList<ObjectionRecord>& records, const QDate& today)
{
    EntryNeed need;
    // An account Meta confirmed through another entry needs no letter.
    need.entry = withConfirmationsFrom(recorded, records);
    const ObjectionRecord& entry = need.entry;
    const QList<Account> open = entry.earlierObjection().unanswered();
    need.openAccounts = int(open.size());
    if (open.isEmpty() || entry.closedOn.isValid() || entry.authorityInformedOn.isValid())
        return need;
    if (entry.followUpSentOn.isValid()) {
        // Written again: the authority once that letter's month is over.
        need.since = entry.followUpAnswerDue();
        need.authority = today > need.since;
        return need;
    }
    // Written again already for every open account, in the follow-up of
    // another entry (the letter's names the accounts of the forms): a second
    // letter would say nothing new, and that follow-up's month decides when
    // an authority is told.
    QDate writtenAgain;
    for (const Account& account : open) {
        QDate latest;
        for (const ObjectionRecord& other : records) {
            const bool covers = std::any_of(other.accounts.cbegin(), other.accounts.cend(),
                                            [&account](const Account& covered) {
                                                return ObjectionRecord::accountKey(covered) ==
                                                       ObjectionRecord::accountKey(account);
                                            });
            if (other.id != entry.id && covers && other.followUpSentOn.isValid() &&
                other.followUpSentOn >= entry.sentOn &&
                sameOrganisation(other.organisation, entry.organisation) &&
                (!latest.isValid() || other.followUpSentOn > latest))
                latest = other.followUpSentOn;
        }
        if (!latest.isValid()) {
            writtenAgain = QDate();
            break;
        }
        if (!writtenAgain.isValid() || latest < writtenAgain)
            writtenAgain = latest;
    }
    if (writtenAgain.isValid()) {
        need.since = writtenAgain.addMonths(1);
        need.authority = today > need.since;
        need.coveredElsewhere = true;
        return need;
    }
    need.since = entry.answerDue();
    need.followUp = today > need.since;
    need.authority = need.followUp; // possible at once; the overview offers the letter first
    return need;
}

QList<DueStep> AccountOverview::dueSteps(const QList<ObjectionRecord>& records, const QDate& today)
{
    QList<DueStep> steps;
    for (const ObjectionRecord& recorded : records) {
        if (recorded.accounts.isEmpty())
            continue;
        const EntryNeed need = needOf(recorded, records, today);
        DueStep step;
        step.entry = need.entry;
        step.openAccounts = need.openAccounts;
        step.since = need.since;
        if (need.followUp)
            step.kind = DueStep::Kind::FollowUp;
        // The entry whose follow-up was sent tells the authority; the forms
        // it covered do not each tell it again.
        else if (need.authority && !need.coveredElsewhere)
            step.kind = DueStep::Kind::InformAuthority;
        else
            continue;
        steps << step;
    }
    std::stable_sort(steps.begin(), steps.end(), [](const DueStep& a, const DueStep& b) {
        if (a.since != b.since)
            return a.since < b.since;
        return (a.entry.route == Route::Letter) > (b.entry.route == Route::Letter);
    });
    return steps;
}

QDate AccountOverview::nextDue(const QList<ObjectionRecord>& records, const QDate& today)
{
    QDate next;
    for (const ObjectionRecord& entry : records) {
        const RecordState state = entry.state(today);
        if (entry.closedOn.isValid() || entry.authorityInformedOn.isValid() ||
            (state != RecordState::Sent && state != RecordState::FollowUpSent))
            continue;
        const QDate due =
            state == RecordState::Sent ? entry.answerDue() : entry.followUpAnswerDue();
        if (due > today && (!next.isValid() || due < next))
            next = due;
    }
    return next;
}

QString AccountOverview::dueText(const DueStep& step)
{
    const QString sentOn = LocalDates::shortDate(step.entry.sentOn);
    QString entry = step.entry.route == Route::OnlineForm
                        ? tr("%1, online form of %2").arg(step.entry.organisation, sentOn)
                        : tr("%1, letter of %2").arg(step.entry.organisation, sentOn);
    // A form covers one account (forty forms are forty lines): named.
    if (step.entry.route == Route::OnlineForm && step.entry.accounts.size() <= 2) {
        QStringList names;
        for (const Account& account : step.entry.accounts)
            names << platformName(account.platform) + u": "_s + account.name;
        entry += u" ("_s + names.join(u", "_s) + u')';
    }
    if (step.kind == DueStep::Kind::FollowUp)
        return tr("%1: %n account(s) without an answer for over a month – create the follow-up "
                  "letter",
                  nullptr, step.openAccounts)
            .arg(entry);
    return tr("%1: no answer to the follow-up letter of %2 either – inform a supervisory "
              "authority")
        .arg(entry, LocalDates::shortDate(step.entry.followUpSentOn));
}
