#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

#include "LetterComposer.h"
#include "MetaFacts.h"
#include "ObjectionRecord.h"
#include "ObjectionRequest.h"

class QWidget;

// Saves what belongs to a record: the documentation sheet (PDF/A), the
// calendar reminder (.ics), the follow-up letter to Meta and the notice to a
// supervisory authority, each through the file dialog and atomically.
// Returns a status message; problems are also shown as dialogs.
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    explicit RecordExporter(QWidget* parent) : m_parent(parent) {}

    // language: the sheet's language when it goes with a letter in another
    // language than the program's (empty: the program's).
    QString saveDocumentation(const ObjectionRecord& record, const QString& language = QString());
    QString saveReminder(const ObjectionRecord& record, QString* savedTo = nullptr);
    // What a follow-up letter or a notice is written with: the entry's
    // sender, signatory, language and named persons as they were sent (a
    // person who has revoked since, per the wizard's details, is named no
    // more), dated today. Entries of earlier versions kept only the text:
    // then the wizard's details if they are the same organisation, else only
    // what the entry holds; warnings say so, for the preview.
    struct Sender
    {
        ObjectionRequest request;
        QStringList warnings;
    };
    static Sender senderFor(const ObjectionRecord& record, const ObjectionRequest& current);
    // The earlier objection as recorded: the persons the sent letter named,
    // minus those the new letter's request has as revoked since.
    static EarlierObjection earlierFor(const ObjectionRecord& record,
                                       const ObjectionRequest& request);
    // Saves a letter about an entry as PDF through the file dialog (status
    // message); its name says which entry.
    QString saveLetter(const Letter& letter, const QString& caption, const ObjectionRecord& record,
                       QString* savedTo = nullptr);
    // "Letter-3F1C2A9E": route and case number, for file names.
    static QString entryQualifier(const ObjectionRecord& record);

private:
    QWidget* m_parent;
};
