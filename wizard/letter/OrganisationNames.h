#pragma once

#include <QString>
#include <QStringList>

// Organisation names compared as a person compares them. A club secretary
// types "TSV Blau-Weiss Unterhaching e. V." where the record has
// "TSV Blau-Weiß Unterhaching e.V.": to her that is the same club, and a
// record that says "no such organisation" reads as "my record is gone".
namespace OrganisationNames {
// What two names share when they mean the same organisation: case, "ß"/"ss",
// "ä"/"ae" (and the other umlauts), accents, spaces, dots, dashes, quotes and
// "&"/"und" do not count.
QString matchKey(const QString& name);
bool same(const QString& a, const QString& b);
// The names of known closest to typed, best first, at most limit: those that
// differ by a few letters, or that contain what was typed (or are contained
// in it). For "Meinten Sie …?" when nothing matches exactly; empty when
// nothing is close.
QStringList closest(const QString& typed, const QStringList& known, int limit = 3);
} // namespace OrganisationNames
