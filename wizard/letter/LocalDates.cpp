#include "LocalDates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString withFullYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}
} // namespace

QString LocalDates::shortDate(const QDate& date)
{
    return QLocale().toString(date, withFullYear(QLocale().dateFormat(QLocale::ShortFormat)));
}

QString LocalDates::shortDateTime(const QDateTime& dateTime)
{
    return QLocale().toString(dateTime,
                              withFullYear(QLocale().dateTimeFormat(QLocale::ShortFormat)));
}
