#pragma once

#include <QString>

class QTextDocument;

// E-mail addresses, URLs and identifiers never break at their own hyphens
// (DOMAIN.md, "The letter"): "stadt-" at the end of a line reads as a word
// divided by hyphenation, and whoever types the address from the paper leaves
// the hyphen out. Qt may end a line after any hyphen (UAX #14). The lines are
// moved, the text is not: a no-break hyphen or a word joiner in the text would
// come from a fallback font (Liberation Sans has neither), and a PDF reader
// would read it back into the copied address.
namespace LineBreaks {

// Where a line of `text` that starts at `start` and that Qt ends at `end`
// should end: `end`, unless that is just after a hyphen inside an e-mail
// address, a URL or an identifier; then the last earlier place in the line
// where a line may end (a space, after "/" or "?" in a URL), else just before
// that hyphen.
qsizetype lineEnd(const QString& text, qsizetype start, qsizetype end);

// The same for every line of a document already laid out at its final width
// and resolution: a moved line ends with a line separator (U+2028), which
// takes the place of the space the line ends at, if any. PDF readers read it
// as the line break it is.
void keepAddressesWhole(QTextDocument& document);

} // namespace LineBreaks
