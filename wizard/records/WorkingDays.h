#pragma once

#include <QDate>

// Reminders fall on days an office works: not on a weekend, and not on a
// public holiday observed throughout Germany (the Länder's own holidays
// differ, so they are not guessed).
namespace WorkingDays {
bool isWorkingDay(const QDate& date);
// The date itself if it is a working day, else the next one.
QDate onOrAfter(QDate date);
// Easter Sunday of a year (Gregorian, the anonymous algorithm).
QDate easterSunday(int year);
} // namespace WorkingDays
