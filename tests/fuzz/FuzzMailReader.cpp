#include <QByteArray>
#include <QCoreApplication>

#include "MailReader.h"
#include "MailText.h"

// libFuzzer target: any bytes as an e-mail file, by either name. Reading must
// give either a message or a summary whose text is tidy: capped, no control
// characters but line breaks and tabs, no "\r".
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* name : {"mail.eml", "mail.msg"}) {
        const auto [mail, error] = MailReader::read(bytes, QString::fromLatin1(name));
        if (!error.isEmpty() && (!mail.text.isEmpty() || !mail.subject.isEmpty()))
            __builtin_trap(); // an error gives nothing else
        if (mail.text.size() > MailText::maxLength)
            __builtin_trap();
        for (const QChar c : mail.text) {
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                __builtin_trap();
        }
        for (const QString& header : {mail.subject, mail.from}) {
            for (const QChar c : header) {
                if (c.unicode() < 0x20)
                    __builtin_trap();
            }
        }
    }
    return 0;
}
