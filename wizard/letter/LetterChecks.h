#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "ObjectionRequest.h"

// What a letter needs before it can be sent, and what is worth a second look.
// The wizard's pages enforce the same rules field by field; profiles and the
// command line come here, so that no letter asks Meta to answer "to ." or
// names no account.
class LetterChecks
{
    Q_DECLARE_TR_FUNCTIONS(LetterChecks)

public:
    // The first missing field, named as in the profile (docs/profile-format.md)
    // with a message; empty when the letter can be written.
    static QString missingField(const ObjectionRequest& request);
    // Things the letter is written with but the user should know: no postal
    // sender address (a registered letter cannot come back), German words in
    // an English letter. Empty when there is nothing to say. What does not
    // fit on the page is LayoutChecks' part (pdf/).
    static QStringList warnings(const ObjectionRequest& request);
    // Whether a text the user typed reads as German (umlauts, ß or common
    // German words): a heuristic for the warning only, never to change text.
    static bool looksGerman(const QString& text);
};
