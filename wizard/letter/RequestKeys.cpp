#include "RequestKeys.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key)
{
    for (const auto& [candidate, name] : table) {
        if (key == QLatin1StringView(name))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<OrganisationKind, const char*>, 6> kinds{{
    {OrganisationKind::Company, "company"},
    {OrganisationKind::PublicAuthority, "publicAuthority"},
    {OrganisationKind::Association, "association"},
    {OrganisationKind::University, "university"},
    {OrganisationKind::Church, "church"},
    {OrganisationKind::Other, "other"},
}};
constexpr std::array<std::pair<Platform, const char*>, 2> platforms{{
    {Platform::Facebook, "facebook"},
    {Platform::Instagram, "instagram"},
}};
constexpr std::array<std::pair<Ground, const char*>, 6> grounds{{
    {Ground::PublicBody, "publicBody"},
    {Ground::Minors, "minors"},
    {Ground::Vulnerable, "vulnerable"},
    {Ground::Confidential, "confidential"},
    {Ground::SpecialCategories, "specialCategories"},
    {Ground::NoNeed, "noNeed"},
}};
constexpr std::array<std::pair<ChurchLaw, const char*>, 3> churchLaws{{
    {ChurchLaw::Gdpr, "gdpr"},
    {ChurchLaw::Kdg, "kdg"},
    {ChurchLaw::DsgEkd, "dsgEkd"},
}};
constexpr std::array<std::pair<SpecialCategory, const char*>, 3> specialCategories{{
    {SpecialCategory::Religion, "religion"},
    {SpecialCategory::Health, "health"},
    {SpecialCategory::TradeUnion, "tradeUnion"},
}};
constexpr std::array<std::pair<SignatoryCapacity, const char*>, 3> capacities{{
    {SignatoryCapacity::Self, "self"},
    {SignatoryCapacity::OnBehalf, "onBehalf"},
    {SignatoryCapacity::Deputy, "deputy"},
}};
constexpr std::array<std::pair<PostalNote, const char*>, 3> postalNotes{{
    {PostalNote::None, "none"},
    {PostalNote::Registered, "registered"},
    {PostalNote::RegisteredReturnReceipt, "registeredReturnReceipt"},
}};
} // namespace

QString RequestKeys::key(SignatoryCapacity capacity)
{
    return keyOf(capacities, capacity);
}

QString RequestKeys::key(PostalNote note)
{
    return keyOf(postalNotes, note);
}

std::optional<SignatoryCapacity> RequestKeys::signatoryCapacity(const QString& key)
{
    return valueOf(capacities, key);
}

std::optional<PostalNote> RequestKeys::postalNote(const QString& key)
{
    return valueOf(postalNotes, key);
}

QString RequestKeys::key(OrganisationKind kind)
{
    return keyOf(kinds, kind);
}

QString RequestKeys::key(Platform platform)
{
    return keyOf(platforms, platform);
}

QString RequestKeys::key(Ground ground)
{
    return keyOf(grounds, ground);
}

std::optional<OrganisationKind> RequestKeys::organisationKind(const QString& key)
{
    return valueOf(kinds, key);
}

std::optional<Platform> RequestKeys::platform(const QString& key)
{
    return valueOf(platforms, key);
}

std::optional<Ground> RequestKeys::ground(const QString& key)
{
    return valueOf(grounds, key);
}

QString RequestKeys::key(ChurchLaw law)
{
    return keyOf(churchLaws, law);
}

QString RequestKeys::key(SpecialCategory category)
{
    return keyOf(specialCategories, category);
}

std::optional<ChurchLaw> RequestKeys::churchLaw(const QString& key)
{
    return valueOf(churchLaws, key);
}

std::optional<SpecialCategory> RequestKeys::specialCategory(const QString& key)
{
    return valueOf(specialCategories, key);
}
