#include "LetterExporter.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QUrl>

#include "AtomicFileWriter.h"
#include "DialogSeams.h"
#include "DocumentationPdfWriter.h"
#include "InputValidation.h"
#include "LetterComposer.h"
#include "LetterFileName.h"
#include "LetterPainter.h"
#include "LocalDates.h"
#include "MetaFacts.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "RecordExporter.h"
#include "SaveThroughDialog.h"
#include "Today.h"
#include "dialogs/BrowserFailedDialog.h"
#include "dialogs/RecordDialog.h"

using namespace Qt::StringLiterals;

QString LetterExporter::savePdf(const Letter& letter, const QString& organisation,
                                const QDate& date)
{
    QString saved;
    const QString status = SaveThroughDialog::save(
        m_parent, tr("Save letter as PDF"),
        suggestedLetterFileName(letter.fileNameStem, organisation, date),
        tr("PDF documents (*.pdf)"), u".pdf"_s,
        [&letter](QIODevice* device) {
            return PdfLetterWriter::write(letter, device, Today::now());
        },
        &saved);
    if (!saved.isEmpty()) {
        m_log.savedLetters << saved;
        m_log.savedLetterText = PlainTextLetterWriter::fullText(letter);
    }
    return status;
}

QString LetterExporter::print(const Letter& letter, const QString& organisation, const QDate& date)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setResolution(LetterPainter::resolution); // the pages of the preview and the PDF
    // The file name Qt proposes for a PDF is the one "Save as PDF" gives: Qt's
    // print dialog takes the document name (and drops its suffix), the
    // preview's own export (no printer installed) the output file.
    const QString fileName = suggestedLetterFileName(letter.fileNameStem, organisation, date);
    printer.setDocName(fileName);
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        printer.setOutputFileName(QDir(SaveThroughDialog::defaultFolder()).filePath(fileName));
    }
    LetterPainter::preparePage(&printer);
    bool painted = true;
    QString exportedTo;
    QString exportError;
    if (const QString testPrinter = PrintDialog::takeNextPrinterFile(); !testPrinter.isEmpty()) {
        // A printer chosen without the preview (tests): painted as for any.
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(testPrinter);
        painted = LetterPainter(letter).paint(&printer);
    } else {
        QPrintPreviewDialog dialog(&printer, m_parent);
        dialog.setWindowTitle(tr("Print letter"));
        QObject::connect(
            &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
                // Without a printer, Qt's preview offers "Export to PDF" instead:
                // that file gets the same PDF as "Save as PDF" (document
                // information, text that reads back as typed), not a bare one.
                // The preview's own pages are painted on a picture engine and
                // need the painter.
                if (target->outputFormat() == QPrinter::PdfFormat &&
                    !target->outputFileName().isEmpty() &&
                    target->paintEngine()->type() != QPaintEngine::Picture) {
                    exportedTo = target->outputFileName();
                    exportError = AtomicFileWriter::write(exportedTo, [&letter](QIODevice* device) {
                        return PdfLetterWriter::write(letter, device, Today::now());
                    });
                    return;
                }
                painted = LetterPainter(letter).paint(target) && painted;
            });
        if (dialog.exec() != QDialog::Accepted)
            return {};
    }
    if (!exportedTo.isEmpty()) {
        if (!exportError.isEmpty()) {
            MessageBox::warning(m_parent, tr("Print letter"), exportError);
            return tr("The letter was not saved.");
        }
        m_log.savedLetters << exportedTo;
        m_log.savedLetterText = PlainTextLetterWriter::fullText(letter);
        return tr("Saved as %1").arg(QDir::toNativeSeparators(exportedTo));
    }
    if (!painted) {
        MessageBox::warning(m_parent, tr("Printing failed"),
                            tr("The letter could not be sent to the printer. Please check the "
                               "printer and try again, or save the letter as PDF."));
        return tr("The letter was not printed.");
    }
    m_log.printed = true;
    m_log.printedLetterText = PlainTextLetterWriter::fullText(letter);
    return tr("The letter was sent to the printer.");
}

