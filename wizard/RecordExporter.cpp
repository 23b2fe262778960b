#include "RecordExporter.h"

#include <QIODevice>

#include "DocumentationPdfWriter.h"
#include "IcsReminder.h"
#include "LetterFileName.h"
#include "SaveThroughDialog.h"

using namespace Qt::StringLiterals;

QString RecordExporter::saveDocumentation(const ObjectionRecord& record)
{
    const QString name = suggestedLetterFileName(tr("Record-Objection-AI-Training"),
                                                 record.organisation, record.sentOn);
    return SaveThroughDialog::save(
        m_parent, tr("Save documentation as PDF"), name, tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&record](QIODevice* device) {
            return DocumentationPdfWriter::write(record, QDate::currentDate(), device);
        });
}

QString RecordExporter::saveReminder(const ObjectionRecord& record, QString* savedTo)
{
    const QString name = suggestedLetterFileName(tr("Reminder-Meta-Answer"), record.organisation,
                                                 record.answerDue(), u"ics"_s);
    return SaveThroughDialog::save(
        m_parent, tr("Save calendar reminder"), name, tr("Calendar files (*.ics)"), u".ics"_s,
        [&record](QIODevice* device) {
            const QByteArray ics = IcsReminder::build(record, QDateTime::currentDateTimeUtc());
            return device->write(ics) == ics.size();
        },
        savedTo);
}
