#include "RecordExporter.h"

#include <QDir>
#include <QStandardPaths>

#include "AtomicFileWriter.h"
#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "IcsReminder.h"
#include "LetterFileName.h"

using namespace Qt::StringLiterals;

QString RecordExporter::save(const QString& caption, const QString& fileName, const QString& filter,
                             const QString& suffix, const std::function<bool(QIODevice*)>& produce)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        FileDialog::getSaveFileName(m_parent, caption, QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString error = AtomicFileWriter::write(path, produce);
    if (!error.isEmpty()) {
        MessageBox::warning(m_parent, caption, error);
        return tr("Not saved.");
    }
    return tr("Saved as %1").arg(QDir::toNativeSeparators(path));
}

QString RecordExporter::saveDocumentation(const ObjectionRecord& record)
{
    const QString name = suggestedLetterFileName(tr("Record-Objection-AI-Training"),
                                                 record.organisation, record.sentOn);
    return save(tr("Save documentation as PDF"), name, tr("PDF documents (*.pdf)"), u".pdf"_s,
                [&record](QIODevice* device) {
                    return DocumentationPdfWriter::write(record, QDate::currentDate(), device);
                });
}

QString RecordExporter::saveReminder(const ObjectionRecord& record)
{
    const QString name = suggestedLetterFileName(tr("Reminder-Meta-Answer"), record.organisation,
                                                 record.answerDue(), u"ics"_s);
    return save(tr("Save calendar reminder"), name, tr("Calendar files (*.ics)"), u".ics"_s,
                [&record](QIODevice* device) {
                    const QByteArray ics =
                        IcsReminder::build(record, QDateTime::currentDateTimeUtc());
                    return device->write(ics) == ics.size();
                });
}
