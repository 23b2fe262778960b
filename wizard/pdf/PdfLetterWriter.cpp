#include "PdfLetterWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QUuid>

#include "LetterPainter.h"
#include "PdfDocumentInfo.h"
#include "PdfTextRepair.h"

using namespace Qt::StringLiterals;

namespace {
// Document information is searched and shown as a title: the no-break spaces
// that keep identifiers on one line of the page are plain spaces there.
QString plainSpaces(QString text)
{
    return text.replace(QChar::Nbsp, u' ');
}
} // namespace

bool PdfLetterWriter::write(const Letter& letter, QIODevice* device, const QDateTime& creationDate)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString creator = u"KI-Widerspruch "_s + QStringLiteral(KIW_VERSION);
    const QDateTime created =
        creationDate.isValid() ? creationDate : QDateTime::currentDateTimeUtc();
    QByteArray pdf;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(LetterPainter::resolution);
        writer.setTitle(plainSpaces(letter.subject));
        writer.setCreator(creator);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        // Qt 6.8 gives every file a random document ID (trailer and XMP). One
        // derived from what the letter says and its date keeps the promise of
        // the same bytes for the same letter and date, and is still a
        // different ID for a different letter.
        const QByteArray identity = (creator + u'\n' + created.toUTC().toString(Qt::ISODate) +
                                     u'\n' + LetterPainter::shownText(letter))
                                        .toUtf8();
        writer.setDocumentId(QUuid::createUuidV5(QUuid(), identity));
#endif
        LetterPainter::preparePage(&writer);
        const LetterPainter painter(letter);
        if (!painter.paint(&writer))
            return false;
        const QByteArray written = withQtDatesAt(buffer.data(), created);
        // Unrepaired the letter still looks right, it only reads back worse.
        pdf = PdfTextRepair::repair(written, LetterPainter::shownText(letter), [&] {
                  return painter.drawnText(writer);
              }).value_or(written);
    }
    const PdfDocumentInfo info{plainSpaces(letter.subject), letter.author,
                               plainSpaces(letter.documentSubject), creator, created};
    if (QByteArray withInfo = appendDocumentInfo(pdf, info); !withInfo.isEmpty())
        pdf = std::move(withInfo);
    return device->write(pdf) == pdf.size();
}
