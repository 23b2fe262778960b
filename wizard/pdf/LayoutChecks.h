#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "ObjectionRequest.h"

// What of a letter does not fit where DIN 5008 puts it, measured on the page
// as LetterPainter lays it out: the return address in the envelope window, the
// letterhead, the information block. The letter is written all the same (cut);
// the user is told beforehand, next to LetterChecks' warnings on the content.
class LayoutChecks
{
    Q_DECLARE_TR_FUNCTIONS(LayoutChecks)

public:
    // Empty when everything fits.
    static QStringList warnings(const ObjectionRequest& request);
};
