// The account addresses of InputValidation: what people paste from the
// browser or the app's share menu, turned into the one form the letter names.
// Meta finds an account by its name, so a post, a share link or a tracking
// parameter in the letter only makes the letter harder to act on, and the same
// account entered as @name and as a web address must be seen as one.

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

#include "InputValidation.h"
#include "MetaFacts.h"

using namespace Qt::StringLiterals;

namespace {
bool hostBelongsTo(const QString& host, const QStringList& platformHosts)
{
    return std::any_of(platformHosts.cbegin(), platformHosts.cend(), [&host](const QString& own) {
        return host == own || host.endsWith(u'.' + own);
    });
}

// fb.watch/… is always a video, never an account, but Facebook's all the same.
bool isVideoLink(const QString& host)
{
    return host == "fb.watch"_L1 || host.endsWith(".fb.watch"_L1);
}

std::optional<Platform> platformOfHost(const QString& host)
{
    if (isVideoLink(host))
        return Platform::Facebook;
    for (Platform platform : {Platform::Facebook, Platform::Instagram}) {
        if (hostBelongsTo(host, MetaFacts::instance().hostsFor(platform)))
            return platform;
    }
    return std::nullopt;
}

// The input as a web address, if it is meant as one (not an @name).
QUrl asUrl(const QString& trimmed)
{
    return QUrl(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
}

// First path parts of Facebook that are Meta's own pages, posts, photos,
// videos, groups or share links, never a Page or profile.
const QSet<QString>& facebookNonAccounts()
{
    static const QSet<QString> parts = {
        u"about"_s,     u"ads"_s,           u"bookmarks"_s,     u"business"_s,    u"dialog"_s,
        u"events"_s,    u"friends"_s,       u"fundraisers"_s,   u"gaming"_s,      u"groups"_s,
        u"hashtag"_s,   u"help"_s,          u"home.php"_s,      u"l.php"_s,       u"legal"_s,
        u"live"_s,      u"login"_s,         u"login.php"_s,     u"marketplace"_s, u"media"_s,
        u"messages"_s,  u"notifications"_s, u"permalink.php"_s, u"photo"_s,       u"photo.php"_s,
        u"photos"_s,    u"plugins"_s,       u"policies"_s,      u"policy.php"_s,  u"posts"_s,
        u"privacy"_s,   u"reel"_s,          u"reels"_s,         u"search"_s,      u"settings"_s,
        u"share"_s,     u"share.php"_s,     u"sharer"_s,        u"sharer.php"_s,  u"stories"_s,
        u"story.php"_s, u"terms"_s,         u"video.php"_s,     u"videos"_s,      u"watch"_s,
    };
    return parts;
}

// Second path parts that, with an id after them, are one item of a Page.
const QSet<QString>& facebookItems()
{
    static const QSet<QString> parts = {u"posts"_s, u"photos"_s,    u"videos"_s,
                                        u"reels"_s, u"reel"_s,      u"photo.php"_s,
                                        u"story"_s, u"permalink"_s, u"activity"_s};
    return parts;
}

const QSet<QString>& instagramNonAccounts()
{
    static const QSet<QString> parts = {
        u"about"_s,   u"accounts"_s, u"challenge"_s, u"developer"_s, u"direct"_s, u"emails"_s,
        u"explore"_s, u"legal"_s,    u"p"_s,         u"privacy"_s,   u"reel"_s,   u"reels"_s,
        u"s"_s,       u"share"_s,    u"stories"_s,   u"terms"_s,     u"tv"_s,     u"web"_s,
    };
    return parts;
}

// Said when nothing in the address names the account (a share link, a reel
// without its account): what to paste instead, in one sentence.
QString notAnAccount()
{
    return InputValidation::tr("This address leads to a post, a share link or one of Meta's "
                               "own pages, not to an account: please paste the address of the "
                               "page or account itself.");
}

// Meta's tools for admins and developers live on subdomains of facebook.com;
// their addresses name no Page (business.facebook.com/latest/home?asset_id=…).
bool isMetaTool(const QString& host)
{
    static const QSet<QString> tools = {u"business"_s, u"developers"_s,   u"graph"_s,
                                        u"l"_s,        u"lm"_s,           u"adsmanager"_s,
                                        u"about"_s,    u"transparency"_s, u"upload"_s};
    return tools.contains(host.section(u'.', 0, 0));
}

AccountAddressCheck facebookAccount(const QUrl& url)
{
    static const QRegularExpression name(u"^[\\p{L}\\p{N}._-]{1,100}$"_s);
    static const QRegularExpression digits(u"^[0-9]{1,25}$"_s);
    const QStringList parts = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    const QString base = u"https://www.facebook.com/"_s;
    if (parts.isEmpty())
        return {{},
                InputValidation::tr("The address must lead to your page or account, not to "
                                    "the start page.")};
    const QString first = parts.first().toLower();
    if (first == "profile.php"_L1) {
        const QString id = QUrlQuery(url).queryItemValue(u"id"_s);
        if (!digits.match(id).hasMatch()) {
            return {{},
                    InputValidation::tr("This address lacks the page's number "
                                        "(profile.php?id=…). Open your page and copy the whole "
                                        "address from the browser's address bar.")};
        }
        return {base + u"profile.php?id="_s + id, {}};
    }
    if (isMetaTool(url.host().toLower()) || isVideoLink(url.host().toLower()))
        return {{}, notAnAccount()};
    // Older addresses: /pages/NAME/ID, /people/NAME/ID, /pg/NAME/about.
    if ((first == "pages"_L1 || first == "people"_L1) && parts.size() >= 3 &&
        digits.match(parts.last()).hasMatch()) {
        return {base + parts.join(u'/'), {}};
    }
    // Pages without a user name of their own: /p/NAME-ID/.
    static const QRegularExpression namedId(u"^[\\p{L}\\p{N}._-]*[0-9]{6,25}$"_s);
    if (first == "p"_L1) {
        if (parts.size() != 2 || !namedId.match(parts.at(1)).hasMatch())
            return {{}, notAnAccount()};
        return {base + u"p/"_s + parts.at(1), {}};
    }
    const QString account = first == "pg"_L1 && parts.size() >= 2 ? parts.at(1) : parts.first();
    const bool item = parts.size() >= 3 && facebookItems().contains(parts.at(1).toLower());
    if (facebookNonAccounts().contains(account.toLower()) || first == "pages"_L1 ||
        first == "people"_L1 || item || !name.match(account).hasMatch()) {
        return {{}, notAnAccount()};
    }
    return {base + account, {}};
}

AccountAddressCheck instagramAccount(const QUrl& url)
{
    static const QRegularExpression name(u"^[A-Za-z0-9._]{1,30}$"_s);
    const QStringList parts = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {{},
                InputValidation::tr("The address must lead to your page or account, not to "
                                    "the start page.")};
    // instagram.com/@name, as the app's share menu writes it.
    const QString account = parts.first().startsWith(u'@') ? parts.first().mid(1) : parts.first();
    const bool item = parts.size() >= 2 &&
                      QSet<QString>{u"p"_s, u"reel"_s, u"tv"_s}.contains(parts.at(1).toLower());
    if (instagramNonAccounts().contains(account.toLower()) || item ||
        !name.match(account).hasMatch()) {
        return {{}, notAnAccount()};
    }
    // Instagram names do not tell upper from lower case and show in lower case.
    return {u'@' + account.toLower(), {}};
}

// The Page a Facebook item's address names: facebook.com/NAME/posts/…,
// /NAME/photos/…, /NAME/videos/…; permalink.php and story.php carry the
// Page's number as id=.
QString facebookPageOfItem(const QUrl& url)
{
    static const QRegularExpression digits(u"^[0-9]{1,25}$"_s);
    if (isMetaTool(url.host().toLower()) || isVideoLink(url.host().toLower()))
        return {};
    const QStringList parts = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString first = parts.first().toLower();
    const QString base = u"https://www.facebook.com/"_s;
    QString page;
    if (first == "permalink.php"_L1 || first == "story.php"_L1 || first == "photo.php"_L1) {
        const QString id = QUrlQuery(url).queryItemValue(u"id"_s);
        if (digits.match(id).hasMatch())
            page = base + u"profile.php?id="_s + id;
    } else if (parts.size() >= 2 && facebookItems().contains(parts.at(1).toLower())) {
        page = base + parts.first();
    }
    if (page.isEmpty())
        return {};
    const AccountAddressCheck check = facebookAccount(QUrl(page));
    return check.error.isEmpty() ? check.normalised : QString();
}

// The account an Instagram item's address names: instagram.com/NAME/p/…,
// /NAME/reel/…, /stories/NAME/….
QString instagramAccountOfItem(const QUrl& url)
{
    static const QSet<QString> items = {u"p"_s, u"reel"_s, u"tv"_s};
    const QStringList parts = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    QString account;
    if (parts.size() >= 2 && parts.first().toLower() == "stories"_L1 &&
        parts.at(1).toLower() != "highlights"_L1) {
        account = parts.at(1);
    } else if (parts.size() >= 2 && items.contains(parts.at(1).toLower())) {
        account = parts.first();
    }
    if (account.isEmpty())
        return {};
    const AccountAddressCheck check =
        instagramAccount(QUrl(u"https://www.instagram.com/"_s + account));
    return check.error.isEmpty() ? check.normalised : QString();
}
} // namespace

std::optional<Platform> InputValidation::platformOfAddress(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'@'))
        return std::nullopt;
    return platformOfHost(asUrl(trimmed).host().toLower());
}

