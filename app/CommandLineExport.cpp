#include "CommandLineExport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>
#include <memory>

#include "AccountOverview.h"
#include "AtomicFileWriter.h"
#include "ExitCodes.h"
#include "FileAccess.h"
#include "FontCoverage.h"
#include "LayoutChecks.h"
#include "LetterChecks.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterFileName.h"
#include "LetterPainter.h"
#include "LocalDates.h"
#include "OrganisationNames.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "ProfileFile.h"
#include "RecordArchive.h"
#include "RecordStore.h"
#include "Terminal.h"
#include "TerminalText.h"

using namespace Qt::StringLiterals;

namespace {
struct Job
{
    QString profilePath;
    ObjectionRequest request;
    QString pdfPath;
    QString textPath;
    QString stem; // --out-dir: the file name without suffix, in this folder
    // --follow-ups: the record entry the follow-up letter refers to.
    std::optional<EarlierObjection> earlier;
};

void report(const QString& message)
{
    // One write per message: lines from parallel jobs never interleave.
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    Terminal::print(Terminal::Stream::Error, terminalSafe(message) + u'\n');
}

// Midnight UTC of the letter's date: with --date, every run writes the same bytes.
QDateTime creationDate(const CommandLineOptions& options)
{
    return options.date.isValid() ? QDateTime(options.date, QTime(0, 0), QTimeZone::utc())
                                  : QDateTime::currentDateTimeUtc();
}

// A letter and its text as new files in the --out-dir folder: under the
// stem, or the stem with -2, -3, … when a file of that name exists (written by
// an earlier run, another batch running now, or planted as a link). Nothing
// that is there already is ever replaced.
int writeNewPair(const Job& job, const AtomicFileWriter::Producer& producePdf,
                 const AtomicFileWriter::Producer& text)
{
    // Made once, whatever names are tried.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !producePdf(&buffer)) {
        report(CommandLineExport::tr("The letter for %1 could not be made.")
                   .arg(QDir::toNativeSeparators(job.profilePath)));
        return ExitCannotWrite;
    }
    const AtomicFileWriter::Producer pdf = [&bytes](QIODevice* device) {
        return device->write(bytes) == bytes.size();
    };
    for (int n = 1; n < 10000; ++n) {
        const QString stem = n == 1 ? job.stem : job.stem + u'-' + QString::number(n);
        // A quick look first; createNew() decides, also against a run writing now.
        bool taken = false;
        for (const QString& name : {QString(stem + u".pdf"_s), QString(stem + u".txt"_s)}) {
            const FileAccess::Kind kind = FileAccess::inspect(name).kind;
            taken |= kind != FileAccess::Kind::Missing;
            if (kind == FileAccess::Kind::SymbolicLink) {
                report(CommandLineExport::tr("%1 is a symbolic link; it was left alone and the "
                                             "letter is written under another name.")
                           .arg(QDir::toNativeSeparators(name)));
            }
        }
        if (taken)
            continue;
        const AtomicFileWriter::NewFile letter = AtomicFileWriter::createNew(stem + u".pdf"_s, pdf);
        if (letter.nameTaken)
            continue;
        if (!letter.error.isEmpty()) {
            report(letter.error);
            return ExitCannotWrite;
        }
        const AtomicFileWriter::NewFile form = AtomicFileWriter::createNew(stem + u".txt"_s, text);
        if (form.nameTaken || !form.error.isEmpty())
            QFile::remove(stem + u".pdf"_s); // ours, written a moment ago: the pair or nothing
        if (form.nameTaken)
            continue;
        if (!form.error.isEmpty()) {
            report(form.error);
            return ExitCannotWrite;
        }
        return ExitDone;
    }
    report(CommandLineExport::tr("No free file name for %1 in the folder.")
               .arg(QDir::toNativeSeparators(job.stem)));
    return ExitCannotWrite;
}

int writeJob(const Job& job, const CommandLineOptions& options)
{
    const LetterComposer composer(job.request.options.letterLanguage);
    const Letter letter =
        job.earlier ? composer.followUp(job.request, *job.earlier) : composer.compose(job.request);
    // A warning, not an error: the letter is written, the boxes are the user's call.
    const QString fontWarning = FontCoverage::warning(FontCoverage::missingCharacters(
        LetterPainter::shownText(letter), LetterDocumentBuilder::letterFont()));
    if (!fontWarning.isEmpty())
        report(QDir::toNativeSeparators(job.profilePath) + u": "_s + fontWarning);
    for (const QString& warning :
         LetterChecks::warnings(job.request) + LayoutChecks::warnings(job.request))
        report(QDir::toNativeSeparators(job.profilePath) + u": "_s + warning);
    const QDateTime created = creationDate(options);
    const AtomicFileWriter::Producer pdf = [&](QIODevice* device) {
        return PdfLetterWriter::write(letter, device, created);
    };
    // A follow-up goes by post; its text file is the whole letter.
    const AtomicFileWriter::Producer text = [&](QIODevice* device) {
        return job.earlier ? PlainTextLetterWriter::writeFullText(letter, device)
                           : PlainTextLetterWriter::writeFormText(letter, device);
    };
    if (!job.stem.isEmpty())
        return writeNewPair(job, pdf, text);

    int result = ExitDone;
    for (const auto& [path, produce] : {std::pair{job.pdfPath, pdf}, {job.textPath, text}}) {
        if (path.isEmpty())
            continue;
        const QString error = path == "-"_L1 ? AtomicFileWriter::writeStandardOutput(produce)
                                             : AtomicFileWriter::write(path, produce);
        if (!error.isEmpty()) {
            report(error);
            result = ExitCannotWrite;
        }
    }
    return result;
}

