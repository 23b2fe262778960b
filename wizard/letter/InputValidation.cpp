#include "InputValidation.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QUrl>
#include <algorithm>

#include "MetaFacts.h"

using namespace Qt::StringLiterals;

namespace {
bool hostBelongsTo(const QString& host, const QStringList& platformHosts)
{
    for (const QString& allowed : platformHosts) {
        if (host == allowed || host.endsWith(u'.' + allowed))
            return true;
    }
    return false;
}

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
        return tr("This does not look like an e-mail address (example: datenschutz@example.org).");
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
                           &options.reference, &options.signatoryName, &options.signatoryRole}) {
        *field = printable(*field);
    }
    for (Account& account : clean.accounts) {
        account.name = printable(account.name);
        account.address = printable(account.address);
        account.loginEmail = printable(account.loginEmail);
    }
    clean.options.ownGrounds = printable(clean.options.ownGrounds, true);
    return clean;
}

AccountAddressCheck InputValidation::checkAccountAddress(Platform platform, const QString& input)
{
    const QString trimmed = input.trimmed();
    const bool facebook = platform == Platform::Facebook;
    if (trimmed.isEmpty()) {
        return {{},
                facebook ? tr("Please enter the address of the Facebook page.")
                         : tr("Please enter the address or @name of the Instagram account.")};
    }
    if (length(trimmed) > InputLimits::accountAddress)
        return {{}, tr("This address is too long.")};

    if (trimmed.startsWith(u'@')) {
        static const QRegularExpression instagramHandle(u"^@[A-Za-z0-9._]{1,30}$"_s);
        static const QRegularExpression facebookHandle(u"^@[A-Za-z0-9.]{5,50}$"_s);
        if ((facebook ? facebookHandle : instagramHandle).match(trimmed).hasMatch())
            return {trimmed, {}};
        return {{},
                tr("An @name may only contain letters, digits, dots and (on Instagram) "
                   "underscores.")};
    }

    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); }))
        return {{}, tr("The address contains a space or a tab. Please remove it.")};
    const QString withScheme = trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        return {{}, tr("Please enter a web address starting with https://, or an @name.")};
    }
    const QStringList& hosts = MetaFacts::instance().hostsFor(platform);
    if (!hostBelongsTo(url.host().toLower(), hosts)) {
        return {{},
                facebook ? tr("This is not a Facebook address (example: "
                              "https://www.facebook.com/yourpage).")
                         : tr("This is not an Instagram address (example: "
                              "https://www.instagram.com/youraccount).")};
    }
    if (url.path().size() <= 1 && !url.hasQuery())
        return {{}, tr("The address must lead to your page or account, not to the start page.")};
    url.setScheme(u"https"_s);
    url.setHost(url.host().toLower());
    return {url.toString(), {}};
}
