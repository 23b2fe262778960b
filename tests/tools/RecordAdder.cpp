#include <QCoreApplication>
#include <QThread>
#include <cstdio>

#include "RecordStore.h"

// Adds N records to a record file, one change at a time, as a second
// KI-Widerspruch window would: RecordStoreTest runs two at once. When the
// other one holds the file too long (a slow, busy machine), the entry is kept
// and written with the next change, as in the program; at the end the adder
// tries again until everything is on disk.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    RecordStore store(args.at(1));
    for (int i = 0; i < args.at(3).toInt(); ++i) {
        ObjectionRecord record;
        record.organisation = args.at(2) + u' ' + QString::number(i);
        record.sentOn = QDate(2026, 11, 29);
        if (const QString error = store.add(record); !error.isEmpty())
            std::fputs(qPrintable(error + u'\n'), stderr);
    }
    for (int attempt = 0; store.hasUnsavedChange() && attempt < 30; ++attempt) {
        QThread::msleep(100);
        store.remove(QStringLiteral("no such entry")); // writes what is held
    }
    return store.hasUnsavedChange() ? 1 : 0;
}
