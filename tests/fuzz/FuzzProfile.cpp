#include <QByteArray>
#include <QCoreApplication>

#include "LetterComposer.h"
#include "PlainTextLetterWriter.h"
#include "ProfileFile.h"

// libFuzzer target: any bytes as a profile file. Reading must either refuse
// them with a message or give a request that composes into a letter.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ProfileReadResult read = ProfileFile::fromJson(bytes);
    if (read.request.has_value() == !read.error.isEmpty())
        __builtin_trap(); // exactly one of the two
    if (read.request) {
        for (const char* language : {"de", "en"}) {
            const Letter letter =
                LetterComposer(QString::fromLatin1(language)).compose(*read.request);
            if (PlainTextLetterWriter::formText(letter).isEmpty())
                __builtin_trap();
        }
        // What was read is written back and read again to the same request.
        const ProfileReadResult again = ProfileFile::fromJson(ProfileFile::toJson(*read.request));
        if (!again.request || !(*again.request == *read.request))
            __builtin_trap();
    }
    return 0;
}
