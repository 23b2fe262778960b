#include "Terminal.h"

#include <cstdio>

// Terminal on Linux and other Unix systems: arguments in the locale's
// encoding (UTF-8), text as UTF-8.

namespace Terminal {

void setUp() {}

QStringList arguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void print(Stream stream, const QString& text)
{
    std::FILE* file = stream == Stream::Output ? stdout : stderr;
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file);
    std::fflush(file);
}

void answer(Stream stream, const QString& text)
{
    print(stream, text);
}

void releaseConsole() {}

} // namespace Terminal
