#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

// Characters that no installed font can draw print as empty boxes – in the
// preview, the PDF and on paper. Found before the letter goes out, so the user
// hears of it instead of Meta.
class FontCoverage
{
    Q_DECLARE_TR_FUNCTIONS(FontCoverage)

public:
    // The distinct characters (as readers see them: a letter with its accents,
    // an emoji with its modifiers) of `text` that neither `font` nor any
    // fallback font Qt would use has a glyph for, in order of appearance.
    static QStringList missingCharacters(const QString& text, const QFont& font);

    // What to tell the user about them; empty when there are none.
    static QString warning(const QStringList& missing);
};
