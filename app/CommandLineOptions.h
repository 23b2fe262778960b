#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QCommandLineParser;

// What the command line asked for, checked: either the wizard (optionally
// filled from one profile, optionally at a record entry) or an export without
// any window.
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QStringList profiles;
    QString pdfPath;
    QString textPath; // "-" is standard output
    QString outDir;
    QString letterLanguage; // empty: as in the profile
    QDate date;             // invalid: today
    // --follow-ups: with --out-dir, the follow-up letters of each profile's
    // organisation from the record (recordPath, or the user's own record).
    bool followUps = false;
    QString recordPath;
    // The record entry to open (--record-entry ID or a link
    // ki-widerspruch://record/ID), checked; empty: none.
    QString recordEntry;
    bool quitAfterFirstPaint = false;
    // For the program's own tests: what the window did, on standard output.
    bool reportEvents = false;

    bool isExport() const { return !pdfPath.isEmpty() || !textPath.isEmpty() || !outDir.isEmpty(); }

    // Sets up the parser's options (and --help, --version).
    static void describe(QCommandLineParser& parser);
    // Reads the parsed options; returns a message for the user when they do
    // not fit together.
    QString read(const QCommandLineParser& parser);
    // A message when two outputs, or an output and a profile, are one file.
    QString sameFileProblem() const;

    // Before QCoreApplication exists: does the command line ask for an export
    // (which must not need a display), and in which language should it talk?
    static bool asksForExport(const QStringList& arguments);
    // The arguments without Qt's own (-platform xcb, -style fusion, -reverse,
    // …), which QApplication takes for itself and our parser does not know.
    static QStringList withoutQtOptions(const QStringList& arguments);
    static QString requestedUiLanguage(const QStringList& arguments);

private:
    // Reads --record-entry or the link; a message when it is not exactly one
    // right entry id or link.
    QString readRecordEntry(const QCommandLineParser& parser);
};
