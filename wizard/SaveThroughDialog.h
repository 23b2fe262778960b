#pragma once

#include <QCoreApplication>
#include <QString>

#include "AtomicFileWriter.h"

class QWidget;

// Asks for a file name (suggested in the Documents folder), adds the suffix
// when it is missing and writes the file atomically; a problem is shown as a
// dialog. Returns the status line for the page: where it was saved, that it
// was not saved, or nothing when the user cancelled. savedTo, if given, gets
// the path of the file written (empty otherwise).
class SaveThroughDialog
{
    Q_DECLARE_TR_FUNCTIONS(SaveThroughDialog)

public:
    // Where files are proposed: the Documents folder, or the home folder if
    // there is none (a proposal into a missing folder fails in Qt's dialogs).
    static QString defaultFolder();
    // The dialog's choice with `suffix` added when it does not end in
    // `ending`. Qt's dialog asked before replacing the name as typed; when
    // the suffix makes it another file that exists, that is asked here.
    // Empty when the user does not want it replaced.
    static QString withSuffix(QWidget* parent, const QString& caption, const QString& chosen,
                              const QString& ending, const QString& suffix);
    static QString save(QWidget* parent, const QString& caption, const QString& fileName,
                        const QString& filter, const QString& suffix,
                        const AtomicFileWriter::Producer& produce, QString* savedTo = nullptr);
};
