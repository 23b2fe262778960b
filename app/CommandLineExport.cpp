#include "CommandLineExport.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>

#include "AtomicFileWriter.h"
#include "ExitCodes.h"
#include "FontCoverage.h"
#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "LetterFileName.h"
#include "LetterPainter.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"
#include "ProfileFile.h"

using namespace Qt::StringLiterals;

namespace {
struct Job
{
    QString profilePath;
    ObjectionRequest request;
    QString pdfPath;
    QString textPath;
};

void report(const QString& message)
{
    // One write per message: lines from parallel jobs never interleave.
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    QTextStream(stderr) << message << '\n';
}

// Midnight UTC of the letter's date: with --date, every run writes the same bytes.
QDateTime creationDate(const CommandLineOptions& options)
{
    return options.date.isValid() ? QDateTime(options.date, QTime(0, 0), Qt::UTC)
                                  : QDateTime::currentDateTimeUtc();
}

int writeJob(const Job& job, const CommandLineOptions& options)
{
    const Letter letter = LetterComposer(job.request.options.letterLanguage).compose(job.request);
    // A warning, not an error: the letter is written, the boxes are the user's call.
    const QString fontWarning = FontCoverage::warning(FontCoverage::missingCharacters(
        LetterPainter::shownText(letter), LetterDocumentBuilder::letterFont()));
    if (!fontWarning.isEmpty())
        report(QDir::toNativeSeparators(job.profilePath) + u": "_s + fontWarning);
    int result = ExitDone;
    if (!job.pdfPath.isEmpty()) {
        const QDateTime created = creationDate(options);
        const QString error = AtomicFileWriter::write(job.pdfPath, [&](QIODevice* device) {
            return PdfLetterWriter::write(letter, device, created);
        });
        if (!error.isEmpty()) {
            report(error);
            result = ExitCannotWrite;
        }
    }
    if (job.textPath == "-"_L1) {
        const QByteArray text = PlainTextLetterWriter::formText(letter).toUtf8();
        if (std::fwrite(text.constData(), 1, size_t(text.size()), stdout) != size_t(text.size()))
            result = ExitCannotWrite;
        std::fflush(stdout);
    } else if (!job.textPath.isEmpty()) {
        const QString error = AtomicFileWriter::write(job.textPath, [&](QIODevice* device) {
            return PlainTextLetterWriter::writeFormText(letter, device);
        });
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
    if (!options.letterLanguage.isEmpty())
        read.request->options.letterLanguage = options.letterLanguage;
    read.request->options.date = options.date.isValid() ? options.date : QDate::currentDate();
    return read.request;
}

// A name in the folder for this organisation that no other letter of the
// batch uses; made only of letters, digits and hyphens, so it cannot leave
// the folder whatever the organisation is called.
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
} // namespace

int CommandLineExport::run(const CommandLineOptions& options)
{
    if (options.outDir.isEmpty()) {
        const auto request = readProfile(options.profiles.constFirst(), options);
        if (!request)
            return ExitBadInput;
        return writeJob(
            {options.profiles.constFirst(), *request, options.pdfPath, options.textPath}, options);
    }

    const QDir dir(options.outDir);
    if (!dir.exists() && !QDir().mkpath(options.outDir)) {
        report(tr("The folder %1 could not be created.")
                   .arg(QDir::toNativeSeparators(options.outDir)));
        return ExitCannotWrite;
    }
    int exitCode = ExitDone;
    QList<Job> jobs;
    QSet<QString> taken;
    for (const QString& path : options.profiles) {
        const auto request = readProfile(path, options);
        if (!request) {
            exitCode = ExitBadInput;
            continue;
        }
        const Letter letter = LetterComposer(request->options.letterLanguage).compose(*request);
        const QString stem = dir.filePath(uniqueStem(letter, *request, taken));
        jobs << Job{path, *request, stem + u".pdf"_s, stem + u".txt"_s};
    }
    const QList<int> results = QtConcurrent::blockingMapped(
        jobs, [&options](const Job& job) { return writeJob(job, options); });
    for (int result : results)
        exitCode = std::max(exitCode, result);
    if (exitCode == ExitDone)
        report(tr("%n letter(s) written to %1.", nullptr, int(jobs.size()))
                   .arg(QDir::toNativeSeparators(dir.absolutePath())));
    return exitCode;
}