QString LetterExporter::copyFormText(const Letter& letter)
{
    m_lastCopiedText = PlainTextLetterWriter::formText(letter);
    QGuiApplication::clipboard()->setText(m_lastCopiedText);
    m_log.textCopied = true;
    m_log.copiedLetterText = PlainTextLetterWriter::fullText(letter);
    return tr("The text is on the clipboard. Paste it into Meta's form with Ctrl+V.");
}

QString LetterExporter::recordedAlready(const QList<ObjectionRecord>& entries, RecordStore& records)
{
    const auto keys = [](const ObjectionRecord& entry) {
        QStringList accounts;
        for (const Account& account : entry.accounts)
            accounts << ObjectionRecord::accountKey(account);
        accounts.sort();
        return accounts;
    };
    QStringList found;
    const QList<ObjectionRecord> known = records.entriesMatching(entries.constFirst().organisation);
    for (const ObjectionRecord& entry : entries) {
        const QStringList wanted = keys(entry);
        for (const ObjectionRecord& other : known) {
            // The same route, day and login covering these accounts (also a
            // form recorded for several accounts before, now one per account).
            const QStringList covered = keys(other);
            const bool covers =
                std::all_of(wanted.cbegin(), wanted.cend(),
                            [&covered](const QString& key) { return covered.contains(key); });
            if (other.route == entry.route && other.sentOn == entry.sentOn && covers &&
                other.adminLogin.compare(entry.adminLogin, Qt::CaseInsensitive) == 0) {
                QStringList names;
                for (const Account& account : entry.accounts.mid(0, 2))
                    names << account.name;
                found << DocumentationPdfWriter::routeName(other.route) + u' ' +
                             LocalDates::shortDate(other.sentOn) + u" – "_s + names.join(u", "_s) +
                             u" ("_s + caseNumber(other.id) + u')';
                break;
            }
        }
    }
    if (found.size() > 3)
        return tr("%1 and %n more", nullptr, int(found.size() - 3))
            .arg(found.mid(0, 3).join(u", "_s));
    return found.join(u", "_s);
}

QString LetterExporter::recordAsSent(const Letter& letter, const ObjectionRequest& request,
                                     RecordStore& records)
{
    const QString loadError = records.open();
    if (!loadError.isEmpty())
        MessageBox::warning(m_parent, tr("Record of objections"), loadError);
    RecordDialog dialog(request, m_parent, m_log.formOpened);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QList<ObjectionRecord> entries = dialog.records();
    const QDate sentOn = entries.constFirst().sentOn;
    // A letter sent before a person signed cannot have named them: the date
    // entered is wrong (or the letter is), and the record would not hold the
    // letter that was shown.
    ObjectionRequest dated = request;
    dated.options.date = sentOn;
    if (dated.namedPersons().size() != request.namedPersons().size()) {
        MessageBox::warning(
            m_parent, tr("Record of objections"),
            tr("The letter names people whose power of attorney was signed after the day you "
               "entered as sent (%1). A letter can name only people who had signed by the day "
               "it was sent. Check the date and record it again.")
                .arg(LocalDates::shortDate(sentOn)));
        return tr("The objection was not recorded.");
    }
    // Recorded already (the same route, day and accounts; for a form the same
    // login): pressed twice, or recorded in another window. Asked, "No" first.
    if (const QString twice = recordedAlready(entries, records);
        !twice.isEmpty() &&
        !MessageBox::question(m_parent, tr("Record of objections"),
                              tr("This was recorded already: %1. Record it again as a further "
                                 "entry?")
                                  .arg(twice)))
        return tr("Not recorded again.");
    // One form per account: each entry on its own, so each names only its
    // account. The first that cannot be written stops the rest (each would
    // wait for the same lock and say the same): it is kept if it can be.
    qsizetype stored = 0;
    bool kept = false;
    for (ObjectionRecord& entry : entries) {
        if (!store(entry, letter, request, records, &kept))
            break;
        ++stored;
        if (kept)
            break;
    }
    if (stored == 0)
        return tr("The objection was not recorded.");
    if (!kept) {
        m_log.recorded += int(stored);
        m_log.recordedLetterText = PlainTextLetterWriter::fullText(letter);
    }
    QString status;
    if (kept)
        status = tr("The objection is kept but not saved in the record yet (see the message); it "
                    "is saved as soon as the record can be written.");
    else if (entries.size() == 1)
        status = tr("The objection was recorded. You find it under “Record of objections”.");
    else
        status = tr("%n online form(s) were recorded, one entry per account. You find them under "
                    "“Record of objections”.",
                    nullptr, int(stored));
    if (stored < entries.size())
        status += u' ' + tr("%n account(s) were not recorded; tick them and record them again.",
                            nullptr, int(entries.size() - stored));
    if (dialog.wantsReminder()) {
        // One reminder for the forms recorded together: they are due the same
        // day, and forty calendar files would be forty dialogs. It names every
        // account and leads to the first entry.
        ObjectionRecord remind = entries.constFirst();
        for (qsizetype row = 1; row < stored; ++row)
            remind.accounts << entries.at(row).accounts;
        QString reminder;
        const QString saved = RecordExporter(m_parent).saveReminder(remind, &reminder);
        if (!reminder.isEmpty())
            m_log.reminders << reminder;
        if (!saved.isEmpty())
            status += u' ' + tr("Reminder: %1").arg(saved);
    }
    return status;
}

