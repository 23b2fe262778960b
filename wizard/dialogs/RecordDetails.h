#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "AccountOverview.h"
#include "ObjectionRecord.h"

// What the record window's detail pane says of the selected row, in full and
// wrapped: the state, the next step with its date, the route, who sent it and
// from which login. The tree's columns cut these texts; the pane does not.
// Rich text with every value escaped.
class RecordDetails
{
    Q_DECLARE_TR_FUNCTIONS(RecordDetails)

public:
    static QString forAccount(const AccountStatus& status, const QDate& today);
    // entry covered account.
    static QString forEntry(const ObjectionRecord& entry, const Account& account,
                            const QDate& today);
    // What to do next for one account of an entry, with its date, e.g.
    // "Answer due since 30 Dec 2026 – create the follow-up letter …".
    static QString nextStep(const ObjectionRecord& entry, const Account& account,
                            const QDate& today);
    // For a row that is no account or entry.
    static QString none();
};