std::optional<AccountSuggestion> InputValidation::suggestedAccount(Platform platform,
                                                                   const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty() || length(trimmed) > InputLimits::accountAddress)
        return std::nullopt;
    // Facebook names have no "_"; Instagram names often do. Without the @ it
    // is still a name, not an address (a dot or slash would make it one).
    static const QRegularExpression instagramName(u"^@?[A-Za-z0-9._]{1,30}$"_s);
    if (platform == Platform::Facebook && trimmed.contains(u'_') &&
        instagramName.match(trimmed).hasMatch() &&
        (trimmed.startsWith(u'@') || !trimmed.contains(u'.'))) {
        return AccountSuggestion{Platform::Instagram,
                                 trimmed.startsWith(u'@') ? trimmed : u'@' + trimmed};
    }
    if (trimmed.startsWith(u'@'))
        return std::nullopt;
    const QUrl url = asUrl(trimmed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) ||
        platformOfHost(url.host().toLower()) != platform) {
        return std::nullopt;
    }
    const QString address =
        platform == Platform::Facebook ? facebookPageOfItem(url) : instagramAccountOfItem(url);
    if (address.isEmpty())
        return std::nullopt;
    return AccountSuggestion{platform, address};
}

AccountAddressCheck InputValidation::checkAccountAddress(Platform platform, const QString& input)
{
    AccountAddressCheck check = checkAddressOnly(platform, input);
    if (check.error.isEmpty())
        return check;
    check.suggestion = suggestedAccount(platform, input);
    if (!check.suggestion)
        return check;
    if (check.suggestion->platform != platform) {
        check.error = tr("Facebook names cannot contain “_”. Did you mean the Instagram account "
                         "%1?")
                          .arg(check.suggestion->address);
    } else {
        check.error = tr("This address leads to a post, photo, video or story, not to the page "
                         "or account itself. Did you mean %1?")
                          .arg(check.suggestion->address);
    }
    return check;
}

