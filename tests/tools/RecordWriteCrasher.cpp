#include <QCoreApplication>
#include <QIODevice>
#include <QThread>
#include <cstdio>

#include "AtomicFileWriter.h"

// Starts an atomic write of the given file, writes half of it, says "writing"
// and waits to be killed: RecordStoreTest checks that the old file survives.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    AtomicFileWriter::write(app.arguments().at(1), [](QIODevice* device) {
        device->write(QByteArray(4096, '{'));
        std::puts("writing");
        std::fflush(stdout);
        QThread::sleep(60);
        return true;
    });
    return 1; // not reached when killed in time
}
