#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>

#include "ObjectionRequest.h"

// Checks for what the user types, kept out of the widgets so tests drive them
// directly. Each returns an empty string when the input is fine, otherwise a
// message for the user (translated, plain language).
// Limits count characters as people see them (see InputValidation::length).
namespace InputLimits {
constexpr int name = 120;
constexpr int field = 200;
constexpr int email = 254; // RFC 5321 path limit
constexpr int postcode = 16;
constexpr int phone = 40;
constexpr int reference = 60;
constexpr int accountAddress = 500;
constexpr int ownGrounds = 5000; // about one and a half pages of the letter
} // namespace InputLimits

// An account the user probably meant: the page a post's address belongs to,
// or an Instagram @name typed while Facebook was chosen.
struct AccountSuggestion
{
    Platform platform = Platform::Facebook;
    // In the form checkAccountAddress() accepts for that platform.
    QString address;
};

struct AccountAddressCheck
{
    AccountAddressCheck() = default;
    AccountAddressCheck(QString address, QString problem)
        : normalised(std::move(address)), error(std::move(problem))
    {}

    // The one form of an account, whatever was pasted: https://www.facebook.com/NAME
    // (or profile.php?id=…) for Facebook, @name for Instagram.
    QString normalised;
    QString error;
    // With an error: the account the input names after all, which the error
    // names too ("Did you mean …?"), so that one click or a profile's author
    // can take it.
    std::optional<AccountSuggestion> suggestion;
};

class InputValidation
{
    Q_DECLARE_TR_FUNCTIONS(InputValidation)

public:
    // Characters as people count them: an emoji, a flag or a letter with a
    // combining accent is one, though it takes two or more UTF-16 units.
    static int length(const QString& text);
    // The text cut after `count` such characters (never inside one).
    static QString firstCharacters(const QString& text, int count);

    static QString emailError(const QString& email);
    // Accepts addresses of an account on the platform's own hosts (scheme
    // optional) and @names; refuses posts, photos, share links and Meta's own
    // pages; drops tracking parameters and fragments (see AccountAddress.cpp).
    static AccountAddressCheck checkAccountAddress(Platform platform, const QString& input);
    // The platform a web address names by its host; none for an @name or
    // anything else, which leaves the choice to the user.
    static std::optional<Platform> platformOfAddress(const QString& input);
    // The account behind an input that is not one: the page or account a
    // post, photo, video, reel or story address names (facebook.com/NAME/posts/…,
    // permalink.php?…&id=N, instagram.com/stories/NAME/…), or the Instagram
    // account an @name with "_" is (Facebook names have none). None when the
    // input names no account (share links, fb.watch, instagram.com/reel/…).
    static std::optional<AccountSuggestion> suggestedAccount(Platform platform,
                                                             const QString& input);

    // Text as it may appear in a letter: without control characters (NUL,
    // bell, escape, …), direction overrides, unpaired surrogate halves and
    // non-characters, which pasted text or a hand-edited file can carry. Line
    // breaks stay only where the field has several lines.
    static QString printable(const QString& text, bool multiLine = false);
    // The request with printable() applied to every text the letter uses.
    static ObjectionRequest printable(const ObjectionRequest& request);

private:
    // checkAccountAddress() without the suggestion.
    static AccountAddressCheck checkAddressOnly(Platform platform, const QString& input);
};
