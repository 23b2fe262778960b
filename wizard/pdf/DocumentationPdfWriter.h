#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "ObjectionRecord.h"

class QIODevice;

// The documentation sheet for the organisation's files: every recorded fact
// and the full text that was sent, as PDF/A-1b (archival, fonts embedded).
class DocumentationPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentationPdfWriter)

public:
    // now: the moment the sheet is made, its creation date; the sheet's day
    // and its times are German time, named (CET, CEST), in any time zone.
    // checks: for each attachment, what checking its kept copy found today
    // (empty: unchanged); none given: the sheet says the copies were not checked.
    static bool write(const ObjectionRecord& record, const QDateTime& now, QIODevice* device,
                      const QStringList& checks = {});

    static QString routeName(Route route);
    static QString stateName(RecordState state);
};
