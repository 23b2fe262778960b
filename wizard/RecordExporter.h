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
    // sender: the organisation in the wizard, whose address and signatory the
    // letter needs; it must be the record's organisation.
    QString saveFollowUp(const ObjectionRecord& record, const ObjectionRequest& sender,
                         QString* savedTo = nullptr);
    // The notice, then the documentation sheet that goes with it.
    QString saveAuthorityNotice(const ObjectionRecord& record, const ObjectionRequest& sender,
                                Authority authority, QString* savedTo = nullptr,
                                const PostalAddress& ownAuthority = {});

    // The sender's request with the letter's date set to today and the
    // entry's letter language; nullopt (and a message shown) when the wizard
    // holds another organisation.
    std::optional<ObjectionRequest> senderFor(const ObjectionRecord& record,
                                              const ObjectionRequest& sender) const;

private:
    QWidget* m_parent;
};
