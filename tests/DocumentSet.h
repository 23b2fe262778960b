#pragma once

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <functional>

#include "AppTranslations.h"
#include "DocumentationPdfWriter.h"
#include "LetterComposer.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "SampleRecords.h"

// What the program writes, one document of each kind, from fixed input: the
// sample letter and its form text, a letter of two pages, a follow-up and a
// documentation sheet (German, with an e-mail kept as evidence). The same set
// written under any desktop setting must be the same bytes (issue 24).
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

// The file names, in the order written.
inline QStringList names()
{
    return {QStringLiteral("letter.pdf"), QStringLiteral("letter.txt"), QStringLiteral("long.pdf"),
            QStringLiteral("followup.pdf"), QStringLiteral("sheet.pdf")};
}

// Writes the set into `folder`; false and a message on the first failure.
inline bool write(const QString& folder, QString* error)
{
    const auto save = [&](const QString& name, const std::function<bool(QIODevice*)>& produce) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::WriteOnly) && produce(&file))
            return true;
        *error = name + QStringLiteral(" could not be written");
        return false;
    };
    const LetterComposer composer(QStringLiteral("de"));
    const Letter letter = composer.compose(sampleLetter());
    const Letter longLetter = composer.compose(twoPageLetter());
    const Letter followUp = composer.followUp(sampleLetter(), sampleRecord().earlierObjection());
    // The sheet in German, as a German desktop writes it; the translators
    // are the program's, whatever language the process would pick.
    const AppTranslations::ScopedLanguage german(QStringLiteral("de"));
    return save(names().at(0),
                [&](QIODevice* d) { return PdfLetterWriter::write(letter, d, moment()); }) &&
           save(names().at(1),
                [&](QIODevice* d) { return PlainTextLetterWriter::writeFormText(letter, d); }) &&
           save(names().at(2),
                [&](QIODevice* d) { return PdfLetterWriter::write(longLetter, d, moment()); }) &&
           save(names().at(3),
                [&](QIODevice* d) { return PdfLetterWriter::write(followUp, d, moment()); }) &&
           save(names().at(4), [&](QIODevice* d) {
               return DocumentationPdfWriter::write(sheetRecord(), moment(), d);
           });
}
} // namespace DocumentSet
