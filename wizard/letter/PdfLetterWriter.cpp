#include "PdfLetterWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

#include "LetterPainter.h"
#include "PdfDocumentInfo.h"
#include "PdfTextRepair.h"

using namespace Qt::StringLiterals;

bool PdfLetterWriter::write(const Letter& letter, QIODevice* device, const QDateTime& creationDate)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString creator = u"KI-Widerspruch "_s + QStringLiteral(KIW_VERSION);
    QByteArray pdf;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(LetterPainter::resolution);
        writer.setTitle(letter.subject);
        writer.setCreator(creator);
        LetterPainter::preparePage(&writer);
        const LetterPainter painter(letter);
        if (!painter.paint(&writer))
            return false;
        // Unrepaired the letter still looks right, it only reads back worse.
        pdf = PdfTextRepair::repair(buffer.data(), LetterPainter::shownText(letter), [&] {
                  return painter.drawnText(writer);
              }).value_or(buffer.data());
    }
    const PdfDocumentInfo info{letter.subject, letter.author, letter.documentSubject, creator,
                               creationDate.isValid() ? creationDate
                                                      : QDateTime::currentDateTimeUtc()};
    if (QByteArray withInfo = appendDocumentInfo(pdf, info); !withInfo.isEmpty())
        pdf = std::move(withInfo);
    return device->write(pdf) == pdf.size();
}
