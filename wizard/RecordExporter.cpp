#include "RecordExporter.h"

#include <QIODevice>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "IcsReminder.h"
#include "LetterFileName.h"
#include "OrganisationNames.h"
#include "PdfLetterWriter.h"
#include "SaveThroughDialog.h"
#include "Today.h"
#include "dialogs/EvidenceCheck.h"

using namespace Qt::StringLiterals;

QString RecordExporter::saveDocumentation(const ObjectionRecord& record, const QString& language)
{
    // Each kept copy checked against its checksum: the sheet says what was
    // found, and the user hears of a changed or missing file before saving.
    // In a worker thread with progress: large files take a while to read.
    const std::optional<QStringList> checked = EvidenceCheck::run(m_parent, record.attachments);
    if (!checked)
        return tr("The documentation was not saved: checking the evidence was cancelled.");
    const QStringList checks = *checked;
    QStringList problems;
    for (const QString& check : checks) {
        if (!check.isEmpty())
            problems << check;
    }
    if (!problems.isEmpty() &&
        !MessageBox::question(m_parent, tr("Save documentation as PDF"),
                              tr("Not every file kept as evidence is as it was added:\n%1\n\nThe "
                                 "documentation will say so. Save it anyway?")
                                  .arg(problems.join(u'\n'))))
        return tr("The documentation was not saved.");
    const QString name = suggestedLetterFileName(tr("Record-Objection-AI-Training"),
                                                 record.organisation, record.sentOn);
    return SaveThroughDialog::save(
        m_parent, tr("Save documentation as PDF"), name, tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&record, &checks, &language](QIODevice* device) {
            std::optional<AppTranslations::ScopedLanguage> sheetLanguage;
            if (!language.isEmpty())
                sheetLanguage.emplace(language);
            return DocumentationPdfWriter::write(record, Today::now(), device, checks);
        });
}

QString RecordExporter::entryQualifier(const ObjectionRecord& record)
{
    // The route and the entry's case number in the name: the letter and each
    // form of a day have files of their own, none suggested over another.
    QString route = tr("Letter", "file name");
    if (record.route == Route::OnlineForm)
        route = tr("Form", "file name");
    else if (record.route == Route::Both)
        route = tr("Form-and-letter", "file name");
    return route + u'-' + caseNumber(record.id);
}

QString RecordExporter::saveReminder(const ObjectionRecord& record, QString* savedTo)
{
    const QString name = suggestedLetterFileName(tr("Reminder-Meta-Answer"), record.organisation,
                                                 IcsReminder::reminderDate(record), u"ics"_s,
                                                 entryQualifier(record));
    return SaveThroughDialog::save(
        m_parent, tr("Save calendar reminder"), name, tr("Calendar files (*.ics)"), u".ics"_s,
        [&record](QIODevice* device) {
            const QByteArray ics = IcsReminder::build(record, Today::now());
            return device->write(ics) == ics.size();
        },
        savedTo);
}

EarlierObjection RecordExporter::earlierFor(const ObjectionRecord& record,
                                            const ObjectionRequest& request)
{
    EarlierObjection earlier = record.earlierObjection();
    QList<AuthorisingPerson> named;
    for (const AuthorisingPerson& person : std::as_const(earlier.persons)) {
        const bool revoked =
            std::any_of(request.persons.cbegin(), request.persons.cend(),
                        [&person](const AuthorisingPerson& now) {
                            return now.revokedOn.isValid() &&
                                   now.name.simplified().compare(person.name.simplified(),
                                                                 Qt::CaseInsensitive) == 0;
                        });
        if (!revoked)
            named << person;
    }
    earlier.persons = named;
    return earlier;
}

RecordExporter::Sender RecordExporter::senderFor(const ObjectionRecord& record,
                                                 const ObjectionRequest& current)
{
    Sender sender;
    ObjectionRequest& request = sender.request;
    if (record.sentRequest) {
        // Record format 3: as it was sent, whatever the wizard holds today.
        request = *record.sentRequest;
        for (AuthorisingPerson& person : request.persons) {
            for (const AuthorisingPerson& now : current.persons) {
                if (now.revokedOn.isValid() &&
                    now.name.simplified().compare(person.name.simplified(), Qt::CaseInsensitive) ==
                        0)
                    person.revokedOn = now.revokedOn;
            }
        }
    } else if (OrganisationNames::same(current.organisation.name, record.organisation)) {
        // Entries of record formats 1 and 2 kept only the text.
        request = current;
        sender.warnings << tr("This entry was recorded by an earlier version, which kept only the "
                              "text that was sent. Sender, signatory and named persons are taken "
                              "from the details in the wizard; please check them before you send "
                              "the letter.");
    } else {
        request.organisation.name = record.organisation;
        request.organisation.contactName = record.sentBy;
        request.accounts = record.accounts;
        sender.warnings << tr("This entry was recorded by an earlier version, which kept only the "
                              "text that was sent, and the wizard holds no details of %1: the "
                              "letter has no postal address and no signatory. Open the profile of "
                              "%1 in the wizard (or enter its details there), then open this "
                              "letter again.")
                               .arg(record.organisation);
    }
    if (!record.sentRequest &&
        (record.letterLanguage == u"de"_s || record.letterLanguage == u"en"_s))
        request.options.letterLanguage = record.letterLanguage;
    request.options.date = Today::date();
    return sender;
}

QString RecordExporter::saveLetter(const Letter& letter, const QString& caption,
                                   const ObjectionRecord& record, QString* savedTo)
{
    return SaveThroughDialog::save(
        m_parent, caption,
        suggestedLetterFileName(letter.fileNameStem, record.organisation, Today::date(), u"pdf"_s,
                                entryQualifier(record)),
        tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&letter](QIODevice* device) {
            return PdfLetterWriter::write(letter, device, Today::now());
        },
        savedTo);
}
