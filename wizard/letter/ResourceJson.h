#pragma once

#include <QJsonObject>
#include <QString>

// Reads one of the JSON data files compiled into the binary (resources/*.json).
// They are part of the build, so a broken one is a programming error: it is
// reported on stderr and an empty object returned rather than crashing.
QJsonObject readResourceJson(const QString& resourcePath);

// Looks up "a.b.c" in nested objects; empty when a key is missing.
QString jsonString(const QJsonObject& root, const QString& dottedPath);
