#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "ObjectionRequest.h"

// What the user did in this run, for the summary on the last page: the last
// page says what happened, not what could have.
struct SessionLog
{
    QStringList savedLetters; // PDFs saved, or exported from the print preview
    // The text of the letter last saved and last printed: an entry changed
    // after that (back, edit, forward) makes the PDF or the printout stale.
    QString savedLetterText;
    bool printed = false;
    QString printedLetterText;
    bool textCopied = false;
    QString copiedLetterText;   // the letter whose form text was copied last
    int recorded = 0;           // objections added to the record
    QString recordedLetterText; // the letter recorded last
    QStringList reminders;      // calendar reminders saved
    QString savedProfile;       // the profile saved last
    // Whose online form was opened last: recording a form ticks its account.
    std::optional<Platform> formOpened;
};
