#include "AccountUndo.h"

#include <algorithm>

void AccountUndo::removed(int row, const Account& account)
{
    m_steps.append({row, account, std::nullopt});
}

void AccountUndo::changed(int row, const Account& before, const Account& after)
{
    m_steps.append({row, before, after});
}

int AccountUndo::undo(QList<Account>& accounts)
{
    if (m_steps.isEmpty())
        return -1;
    const Step step = m_steps.takeLast();
    if (!step.after) {
        const int row = std::clamp(step.row, 0, int(accounts.size()));
        accounts.insert(row, step.before);
        return row;
    }
    // The changed account where it was; found by its content should the
    // list have changed in a way this stack does not know of.
    int row = step.row;
    if (row < 0 || row >= accounts.size() || !(accounts.at(row) == *step.after))
        row = int(accounts.indexOf(*step.after));
    if (row >= 0)
        accounts[row] = step.before;
    return row;
}