AccountAddressCheck InputValidation::checkAddressOnly(Platform platform, const QString& input)
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
        if (facebook && length(trimmed) < 6) // the @ and at least five characters
            return {{}, tr("A Facebook @name has at least five characters.")};
        // Said before the characters: a long name of allowed characters would
        // otherwise be told it has wrong ones.
        if (length(trimmed) > (facebook ? 51 : 31)) {
            return {{},
                    facebook ? tr("A Facebook @name has at most 50 characters.")
                             : tr("An Instagram @name has at most 30 characters.")};
        }
        if (!(facebook ? facebookHandle : instagramHandle).match(trimmed).hasMatch()) {
            return {{},
                    tr("An @name may only contain letters, digits, dots and (on Instagram) "
                       "underscores.")};
        }
        return {facebook ? u"https://www.facebook.com/"_s + trimmed.mid(1) : trimmed.toLower(), {}};
    }

    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); }))
        return {{}, tr("The address contains a space or a tab. Please remove it.")};
    const QUrl url = asUrl(trimmed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        return {{}, tr("Please enter a web address starting with https://, or an @name.")};
    }
    if (platformOfHost(url.host().toLower()) != platform) {
        return {{},
                facebook ? tr("This is not a Facebook address (example: "
                              "https://www.facebook.com/yourpage).")
                         : tr("This is not an Instagram address (example: "
                              "https://www.instagram.com/youraccount).")};
    }
    return facebook ? facebookAccount(url) : instagramAccount(url);
}
