#include "PdfLetterWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

#include "LetterPainter.h"
#include "PdfDocumentInfo.h"

using namespace Qt::StringLiterals;

bool PdfLetterWriter::write(const Letter& letter, QIODevice* device, const QDateTime& creationDate)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString creator = u"KI-Widerspruch "_s + QStringLiteral(KIW_VERSION);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(letter.subject);
        writer.setCreator(creator);
        LetterPainter::preparePage(&writer);
        if (!LetterPainter(letter).paint(&writer))
            return false;
    }
    const PdfDocumentInfo info{letter.subject, letter.author, letter.documentSubject, creator,
                               creationDate.isValid() ? creationDate
                                                      : QDateTime::currentDateTimeUtc()};
    QByteArray pdf = appendDocumentInfo(buffer.data(), info);
    if (pdf.isEmpty())
        pdf = buffer.data();
    return device->write(pdf) == pdf.size();
}
