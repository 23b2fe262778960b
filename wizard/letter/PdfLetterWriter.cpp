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
    QList<DrawnText> drawn;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(letter.subject);
        writer.setCreator(creator);
        LetterPainter::preparePage(&writer);
        const LetterPainter painter(letter);
        if (!painter.paint(&writer))
            return false;
        if (PdfTextRepair::needsDrawnText(LetterPainter::shownText(letter)) ||
            PdfTextRepair::namesComposedGlyphs(buffer.data()))
            drawn = painter.drawnText(writer);
    }
    // Unrepaired the letter still looks right, it only reads back worse.
    QByteArray pdf = buffer.data();
    pdf = PdfTextRepair::repair(pdf, drawn).value_or(pdf);
    const PdfDocumentInfo info{letter.subject, letter.author, letter.documentSubject, creator,
                               creationDate.isValid() ? creationDate
                                                      : QDateTime::currentDateTimeUtc()};
    if (QByteArray withInfo = appendDocumentInfo(pdf, info); !withInfo.isEmpty())
        pdf = std::move(withInfo);
    return device->write(pdf) == pdf.size();
}
