#include "WorkingDays.h"

namespace WorkingDays {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isWorkingDay(const QDate& date)
{
    if (date.dayOfWeek() >= 6)
        return false;
    const int year = date.year();
    const QDate easter = easterSunday(year);
    for (const QDate& holiday : {
             QDate(year, 1, 1),   // Neujahr
             easter.addDays(-2),  // Karfreitag
             easter.addDays(1),   // Ostermontag
             QDate(year, 5, 1),   // Tag der Arbeit
             easter.addDays(39),  // Christi Himmelfahrt
             easter.addDays(50),  // Pfingstmontag
             QDate(year, 10, 3),  // Tag der Deutschen Einheit
             QDate(year, 12, 25), // 1. Weihnachtstag
             QDate(year, 12, 26), // 2. Weihnachtstag
         }) {
        if (date == holiday)
            return false;
    }
    return true;
}

QDate onOrAfter(QDate date)
{
    while (date.isValid() && !isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

} // namespace WorkingDays
