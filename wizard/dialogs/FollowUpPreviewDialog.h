#pragma once

#include <QDialog>

#include "Letter.h"
#include "LetterComposer.h"
#include "ObjectionRecord.h"
#include "RecordExporter.h"

class FieldMessage;
class LetterPageView;
class QLabel;
class RecordStore;

// The follow-up letter to Meta, or the notice to a supervisory authority, as
// it will be printed – before it is saved or printed, as the letter itself is
// on the preview page. Built from what the entry holds as sent (sender,
// signatory, language, accounts), never from today's wizard fields; what the
// letter lacks (a postal address, details of an entry of an earlier version)
// is said above it. Once it is saved or printed the user is asked whether to
// record it in the entry (written again, authority informed).
class FollowUpPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        FollowUp,
        AuthorityNotice
    };

    // current: the wizard's details, for entries of earlier versions and for
    // persons who have revoked since. ownAuthority: for Authority::Own.
    FollowUpPreviewDialog(const ObjectionRecord& record, const ObjectionRequest& current,
                          RecordStore& records, QWidget* parent = nullptr,
                          Kind kind = Kind::FollowUp, Authority authority = Authority::IrishDpc,
                          const PostalAddress& ownAuthority = {});

    const Letter& letter() const { return m_letter; }
    QStringList warnings() const { return m_warnings; }
    // What was done, for the caller's status line (empty if nothing).
    QString status() const { return m_done.join(u'\n'); }
    // Whether the entry was changed (the caller shows it anew).
    bool recorded() const { return m_recorded; }

private:
    void save();
    void print();
    // After the letter left the program: the enclosure, then the question.
    void afterSending(const QString& status);
    QString authorityName() const;

    ObjectionRecord m_original; // as recorded: the documentation sheet
    ObjectionRecord m_record;   // with confirmations that came through other entries
    RecordStore& m_records;
    Kind m_kind;
    Authority m_authority;
    PostalAddress m_ownAuthority;
    ObjectionRequest m_request;
    Letter m_letter;
    QStringList m_warnings;
    QStringList m_done;
    bool m_recorded = false;
    bool m_asked = false;
    FieldMessage* m_warning = nullptr;
    LetterPageView* m_view = nullptr;
    QLabel* m_status = nullptr;
};
