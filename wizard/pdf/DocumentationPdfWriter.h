#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include "ObjectionRecord.h"

class QIODevice;

// The documentation sheet for the organisation's files: every recorded fact
// and the full text that was sent, as PDF/A-1b (archival, fonts embedded).
class DocumentationPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentationPdfWriter)

public:
    // checks: for each attachment, what checking its kept copy found today
    // (empty: unchanged); none given: the sheet says the copies were not checked.
    static bool write(const ObjectionRecord& record, const QDate& today, QIODevice* device,
                      const QStringList& checks = {});

    static QString routeName(Route route);
    static QString stateName(RecordState state);
};
