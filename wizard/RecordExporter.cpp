#include "RecordExporter.h"

#include <QIODevice>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "IcsReminder.h"
#include "LetterFileName.h"
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

QString RecordExporter::saveReminder(const ObjectionRecord& record, QString* savedTo)
{
    // The route and the entry's case number in the name: the letter and each
    // form of a day have reminders of their own, none suggested over another.
    QString route = tr("Letter", "file name");
    if (record.route == Route::OnlineForm)
        route = tr("Form", "file name");
    else if (record.route == Route::Both)
        route = tr("Form-and-letter", "file name");
    const QString name = suggestedLetterFileName(tr("Reminder-Meta-Answer"), record.organisation,
                                                 IcsReminder::reminderDate(record), u"ics"_s,
                                                 route + u'-' + caseNumber(record.id));
    return SaveThroughDialog::save(
        m_parent, tr("Save calendar reminder"), name, tr("Calendar files (*.ics)"), u".ics"_s,
        [&record](QIODevice* device) {
            const QByteArray ics = IcsReminder::build(record, Today::now());
            return device->write(ics) == ics.size();
        },
        savedTo);
}

// The earlier objection as recorded, naming the persons of the new letter's
// request: those who objected then and have not revoked since.
// The earlier objection as recorded: the persons the sent letter named (by
// its own date), minus those the new letter's request has as revoked since.
static EarlierObjection earlierFor(const ObjectionRecord& record, const ObjectionRequest& request)
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

std::optional<ObjectionRequest> RecordExporter::senderFor(const ObjectionRecord& record,
                                                          const ObjectionRequest& sender) const
{
    ObjectionRequest request;
    if (record.sentRequest) {
        // Record format 3: sender, signatory, language and the named persons as
        // they were sent; a person who has revoked since (in the profile) is
        // named no more.
        request = *record.sentRequest;
        for (AuthorisingPerson& person : request.persons) {
            for (const AuthorisingPerson& now : sender.persons) {
                if (now.revokedOn.isValid() &&
                    now.name.simplified().compare(person.name.simplified(), Qt::CaseInsensitive) ==
                        0)
                    person.revokedOn = now.revokedOn;
            }
        }
    } else {
        if (sender.organisation.name.simplified().compare(record.organisation.simplified(),
                                                          Qt::CaseInsensitive) != 0) {
            MessageBox::information(
                m_parent, tr("Letter from the record"),
                tr("The letter needs the address and signatory of %1. Open its profile in the "
                   "wizard (or enter its details there), then open the record of objections "
                   "again.")
                    .arg(record.organisation));
            return std::nullopt;
        }
        // Entries of record formats 1 and 2 kept only the text: the rest comes
        // from the current profile, and the user is told so.
        MessageBox::information(
            m_parent, tr("Letter from the record"),
            tr("This entry was recorded by an earlier version, which kept only the text that was "
               "sent. Sender, signatory and named persons are taken from the current details in "
               "the wizard; please check them in the letter before you send it."));
        request = sender;
        if (record.letterLanguage == u"de"_s || record.letterLanguage == u"en"_s)
            request.options.letterLanguage = record.letterLanguage;
    }
    request.options.date = Today::date();
    return request;
}

QString RecordExporter::saveFollowUp(const ObjectionRecord& record, const ObjectionRequest& sender,
                                     QString* savedTo)
{
    const std::optional<ObjectionRequest> request = senderFor(record, sender);
    if (!request)
        return {};
    const Letter letter = LetterComposer(request->options.letterLanguage)
                              .followUp(*request, earlierFor(record, *request));
    return SaveThroughDialog::save(
        m_parent, tr("Save follow-up letter as PDF"),
        suggestedLetterFileName(letter.fileNameStem, record.organisation, Today::date()),
        tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&letter](QIODevice* device) {
            return PdfLetterWriter::write(letter, device, Today::now());
        },
        savedTo);
}

QString RecordExporter::saveAuthorityNotice(const ObjectionRecord& record,
                                            const ObjectionRequest& sender, Authority authority,
                                            QString* savedTo, const PostalAddress& ownAuthority)
{
    std::optional<ObjectionRequest> request = senderFor(record, sender);
    if (!request)
        return {};
    // The Irish authority is written to in English, the Hamburg one in German,
    // whatever language the letter to Meta had; the enclosed sheet follows.
    request->options.letterLanguage = authority == Authority::IrishDpc ? u"en"_s : u"de"_s;
    const Letter letter =
        LetterComposer(request->options.letterLanguage)
            .authorityNotice(*request, earlierFor(record, *request), authority, ownAuthority);
    QString saved;
    const QString status = SaveThroughDialog::save(
        m_parent, tr("Save notice to the supervisory authority as PDF"),
        suggestedLetterFileName(letter.fileNameStem, record.organisation, Today::date()),
        tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&letter](QIODevice* device) {
            return PdfLetterWriter::write(letter, device, Today::now());
        },
        &saved);
    if (savedTo)
        *savedTo = saved;
    if (saved.isEmpty())
        return status;
    // The notice names the documentation as its enclosure.
    const QString documentation = saveDocumentation(record, request->options.letterLanguage);
    return status + u'\n' + documentation;
}
