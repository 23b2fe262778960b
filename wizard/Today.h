#pragma once

#include <QDate>

// Today's date as the record sees it. The states of the record change with
// time (a month without answer); tests move the day forward instead of waiting.
namespace Today {
QDate date();
// From now on date() returns this (tests only); an invalid date: the real day.
void setForTests(const QDate& date);
} // namespace Today
