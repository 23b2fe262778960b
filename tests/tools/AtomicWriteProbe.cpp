#include <QCoreApplication>
#include <QIODevice>
#include <cstdio>

#include "AtomicFileWriter.h"

// Tries one atomic write and prints the message the user would see.
// AtomicFileWriterTest runs it as an unprivileged user, because root may write
// into read-only folders. Exit 0: refused with a message; 1: written.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    const QString error = AtomicFileWriter::write(
        app.arguments().at(1), [](QIODevice* device) { return device->write("x", 1) == 1; });
    std::puts(error.toUtf8().constData());
    return error.isEmpty() ? 1 : 0;
}
