#include "RecordDetails.h"

#include <QStringList>

#include "DocumentationPdfWriter.h"
#include "LocalDates.h"

using namespace Qt::StringLiterals;

namespace {
QString date(const QDate& day)
{
    return LocalDates::shortDate(day);
}

QString accountLine(const Account& account)
{
    return platformName(account.platform) + u": "_s + account.name + u" ("_s + account.address +
           u')';
}

// "Label: value" lines, the label bold; the next step comes first, since a
// small pane (200 %, a small screen) shows the first lines only.
class Lines
{
public:
    void add(const QString& label, const QString& value)
    {
        if (value.isEmpty())
            return;
        if (!m_html.isEmpty())
            m_html += u"<br>"_s;
        m_html += u"<b>"_s + label.toHtmlEscaped() + u"</b> "_s + value.toHtmlEscaped();
    }
    QString html() const { return u"<p>"_s + m_html + u"</p>"_s; }

private:
    QString m_html;
};

QString joinedOnce(QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    return values.join(u", "_s);
}
} // namespace

QString RecordDetails::nextStep(const ObjectionRecord& entry, const Account& account,
                                const QDate& today)
{
    if (const std::optional<MetaConfirmation> confirmed = entry.confirmationFor(account)) {
        return confirmed->reference.isEmpty()
                   ? tr("Nothing to do: Meta confirmed the objection on %1.")
                         .arg(date(confirmed->received))
                   : tr("Nothing to do: Meta confirmed the objection on %1 (reference %2).")
                         .arg(date(confirmed->received), confirmed->reference);
    }
    if (entry.closedOn.isValid())
        return tr("Nothing to do: the matter was closed on %1.").arg(date(entry.closedOn));
    switch (entry.state(account, today)) {
    case RecordState::Sent:
        return tr("Wait for Meta's answer until %1 – after that, create the follow-up letter.")
            .arg(date(entry.answerDue()));
    case RecordState::FollowUpSent:
        return tr("Wait for the answer to the follow-up letter until %1 – after that, inform "
                  "the supervisory authority.")
            .arg(date(entry.followUpAnswerDue()));
    case RecordState::NoAnswer:
        if (entry.authorityInformedOn.isValid()) {
            return tr("Answer due since %1 – the supervisory authority was informed on %2; keep "
                      "Meta's answer or the authority's with the entry, or close the matter.")
                .arg(date(entry.followUpSentOn.isValid() ? entry.followUpAnswerDue()
                                                         : entry.answerDue()),
                     date(entry.authorityInformedOn));
        }
        if (entry.followUpSentOn.isValid()) {
            return tr("Answer to the follow-up letter due since %1 – inform the supervisory "
                      "authority (“Notice to the authority”).")
                .arg(date(entry.followUpAnswerDue()));
        }
        return tr("Answer due since %1 – create the follow-up letter (“Follow-up letter …”); you "
                  "can also inform the supervisory authority.")
            .arg(date(entry.answerDue()));
    case RecordState::Confirmed:
    case RecordState::Closed:
        break;
    }
    return {};
}

QString RecordDetails::forAccount(const AccountStatus& status, const QDate& today)
{
    Lines lines;
    const ObjectionRecord* source = nullptr;
    for (const ObjectionRecord& entry : status.entries) {
        if (entry.id == status.recordId)
            source = &entry;
    }
    if (!source) {
        lines.add(tr("Next step:"), tr("Object for this account: send the letter or Meta's online "
                                       "form for it, then record it as sent."));
        lines.add(tr("State:"), tr("No objection recorded"));
        lines.add(tr("Account:"), accountLine(status.account));
        return lines.html();
    }
    QString next = nextStep(*source, status.account, today);
    if (status.onlyOnlineForm && status.action != AccountStatus::Action::None)
        next += u' ' + tr("Only the online form was used; it may cover only the profile of the "
                          "admin who sent it, so send the letter for this Page too.");
    lines.add(tr("Next step:"), next);
    lines.add(tr("State:"), DocumentationPdfWriter::stateName(*status.state));
    lines.add(tr("Account:"), accountLine(status.account));
    lines.add(tr("Covered by:"), AccountOverview::routesText(status));
    QStringList senders;
    QStringList logins;
    for (const ObjectionRecord& entry : status.entries) {
        senders << entry.sentBy;
        logins << entry.adminLogin;
    }
    lines.add(tr("Sent by:"), joinedOnce(senders));
    lines.add(tr("Logged in as:"), joinedOnce(logins));
    return lines.html();
}

QString RecordDetails::forEntry(const ObjectionRecord& entry, const Account& account,
                                const QDate& today)
{
    Lines lines;
    lines.add(tr("Next step:"), nextStep(entry, account, today));
    lines.add(tr("State:"), DocumentationPdfWriter::stateName(entry.state(account, today)));
    lines.add(tr("Entry:"),
              DocumentationPdfWriter::routeName(entry.route) + u", "_s + date(entry.sentOn));
    lines.add(tr("Account:"), accountLine(account));
    lines.add(tr("Sent by:"), entry.sentBy);
    lines.add(tr("Logged in as:"), entry.adminLogin);
    lines.add(tr("Meta's reference of the form:"), entry.formReference);
    if (entry.followUpSentOn.isValid())
        lines.add(tr("Written again:"), date(entry.followUpSentOn));
    if (entry.authorityInformedOn.isValid())
        lines.add(tr("Authority informed:"), date(entry.authorityInformedOn));
    lines.add(tr("Accounts of the entry:"),
              tr("%n account(s)", nullptr, int(entry.accounts.size())));
    lines.add(tr("Evidence:"), entry.attachments.isEmpty()
                                   ? tr("none yet")
                                   : tr("%n file(s)", nullptr, int(entry.attachments.size())));
    lines.add(tr("Case number:"), caseNumber(entry.id));
    return lines.html();
}

QString RecordDetails::none()
{
    return tr("Select an account or an entry to read its state and next step here.")
        .toHtmlEscaped();
}
