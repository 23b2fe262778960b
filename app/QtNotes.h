#pragma once

#include <QString>

// Notes Qt prints on the standard error that tell the user nothing they can
// act on; the command line prints only its own messages (cron jobs and
// servers read the standard error as trouble).
namespace QtNotes {
// Whether `message` is one of them:
// - "XDG_RUNTIME_DIR not set", or set to a folder with the wrong owner or
//   permissions or none at all ("QStandardPaths: … runtime directory …"):
//   usual for cron jobs, servers, su and sudo; the program keeps nothing
//   there.
// - "Detected locale "C" … which is not UTF-8. Qt depends on a UTF-8
//   locale, and has switched to "C.UTF-8"": LANG names a locale the system
//   has not generated (usual over SSH), and Qt already did the right thing.
// - "OpenType support missing for <font>, script <n>": the letter font has
//   no shaping tables for a script such as Devanagari, and Qt draws that text
//   with a fallback font that has them. Characters that no font can draw are
//   reported by the program itself (FontCoverage).
bool isNoise(const QString& message);

// From here on, the notes above are dropped; everything else goes where it
// went before.
void dropNoise();
} // namespace QtNotes
