#include "InputValidation.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
// change the direction of text beyond the field they are typed in: "\u202Eegap"
// prints "page" and turns the account's address after it backwards, while the
// PDF's text and the form text still say "egap". Arabic or Hebrew typed as
// such needs none of them.
bool isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    // Embeddings, overrides and isolates, and the invisible marks (LRM, RLM,
    // ALM) that come along with numbers copied from phones and chat apps: one
    // RLM before "+49 1234" turns the line right-to-left and the digits round.
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
           u == 0x200f || u == 0x061c;
}
} // namespace

int InputValidation::length(const QString& text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

QString InputValidation::firstCharacters(const QString& text, int count)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    for (int i = 0; i < count && end >= 0; ++i) {
        const qsizetype next = finder.toNextBoundary();
        if (next < 0)
            break;
        end = next;
    }
    return text.left(end);
}

QString InputValidation::emailError(const QString& email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return tr("Please enter an e-mail address.");
    if (length(trimmed) > InputLimits::email)
        return tr("This e-mail address is too long.");
    // Deliberately simple: one @, no spaces, a dot in the domain. Stricter
    // patterns reject real addresses (umlaut domains, plus signs).
    static const QRegularExpression pattern(u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"_s);
    if (!pattern.match(trimmed).hasMatch())
        return tr("This does not look like an e-mail address (example: privacy@example.org).");
    return {};
}

QString InputValidation::printable(const QString& text, bool multiLine)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result += c;
            result += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || c.isNonCharacter())
            continue;
        if (c == u'\n' || c == u'\r') {
            if (multiLine && c == u'\n')
                result += c;
            else if (!multiLine)
                result += u' ';
            continue;
        }
        if (c == u'\t') {
            result += u' ';
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || isDirectionControl(c))
            continue;
        result += c;
    }
    return result;
}

ObjectionRequest InputValidation::printable(const ObjectionRequest& request)
{
    ObjectionRequest clean = request;
    Organisation& org = clean.organisation;
    LetterOptions& options = clean.options;
    for (QString* field : {&org.name, &org.contactName, &org.contactRole, &org.email, &org.phone,
                           &org.street, &org.postcode, &org.city, &org.country, &options.place,
                           &options.reference, &options.signatoryName, &options.signatoryRole,
                           &options.otherSpecialCategories, &options.authorisationRetention}) {
        *field = printable(*field);
    }
    for (Account& account : clean.accounts) {
        account.name = printable(account.name);
        account.address = printable(account.address);
        account.loginEmail = printable(account.loginEmail);
    }
    for (AuthorisingPerson& person : clean.persons) {
        person.name = printable(person.name);
        person.role = printable(person.role);
        person.appearsIn = printable(person.appearsIn);
    }
    clean.options.ownGrounds = printable(clean.options.ownGrounds, true);
    return clean;
}
