#pragma once

#include <QString>
#include <optional>

#include "ObjectionRequest.h"

// The names the enums have in files (profiles, the record of objections), so
// that renaming an enum value never changes a file format.
namespace RequestKeys {
QString key(OrganisationKind kind);
QString key(Platform platform);
QString key(Ground ground);
QString key(SignatoryCapacity capacity);
QString key(PostalNote note);
QString key(ChurchLaw law);
QString key(SpecialCategory category);
std::optional<OrganisationKind> organisationKind(const QString& key);
std::optional<Platform> platform(const QString& key);
std::optional<Ground> ground(const QString& key);
std::optional<SignatoryCapacity> signatoryCapacity(const QString& key);
std::optional<PostalNote> postalNote(const QString& key);
std::optional<ChurchLaw> churchLaw(const QString& key);
std::optional<SpecialCategory> specialCategory(const QString& key);
} // namespace RequestKeys
