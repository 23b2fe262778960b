#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates as the user's language writes them, with the year in full: a record
// is read years later (DIN 5008: 30.11.2026; English: 30 Nov 2026).
namespace LocalDates {
QString shortDate(const QDate& date);
QString shortDateTime(const QDateTime& dateTime);
} // namespace LocalDates
