#pragma once

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <functional>

#include "AppTranslations.h"
#include "DocumentationPdfWriter.h"
#include "IcsReminder.h"
#include "LetterComposer.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "SampleRecords.h"

// What the program writes, one document of each kind, from fixed input: the
// sample letter (German and English) and its form text, a letter of two
// pages, a follow-up with its full text, the notices to both authorities, the
// documentation sheet (German and English, with an e-mail kept as evidence)
// and the calendar reminder. The same set written under any desktop setting
// must be the same bytes (issue 24).
namespace DocumentSet {

inline QDate letterDate()
{
    return {2026, 12, 6};
}

// The command line's moment for --date: midnight UTC of the letter's date.
inline QDateTime moment()
{
    return {letterDate(), QTime(0, 0), QTimeZone::utc()};
}

inline ObjectionRequest sampleLetter()
{
    ObjectionRequest request = sampleRequest();
    request.options.date = letterDate();
    return request;
}

// Twelve accounts: the letter runs onto a second page.
inline ObjectionRequest twoPageLetter()
{
    ObjectionRequest request = manyAccountsRequest(12);
    request.options.date = letterDate();
    return request;
}

inline ObjectionRecord sheetRecord()
{
    ObjectionRecord record = sampleRecord();
    Attachment mail;
    mail.originalName = QStringLiteral("Bestätigung Meta.eml");
    mail.storedName = record.id + QStringLiteral("/Bestätigung Meta.eml");
    mail.sha256 = QStringLiteral("9f2c").repeated(16);
    mail.size = 4711;
    mail.addedAt = QDateTime(QDate(2026, 12, 3), QTime(15, 45), QTimeZone::utc());
    mail.mailDate = QDateTime(QDate(2026, 12, 2), QTime(23, 30), QTimeZone::utc());
    mail.mailFrom = QStringLiteral("noreply@support.facebook.com");
    mail.mailSubject = QStringLiteral("Ihre Anfrage");
    mail.mailText = QStringLiteral("Wir haben Ihre Anfrage erhalten.");
    record.attachments << mail;
    return record;
}

// Writes the set into `folder`; false and a message on the first failure.
inline bool write(const QString& folder, QString* error)
{
    using Producer = std::function<bool(QIODevice*)>;
    const auto save = [&](const QString& name, const Producer& produce) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::WriteOnly) && produce(&file))
            return true;
        *error = name + QStringLiteral(" could not be written");
        return false;
    };
    const auto pdf = [](const Letter& letter) {
        return Producer(
            [letter](QIODevice* d) { return PdfLetterWriter::write(letter, d, moment()); });
    };
    const auto sheet = [](const QString& language) {
        return Producer([language](QIODevice* d) {
            // The program's translators, whatever language the process would pick.
            const AppTranslations::ScopedLanguage scoped(language);
            return DocumentationPdfWriter::write(sheetRecord(), moment(), d);
        });
    };
    const LetterComposer german(QStringLiteral("de"));
    ObjectionRequest english = sampleLetter();
    english.options.letterLanguage = QStringLiteral("en");
    const Letter letter = german.compose(sampleLetter());
    const Letter followUp = german.followUp(sampleLetter(), sampleRecord().earlierObjection());
    AuthorisingPerson adult;
    adult.name = QStringLiteral("Anna Schmidt");
    adult.role = QStringLiteral("Beschäftigte der Pressestelle");
    AuthorisingPerson minor = adult;
    minor.name = QStringLiteral("Ben Weber");
    minor.role.clear();
    minor.minor = true;
    const QList<std::pair<QString, Producer>> documents{
        {QStringLiteral("letter.pdf"), pdf(letter)},
        {QStringLiteral("letter.txt"),
         [&](QIODevice* d) { return PlainTextLetterWriter::writeFormText(letter, d); }},
        {QStringLiteral("letter-en.pdf"),
         pdf(LetterComposer(QStringLiteral("en")).compose(english))},
        {QStringLiteral("long.pdf"), pdf(german.compose(twoPageLetter()))},
        {QStringLiteral("followup.pdf"), pdf(followUp)},
        {QStringLiteral("followup.txt"),
         [&](QIODevice* d) { return PlainTextLetterWriter::writeFullText(followUp, d); }},
        {QStringLiteral("notice-dpc.pdf"),
         pdf(LetterComposer(QStringLiteral("en"))
                 .authorityNotice(english, sampleRecord().earlierObjection(),
                                  Authority::IrishDpc))},
        {QStringLiteral("notice-hmbbfdi.pdf"),
         pdf(german.authorityNotice(sampleLetter(), sampleRecord().earlierObjection(),
                                    Authority::HmbBfDI))},
        // The power of attorney a named person signs (issue 25), for an adult
        // and, in English, for a minor (two signature lines).
        {QStringLiteral("authorisation.pdf"), pdf(german.authorisationForm(sampleLetter(), adult))},
        {QStringLiteral("authorisation-en.pdf"),
         pdf(LetterComposer(QStringLiteral("en")).authorisationForm(english, minor))},
        {QStringLiteral("sheet.pdf"), sheet(QStringLiteral("de"))},
        {QStringLiteral("sheet-en.pdf"), sheet(QStringLiteral("en"))},
        {QStringLiteral("reminder.ics"),
         [](QIODevice* d) {
             const QByteArray ics = IcsReminder::build(sheetRecord(), moment());
             return d->write(ics) == ics.size();
         }},
    };
    for (const auto& [name, produce] : documents) {
        if (!save(name, produce))
            return false;
    }
    return true;
}

// The PDFs of the set.
inline QStringList pdfNames()
{
    return {QStringLiteral("authorisation.pdf"), QStringLiteral("authorisation-en.pdf"),
            QStringLiteral("letter.pdf"),        QStringLiteral("letter-en.pdf"),
            QStringLiteral("long.pdf"),          QStringLiteral("followup.pdf"),
            QStringLiteral("notice-dpc.pdf"),    QStringLiteral("notice-hmbbfdi.pdf"),
            QStringLiteral("sheet.pdf"),         QStringLiteral("sheet-en.pdf")};
}
} // namespace DocumentSet
