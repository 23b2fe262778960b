#include "Today.h"

namespace {
QDate& injected()
{
    static QDate date;
    return date;
}
} // namespace

QDate Today::date()
{
    return injected().isValid() ? injected() : QDate::currentDate();
}

void Today::setForTests(const QDate& date)
{
    injected() = date;
}