std::optional<ObjectionRequest> readProfile(const QString& path, const CommandLineOptions& options)
{
    ProfileReadResult read = ProfileFile::read(path);
    if (!read.request) {
        report(CommandLineExport::tr("%1: %2").arg(QDir::toNativeSeparators(path), read.error));
        return std::nullopt;
    }
    // The wizard's rule: no letter without a name, a contact, an e-mail for
    // Meta's answer and an account.
    if (const QString missing = LetterChecks::missingField(*read.request); !missing.isEmpty()) {
        report(CommandLineExport::tr("%1: %2").arg(QDir::toNativeSeparators(path), missing));
        return std::nullopt;
    }
    if (!options.letterLanguage.isEmpty())
        read.request->options.letterLanguage = options.letterLanguage;
    read.request->options.date = options.date.isValid() ? options.date : QDate::currentDate();
    return read.request;
}

// A name in the folder for this organisation that no other letter of the
// batch uses; made only of letters, digits and hyphens, so it cannot leave
// the folder whatever the organisation is called. (Files that are there
// already are left alone when writing, see writeNewPair.)
QString uniqueStem(const Letter& letter, const ObjectionRequest& request, QSet<QString>& taken)
{
    const QString base = suggestedLetterFileName(letter.fileNameStem, request.organisation.name,
                                                 request.options.date, QString());
    QString stem = base;
    for (int n = 2; taken.contains(stem.toLower()); ++n)
        stem = base + u'-' + QString::number(n);
    taken.insert(stem.toLower()); // case-insensitive file systems too
    return stem;
}

// The record for --follow-ups, never written: the database read-only, or
// with --record an exported record or a record JSON file (formats 1 to 3),
// read as strictly as an import.
struct RecordSource
{
    std::unique_ptr<RecordStore> database;
    std::optional<QList<ObjectionRecord>> records;

    QList<ObjectionRecord> entriesOf(const QString& organisation)
    {
        if (database)
            return database->entriesMatching(organisation);
        return *records;
    }
};

bool readRecord(const CommandLineOptions& options, RecordSource& source)
{
    QString path = options.recordPath;
    // Not moved into the database yet (the program was not started since the
    // update): the JSON record of the earlier version.
    if (path.isEmpty() && !QFileInfo::exists(RecordStore::defaultPath()) &&
        QFileInfo::exists(RecordStore::legacyJsonPath(RecordStore::defaultPath())))
        path = RecordStore::legacyJsonPath(RecordStore::defaultPath());
    if (path.isEmpty()) {
        source.database = std::make_unique<RecordStore>(RecordStore::defaultPath(),
                                                        RecordStore::Access::ReadOnly);
        const QString message = source.database->open();
        if (!source.database->isOpen() || source.database->unreadable()) {
            report(message);
            return false;
        }
        return true;
    }
    RecordArchive::ReadResult read = RecordArchive::read(path);
    if (!read.error.isEmpty()) {
        report(CommandLineExport::tr("The record of objections could not be read: %1")
                   .arg(read.error));
        return false;
    }
    source.records = read.records;
    return true;
}

// The entries of the organisation that wait for a follow-up on the day.
QList<ObjectionRecord> followUpsDue(const QList<ObjectionRecord>& records,
                                    const ObjectionRequest& request)
{
    QList<ObjectionRecord> due;
    for (const ObjectionRecord& recorded : records) {
        // An entry without accounts (never written by the program) gets no
        // letter that names none. As the program's overview sees it: an
        // account Meta confirmed through another entry is named as
        // confirmed, and one named in another entry's follow-up needs none.
        if (recorded.accounts.isEmpty() ||
            !OrganisationNames::same(recorded.organisation, request.organisation.name))
            continue;
        const EntryNeed need = AccountOverview::needOf(recorded, records, request.options.date);
        if (need.followUp)
            due << need.entry;
    }
    // A form whose open accounts a letter due in this run names too: the
    // letter's follow-up covers them (as the overview drops the form once
    // the letter's follow-up is recorded); one letter, not several.
    QList<ObjectionRecord> letters;
    for (const ObjectionRecord& entry : std::as_const(due)) {
        if (entry.route != Route::OnlineForm)
            letters << entry;
    }
    due.removeIf([&letters](const ObjectionRecord& entry) {
        if (entry.route != Route::OnlineForm)
            return false;
        const QList<Account> open = entry.earlierObjection().unanswered();
        return std::all_of(open.cbegin(), open.cend(), [&letters](const Account& account) {
            return std::any_of(letters.cbegin(), letters.cend(), [&account](const auto& letter) {
                return std::any_of(letter.accounts.cbegin(), letter.accounts.cend(),
                                   [&account](const Account& covered) {
                                       return ObjectionRecord::accountKey(covered) ==
                                              ObjectionRecord::accountKey(account);
                                   });
            });
        });
    });
    return due;
}
} // namespace

