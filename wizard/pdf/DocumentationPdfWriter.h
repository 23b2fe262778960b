#pragma once

#include <QCoreApplication>
#include <QDate>

#include "ObjectionRecord.h"

class QIODevice;

// The documentation sheet for the organisation's files: every recorded fact
// and the full text that was sent, as PDF/A-1b (archival, fonts embedded).
class DocumentationPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentationPdfWriter)

public:
    static bool write(const ObjectionRecord& record, const QDate& today, QIODevice* device);

    static QString routeName(Route route);
    static QString stateName(RecordState state);
};
