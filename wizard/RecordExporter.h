#pragma once

#include <QCoreApplication>
#include <QString>

#include "ObjectionRecord.h"

class QWidget;

// Saves what belongs to a record: the documentation sheet (PDF/A) and the
// calendar reminder (.ics), each through the file dialog and atomically.
// Returns a status message; problems are also shown as dialogs.
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    explicit RecordExporter(QWidget* parent) : m_parent(parent) {}

    QString saveDocumentation(const ObjectionRecord& record);
    QString saveReminder(const ObjectionRecord& record, QString* savedTo = nullptr);

private:
    QWidget* m_parent;
};
