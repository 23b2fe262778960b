#pragma once

#include <QStringList>
#include <optional>

#include "FollowUp.h"

// The record database's tables (PRAGMA user_version 1; docs/record-format.md).
// Ids are unique by constraint; accounts, attachments, former ids and the
// search text belong to their entry and go with it.
namespace RecordSchema {
QStringList statements();
// How a route is written in the database and the JSON record.
QString key(Route route);
std::optional<Route> route(const QString& key);
} // namespace RecordSchema
