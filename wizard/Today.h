#pragma once

#include <QDate>
#include <QDateTime>

// The wizard's one clock. The states of the record change with time (a month
// without answer), and every document is stamped with the moment it is made;
// tests move the day instead of waiting, and pin the moment so that the
// wizard's PDF can be compared byte for byte with the command line's.
namespace Today {
// The day in the machine's time zone.
QDate date();
// The moment in UTC, in whole seconds: what a saved PDF names as its creation.
QDateTime now();
// From now on date() returns this and now() its midnight UTC, as the command
// line's --date does (tests only); an invalid date: the real clock again.
void setForTests(const QDate& date);
} // namespace Today
