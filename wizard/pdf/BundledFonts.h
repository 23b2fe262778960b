#pragma once

#include <QString>

// The letter font that travels with the program. On Windows the installer puts
// Liberation Sans (the letter's font, metrically equal to Arial) into fonts/
// beside the program, so that a letter looks the same as one written on
// Debian, where the font comes from its package (fonts-liberation2) and no
// such folder exists.
namespace BundledFonts {
// Loads every font file in folder (by default fonts/ beside the program) into
// the application's font database; gives how many were loaded. Needs a
// QGuiApplication.
int load(const QString& folder = {});
// The folder load() reads by default.
QString defaultFolder();
} // namespace BundledFonts
