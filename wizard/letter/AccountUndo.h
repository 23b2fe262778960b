#pragma once

#include <QList>
#include <optional>

#include "ObjectionRequest.h"

// The steps the accounts page can take back: the removal or the change of
// one account, each with the account as it was and its row. Undone last
// first, so each row is the one it was; accounts added meanwhile come at the
// end of the list and move no row.
class AccountUndo
{
public:
    void removed(int row, const Account& account);
    void changed(int row, const Account& before, const Account& after);
    void clear() { m_steps.clear(); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    qsizetype size() const { return m_steps.size(); }
    // What the next undo brings back, and whether it takes back a change
    // (else a removal); only when not empty.
    const Account& nextAccount() const { return m_steps.constLast().before; }
    bool nextIsChange() const { return m_steps.constLast().after.has_value(); }
    // Takes the last step back in accounts: the row of the account brought
    // back, or -1 (nothing to undo, or the changed account is gone).
    int undo(QList<Account>& accounts);

private:
    struct Step
    {
        int row = -1;
        Account before;
        std::optional<Account> after; // none: removed
    };
    QList<Step> m_steps;
};
