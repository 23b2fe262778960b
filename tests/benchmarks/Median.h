#pragma once

#include <QList>
#include <algorithm>

// The middle value of several runs: what the benchmarks report, as it ignores
// the odd run that the machine disturbed.
template <typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
