#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "Letter.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "SessionLog.h"

class QWidget;
class QUrl;

// What the preview page's buttons do: save, print, copy, open Meta's pages.
// Kept out of the page so the page only shows things. Every method returns a
// short message for the page's status line; problems are also shown as dialogs.
class LetterExporter
{
    Q_DECLARE_TR_FUNCTIONS(LetterExporter)

public:
    // What succeeds is noted in log.
    LetterExporter(QWidget* parent, SessionLog& log) : m_parent(parent), m_log(log) {}

    QString savePdf(const Letter& letter, const QString& organisation, const QDate& date);
    QString print(const Letter& letter, const QString& organisation, const QDate& date);
    QString copyFormText(const Letter& letter);
    QString openUrl(const QUrl& url);
    // Meta's objection form of a platform, noted for recordAsSent().
    QString openForm(Platform platform);
    // Asks what was sent (RecordDialog) and adds it to the record of objections.
    QString recordAsSent(const Letter& letter, const ObjectionRequest& request,
                         RecordStore& records);

private:
    // Which of entries the record holds already, for the question (empty: none).
    static QString recordedAlready(const QList<ObjectionRecord>& entries, RecordStore& records);

    // Adds one entry with what was sent for its accounts; false when it was
    // neither written nor kept (the message was shown).
    bool store(ObjectionRecord& record, const Letter& letter, const ObjectionRequest& request,
               RecordStore& records, bool* kept);

    QWidget* m_parent;
    SessionLog& m_log;
    QString m_lastCopiedText; // what "Copy text" put on the clipboard
};