bool LetterExporter::store(ObjectionRecord& record, const Letter& letter,
                           const ObjectionRequest& request, RecordStore& records, bool* kept)
{
    // Kept as the letter prints it: a direction control pasted into a name
    // (which turns "@ff_kinder" around on screen) never reaches the record,
    // the follow-up letter or the notice built from it.
    ObjectionRequest shown;
    shown.accounts = record.accounts;
    record.accounts = InputValidation::printable(shown).accounts;
    record.organisation = InputValidation::printable(record.organisation);
    record.sentBy = InputValidation::printable(record.sentBy);
    record.adminLogin = InputValidation::printable(record.adminLogin);
    record.formReference = InputValidation::printable(record.formReference);
    // What was sent: the whole letter by post, the form text online – the
    // form's for the accounts it was sent for, each dated the day it was sent
    // (an objection recorded days later would otherwise carry today's date).
    ObjectionRequest sent = request;
    if (record.route == Route::OnlineForm)
        sent.accounts = record.accounts;
    sent.options.date = record.sentOn;
    const Letter sentLetter =
        sent == request ? letter : LetterComposer(request.options.letterLanguage).compose(sent);
    record.sentRequest = InputValidation::printable(sent); // what was sent, not only its text
    record.sentText = record.route == Route::OnlineForm
                          ? PlainTextLetterWriter::formText(sentLetter)
                          : PlainTextLetterWriter::fullText(sentLetter);
    const QString error = records.add(record);
    if (error.isEmpty())
        return true;
    // Kept in the window when it could not be written (a full disk, a lock
    // held too long): said so, and it is not "recorded" before it is on disk.
    MessageBox::warning(m_parent, tr("Record of objections"), error);
    *kept = records.hasUnsaved();
    return *kept;
}

QString LetterExporter::openUrl(const QUrl& url)
{
    if (BrowserFailedDialog::open(m_parent, url))
        return tr("Opened in your browser: %1").arg(url.toString());
    // The address copied from the dialog took the letter's text off the
    // clipboard: the form then needs the text copied again.
    if (m_log.textCopied && QGuiApplication::clipboard()->text() != m_lastCopiedText) {
        m_log.textCopied = false;
        return tr("Not opened: no web browser could be started for %1. The clipboard now holds "
                  "the address: copy the letter's text again (“Copy text”) before you paste it "
                  "into the form.")
            .arg(url.toString());
    }
    return tr("Not opened: no web browser could be started for %1.").arg(url.toString());
}

QString LetterExporter::openForm(Platform platform)
{
    const MetaFacts& meta = MetaFacts::instance();
    m_log.formOpened = platform;
    return openUrl(platform == Platform::Instagram ? meta.instagramObjectionForm
                                                   : meta.facebookObjectionForm);
}
