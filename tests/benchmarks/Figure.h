#pragma once

#include <QString>
#include <cstdio>

// One line for each figure the product promises; scripts/bench.sh collects
// them into a table (the last line of a name counts when a figure over its
// limit was measured again).
inline bool printFigure(const QString& name, double value, double limit, const char* unit)
{
    const bool ok = value <= limit;
    std::printf("FIGURE\t%s\t%.2f %s\t%.2f %s\t%s\n", name.toUtf8().constData(), value, unit, limit,
                unit, ok ? "ok" : "OVER");
    std::fflush(stdout);
    return ok;
}
