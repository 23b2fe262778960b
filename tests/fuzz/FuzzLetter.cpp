#include <QBuffer>
#include <QGuiApplication>
#include <QTextDocument>

#include "LetterComposer.h"
#include "LetterDocumentBuilder.h"
#include "PdfLetterWriter.h"
#include "PlainTextLetterWriter.h"

// libFuzzer target: any text in every field of a request, through the
// composer and all renderers (plain text, QTextDocument, PDF).
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The input as UTF-16 code units (so lone surrogates and control
    // characters come through), split into fields at U+0001.
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t*>(data), qsizetype(size / 2));
    const QStringList fields = text.split(QChar(1));
    const auto field = [&fields](int index) { return fields.value(index); };
    ObjectionRequest request;
    Organisation& org = request.organisation;
    org.name = field(0);
    org.contactName = field(1);
    org.contactRole = field(2);
    org.email = field(3);
    org.street = field(4);
    org.city = field(5);
    org.kind = OrganisationKind(size % 5);
    request.options.ownGrounds = field(6);
    request.options.place = field(7);
    request.options.date = QDate(2026, 11, 29);
    request.options.grounds = {Ground::PublicBody, Ground::Minors};
    for (int i = 8; i < std::min(int(fields.size()), 40); i += 2)
        request.accounts << Account{i % 4 ? Platform::Facebook : Platform::Instagram, field(i),
                                    field(i + 1)};
    const Letter letter =
        LetterComposer(size % 2 ? QStringLiteral("en") : QStringLiteral("de")).compose(request);
    if (PlainTextLetterWriter::fullText(letter).isEmpty())
        __builtin_trap();
    LetterDocumentBuilder::fullLetter(letter);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!PdfLetterWriter::write(letter, &buffer, QDateTime(QDate(2026, 11, 29), QTime(0, 0))) ||
        !buffer.data().startsWith("%PDF-"))
        __builtin_trap();
    return 0;
}
