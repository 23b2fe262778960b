#include "Today.h"

#include <QTimeZone>

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

QDateTime Today::now()
{
    if (injected().isValid())
        return QDateTime(injected(), QTime(0, 0), QTimeZone::utc());
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
}

void Today::setForTests(const QDate& date)
{
    injected() = date;
}
