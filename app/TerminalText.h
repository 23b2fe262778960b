#pragma once

#include <QString>

// Messages for the terminal quote values from files and the command line
// (paths, fields of a profile). Control characters in them (escape
// sequences, line breaks that fake further lines, bidi overrides that
// reorder the line) are shown escaped, as \e, \n or \u202E, never sent raw.
QString terminalSafe(const QString& message);
