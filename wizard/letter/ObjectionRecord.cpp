#include "ObjectionRecord.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool MetaConfirmation::operator==(const MetaConfirmation& o) const
{
    return received == o.received && reference == o.reference && note == o.note;
}

bool Attachment::operator==(const Attachment& o) const
{
    return originalName == o.originalName && storedName == o.storedName && sha256 == o.sha256 &&
           size == o.size && addedAt == o.addedAt && mailDate == o.mailDate &&
           mailFrom == o.mailFrom && mailSubject == o.mailSubject && mailText == o.mailText;
}

QString ObjectionRecord::accountKey(const Account& account)
{
    // The same page written "facebook.com/x/" or "https://www.facebook.com/x"
    // is one account.
    QString address = account.address.trimmed().toLower();
    for (const QString& prefix : {u"https://"_s, u"http://"_s, u"www."_s, u"m."_s}) {
        if (address.startsWith(prefix))
            address.remove(0, prefix.size());
    }
    while (address.endsWith(u'/'))
        address.chop(1);
    return platformName(account.platform).toLower() + u':' + address;
}

std::optional<MetaConfirmation> ObjectionRecord::confirmationFor(const Account& account) const
{
    const auto found = confirmations.constFind(accountKey(account));
    if (found == confirmations.cend())
        return std::nullopt;
    return *found;
}

bool ObjectionRecord::allConfirmed() const
{
    return !accounts.isEmpty() &&
           std::all_of(accounts.cbegin(), accounts.cend(), [this](const Account& account) {
               return confirmations.contains(accountKey(account));
           });
}

RecordState ObjectionRecord::state(const Account& account, const QDate& today) const
{
    if (confirmations.contains(accountKey(account)))
        return RecordState::Confirmed;
    if (closedOn.isValid())
        return RecordState::Closed;
    if (followUpSentOn.isValid())
        return today > followUpAnswerDue() ? RecordState::NoAnswer : RecordState::FollowUpSent;
    return today > answerDue() ? RecordState::NoAnswer : RecordState::Sent;
}

RecordState ObjectionRecord::state(const QDate& today) const
{
    if (closedOn.isValid())
        return allConfirmed() ? RecordState::Confirmed : RecordState::Closed;
    RecordState most = RecordState::Closed;
    bool any = false;
    for (const Account& account : accounts) {
        most = any ? std::min(most, state(account, today)) : state(account, today);
        any = true;
    }
    if (!any)
        return state(Account{}, today);
    return most;
}

EarlierObjection ObjectionRecord::earlierObjection() const
{
    EarlierObjection earlier;
    earlier.sentOn = sentOn;
    earlier.accounts = accounts;
    earlier.confirmations = confirmations;
    earlier.route = route;
    earlier.login = adminLogin;
    earlier.formReference = formReference;
    if (sentRequest)
        earlier.persons = sentRequest->namedPersons();
    earlier.followUpSentOn = followUpSentOn;
    earlier.recordId = id;
    return earlier;
}

bool ObjectionRecord::operator==(const ObjectionRecord& o) const
{
    return id == o.id && recordedAt == o.recordedAt && organisation == o.organisation &&
           accounts == o.accounts && route == o.route && sentOn == o.sentOn && sentBy == o.sentBy &&
           adminLogin == o.adminLogin && letterLanguage == o.letterLanguage &&
           sentText == o.sentText && confirmations == o.confirmations &&
           attachments == o.attachments && followUpSentOn == o.followUpSentOn &&
           authorityInformedOn == o.authorityInformedOn &&
           authorityInformed == o.authorityInformed && closedOn == o.closedOn &&
           formReference == o.formReference && sentRequest == o.sentRequest;
}

QList<Account> EarlierObjection::unanswered() const
{
    QList<Account> open;
    for (const Account& account : accounts) {
        if (!confirmations.contains(ObjectionRecord::accountKey(account)))
            open << account;
    }
    return open;
}

QList<Account> EarlierObjection::confirmed() const
{
    QList<Account> done;
    for (const Account& account : accounts) {
        if (confirmations.contains(ObjectionRecord::accountKey(account)))
            done << account;
    }
    return done;
}

QString caseNumber(const QString& recordId)
{
    QString letters;
    for (const QChar c : recordId) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            letters += c.toUpper();
        if (letters.size() == 8)
            break;
    }
    return letters;
}
