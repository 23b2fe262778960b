#pragma once

#include <QIODevice>
#include <QString>

#include "Letter.h"

// Renders a Letter as plain text. The form text is what goes into Meta's online
// form: no address block, ending with how to reach the sender.
class PlainTextLetterWriter
{
public:
    static QString fullText(const Letter& letter);
    static QString formText(const Letter& letter);

    // Writes UTF-8; false if the device did not take all of it.
    static bool writeFormText(const Letter& letter, QIODevice* device);
    static bool writeFullText(const Letter& letter, QIODevice* device);
};