int CommandLineExport::run(const CommandLineOptions& options)
{
    if (options.outDir.isEmpty()) {
        const auto request = readProfile(options.profiles.constFirst(), options);
        if (!request)
            return ExitBadInput;
        return writeJob({options.profiles.constFirst(),
                         *request,
                         options.pdfPath,
                         options.textPath,
                         {},
                         std::nullopt},
                        options);
    }

    const QDir dir(options.outDir);
    if (!dir.exists() && !QDir().mkpath(options.outDir)) {
        report(tr("The folder %1 could not be created.")
                   .arg(QDir::toNativeSeparators(options.outDir)));
        return ExitCannotWrite;
    }
    int exitCode = ExitDone;
    RecordSource records;
    if (options.followUps && !readRecord(options, records))
        return ExitBadInput;
    QList<Job> jobs;
    QSet<QString> taken;
    for (const QString& path : options.profiles) {
        const auto request = readProfile(path, options);
        if (!request) {
            exitCode = ExitBadInput;
            continue;
        }
        const LetterComposer composer(request->options.letterLanguage);
        if (!options.followUps) {
            const Letter letter = composer.compose(*request);
            jobs << Job{
                path,        *request, {}, {}, dir.filePath(uniqueStem(letter, *request, taken)),
                std::nullopt};
            continue;
        }
        const QList<ObjectionRecord> due =
            followUpsDue(records.entriesOf(request->organisation.name), *request);
        if (due.isEmpty()) {
            report(tr("%1: no entry of %2 in the record needs a follow-up letter on %3.")
                       .arg(QDir::toNativeSeparators(path), request->organisation.name,
                            LocalDates::shortDate(request->options.date)));
        }
        for (const ObjectionRecord& record : due) {
            // As the program does (RecordExporter): what was sent – sender,
            // signatory, language, persons – from the entry; a person who has
            // revoked since (in the profile) is named no more.
            const auto revoked = [&request](const AuthorisingPerson& person) {
                return std::any_of(request->persons.cbegin(), request->persons.cend(),
                                   [&person](const AuthorisingPerson& now) {
                                       return now.revokedOn.isValid() &&
                                              now.name.simplified().compare(
                                                  person.name.simplified(), Qt::CaseInsensitive) ==
                                                  0;
                                   });
            };
            ObjectionRequest sender = *request;
            if (record.sentRequest) {
                sender = *record.sentRequest;
                sender.options.date = request->options.date;
                if (!options.letterLanguage.isEmpty())
                    sender.options.letterLanguage = options.letterLanguage;
            } else {
                report(
                    tr("%1: the entry of %2 was recorded by an earlier version, which did not "
                       "keep what was sent; sender, signatory and persons are taken from the "
                       "profile.")
                        .arg(QDir::toNativeSeparators(path), LocalDates::shortDate(record.sentOn)));
                // Written in the language of the first letter unless --letter-lang says otherwise.
                if (options.letterLanguage.isEmpty() &&
                    (record.letterLanguage == "de"_L1 || record.letterLanguage == "en"_L1))
                    sender.options.letterLanguage = record.letterLanguage;
            }
            EarlierObjection earlier = record.earlierObjection();
            earlier.persons.removeIf(revoked);
            const Letter letter =
                LetterComposer(sender.options.letterLanguage).followUp(sender, earlier);
            jobs << Job{path,   sender, {}, {}, dir.filePath(uniqueStem(letter, sender, taken)),
                        earlier};
        }
    }
    const QList<int> results = QtConcurrent::blockingMapped(
        jobs, [&options](const Job& job) { return writeJob(job, options); });
    const auto written = std::count(results.cbegin(), results.cend(), int(ExitDone));
    for (int result : results)
        exitCode = std::max(exitCode, result);
    const QString folder = QDir::toNativeSeparators(dir.absolutePath());
    if (exitCode == ExitDone && options.followUps)
        report(tr("%n follow-up letter(s) written to %1.", nullptr, int(jobs.size())).arg(folder));
    else if (exitCode == ExitDone)
        report(tr("%n letter(s) written to %1.", nullptr, int(jobs.size())).arg(folder));
    else if (options.followUps && !jobs.isEmpty()) // as many letters as entries are due
        report(tr("%1 of %n follow-up letter(s) written to %2.", nullptr, int(jobs.size()))
                   .arg(written)
                   .arg(folder));
    else if (options.followUps) // no letter due: the messages above say why
        ;
    else if (!options.profiles.isEmpty()) // which ones is in the messages above
        report(tr("%1 of %n letter(s) written to %2.", nullptr, int(options.profiles.size()))
                   .arg(written)
                   .arg(folder));
    return exitCode;
}
