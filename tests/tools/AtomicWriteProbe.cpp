#include <QCoreApplication>
#include <QIODevice>
#include <cstdio>

#include "AtomicFileWriter.h"
#include "FileAccess.h"

// Tries one write of TEXT (default "x") to PATH and prints the message the
// user would see on standard error. AtomicFileWriterTest runs it as another
// user (root may write into read-only folders) and with standard output
// redirected or closed. Exit 0: refused with a message; 1: written.
int main(int argc, char* argv[])
{
    FileAccess::guardStandardOutput();
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.size() > 3)
        return 2;
    const QByteArray text = arguments.size() == 3 ? arguments.at(2).toUtf8() : QByteArray("x");
    const QString error = AtomicFileWriter::write(arguments.at(1), text);
    std::fputs(qPrintable(error + u'\n'), stderr);
    return error.isEmpty() ? 1 : 0;
}
