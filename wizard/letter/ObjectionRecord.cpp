#include "ObjectionRecord.h"

bool MetaConfirmation::operator==(const MetaConfirmation& o) const
{
    return received == o.received && reference == o.reference && note == o.note;
}

bool Attachment::operator==(const Attachment& o) const
{
    return originalName == o.originalName && storedName == o.storedName && sha256 == o.sha256 &&
           size == o.size && addedAt == o.addedAt && mailDate == o.mailDate &&
           mailFrom == o.mailFrom && mailSubject == o.mailSubject && mailText == o.mailText;
}

RecordState ObjectionRecord::state(const QDate& today) const
{
    if (confirmation)
        return RecordState::Confirmed;
    return today > answerDue() ? RecordState::NoAnswer : RecordState::Made;
}

bool ObjectionRecord::operator==(const ObjectionRecord& o) const
{
    return id == o.id && recordedAt == o.recordedAt && organisation == o.organisation &&
           accounts == o.accounts && route == o.route && sentOn == o.sentOn && sentBy == o.sentBy &&
           letterLanguage == o.letterLanguage && sentText == o.sentText &&
           confirmation == o.confirmation;
}
