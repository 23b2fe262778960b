#include "LocalDates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// German as DIN 5008 writes it; otherwise with the month's name, which no
// reader takes for day/month the wrong way round (a German organisation
// reading 11/12/2026 would).
QString dateFormat()
{
    return QLocale().language() == QLocale::German ? u"dd.MM.yyyy"_s : u"d MMM yyyy"_s;
}
} // namespace

QString LocalDates::shortDate(const QDate& date)
{
    return QLocale().toString(date, dateFormat());
}

QString LocalDates::shortDateTime(const QDateTime& dateTime)
{
    return QLocale().toString(dateTime, dateFormat() + u" HH:mm"_s);
}
