#include "RecordEntryLink.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr auto scheme = "ki-widerspruch"_L1;
constexpr auto prefix = "ki-widerspruch://record/"_L1;
} // namespace

bool RecordEntryLink::isValidId(const QString& id)
{
    // anchoredPattern(): "^…$" would also take an id with a line break at
    // its end, since "$" matches before a final newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9._-]{1,64}"_s));
    return pattern.match(id).hasMatch() && id != "."_L1 && id != ".."_L1;
}

QString RecordEntryLink::url(const QString& id)
{
    return isValidId(id) ? prefix + id : QString();
}

bool RecordEntryLink::isLink(const QString& text)
{
    return text.startsWith(scheme + u':', Qt::CaseInsensitive);
}

RecordEntryLink::Parsed RecordEntryLink::parse(const QString& link)
{
    const QString wrongShape = tr("“%1” is not a link to an entry of the record. Such links look "
                                  "like ki-widerspruch://record/ENTRY; nothing was opened.")
                                   .arg(quoted(link));
    // The longest right link is the prefix, 64 characters and a "/".
    if (link.size() > prefix.size() + maxIdLength + 1 ||
        !link.startsWith(prefix, Qt::CaseInsensitive))
        return {{}, wrongShape};
    QString id = link.mid(prefix.size());
    if (id.endsWith(u'/'))
        id.chop(1);
    if (!isValidId(id))
        return {{}, wrongShape};
    return {id, {}};
}

QString RecordEntryLink::idProblem(const QString& id)
{
    if (isValidId(id))
        return {};
    return tr("“%1” is not the id of an entry of the record: ids are 1 to 64 letters (A-Z, a-z), "
              "digits, dots, hyphens or underscores; nothing was opened.")
        .arg(quoted(id));
}

QString RecordEntryLink::quoted(const QString& text)
{
    qsizetype shown = 100;
    if (text.size() <= shown)
        return text;
    if (text.at(shown - 1).isHighSurrogate())
        --shown; // never half a character
    return text.left(shown) + u'…';
}
