#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

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

struct AccountAddressCheck
{
    // The one form of an account, whatever was pasted: https://www.facebook.com/NAME
    // (or profile.php?id=…) for Facebook, @name for Instagram.
    QString normalised;
    QString error;
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

    // Text as it may appear in a letter: without control characters (NUL,
    // bell, escape, …), direction overrides, unpaired surrogate halves and
    // non-characters, which pasted text or a hand-edited file can carry. Line
    // breaks stay only where the field has several lines.
    static QString printable(const QString& text, bool multiLine = false);
    // The request with printable() applied to every text the letter uses.
    static ObjectionRequest printable(const ObjectionRequest& request);
};
