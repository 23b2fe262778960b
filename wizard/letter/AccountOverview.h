#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

#include "ObjectionRecord.h"

// The record seen per account instead of per letter: for each Page and
// Instagram account of an organisation, which routes covered it, when, Meta's
// answer, and what the user must do next. Accounts the organisation has (in the
// wizard) that no entry covers are listed first: they still lack an objection.
struct AccountStatus
{
    // What the user must do, in the order the overview shows them.
    enum class Action
    {
        Object,          // no objection recorded for this account
        FollowUp,        // a month without answer: write again, inform the authority
        WaitForFollowUp, // written again; wait for the answer
        Wait,            // within the month
        None             // confirmed or closed
    };

    QString organisation;
    Account account;
    // The entries that covered it, newest first; empty when Action::Object.
    QList<ObjectionRecord> entries;
    // The entry the state comes from (the confirming one, else the newest).
    QString recordId;
    std::optional<RecordState> state;
    std::optional<MetaConfirmation> confirmation;
    // Only Meta's online form covered it: the form, sent from an admin's
    // personal login, may cover only that profile (DOMAIN.md), so the letter
    // is needed for a Page.
    bool onlyOnlineForm = false;
    Action action = Action::Object;
    QDate due; // when the current month is over (invalid unless waiting)
};

// What the user must do now for one entry: write to Meta again (a month
// without answer), or, a month after that letter, inform an authority.
struct DueStep
{
    enum class Kind
    {
        FollowUp,
        InformAuthority
    };
    Kind kind = Kind::FollowUp;
    ObjectionRecord entry;
    int openAccounts = 0; // accounts Meta has not confirmed
    QDate since;          // the day the month was over
};

// What one entry needs, all entries of its organisation considered (the
// record window's buttons, the overview and --follow-ups ask the same).
struct EntryNeed
{
    ObjectionRecord entry;  // with confirmations that came through other entries
    int openAccounts = 0;   // not confirmed by Meta through any entry
    bool followUp = false;  // a month without answer, not written again yet
    bool authority = false; // a month without answer, after a follow-up if one was sent
    // Written again through another entry's follow-up (the letter's named the
    // accounts of the forms): that entry tells the authority.
    bool coveredElsewhere = false;
    QDate since; // when the month that matters was (or will be) over
};

class AccountOverview
{
    Q_DECLARE_TR_FUNCTIONS(AccountOverview)

public:
    // organisation and expected: the organisation in the wizard and its
    // accounts, so that those without an objection are listed too.
    static QList<AccountStatus> build(const QList<ObjectionRecord>& records, const QDate& today,
                                      const QString& organisation = QString(),
                                      const QList<Account>& expected = {});
    // Accounts of expected that no entry of the organisation covers.
    static QList<Account> uncovered(const QList<ObjectionRecord>& records,
                                    const QString& organisation, const QList<Account>& expected);
    // Every account the record holds for an organisation, once each, in the
    // order first recorded (for the accounts page's import).
    static QList<Account> accountsOf(const QList<ObjectionRecord>& records,
                                     const QString& organisation);

    // The entry with Meta's confirmations of its accounts that came through
    // other entries of the same organisation (the online form for an
    // Instagram account was confirmed; the letter that covered it too was
    // not answered): a follow-up names such an account as confirmed.
    static ObjectionRecord withConfirmationsFrom(const ObjectionRecord& entry,
                                                 const QList<ObjectionRecord>& records);
    static EntryNeed needOf(const ObjectionRecord& entry, const QList<ObjectionRecord>& records,
                            const QDate& today);
    // The steps due today, the most overdue first, letters before forms of
    // the same day; closed, confirmed and authority-informed entries need none.
    static QList<DueStep> dueSteps(const QList<ObjectionRecord>& records, const QDate& today);
    // The next day something falls due after today (invalid if none).
    static QDate nextDue(const QList<ObjectionRecord>& records, const QDate& today);
    // "TSV …, letter of 2 Nov 2026: 2 accounts without an answer for over a month"
    static QString dueText(const DueStep& step);

    static QString actionText(const AccountStatus& status);
    static QString routesText(const AccountStatus& status);
};
