#include "TerminalText.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x200e && c <= 0x200f) ||
           (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x061c ||
           c == 0xfeff;
}
} // namespace

QString terminalSafe(const QString& message)
{
    QString result;
    result.reserve(message.size());
    const QList<uint> characters = message.toUcs4();
    for (const char32_t c : characters) {
        if (c == u'\n')
            result += u"\\n"_s;
        else if (c == u'\t')
            result += u"\\t"_s;
        else if (c == 0x1b)
            result += u"\\e"_s;
        else if (needsEscape(c))
            result += u"\\u"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
        else
            result += QString::fromUcs4(&c, 1);
    }
    return result;
}
