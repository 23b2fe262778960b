#include "DocumentationPdfWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTimeZone>
#include <functional>

#include "DinLetterLayout.h"
#include "LetterDocumentBuilder.h"
#include "LocalDates.h"
#include "PaperLook.h"
#include "PdfColourSpaces.h"
#include "PdfDocumentInfo.h"
#include "PdfTextRepair.h"
#include "TextItemRecorder.h"

using namespace Qt::StringLiterals;

namespace {
QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// German legal time, named, whatever zone the machine is set to: the sheet
// is read in Germany, and the same record must give the same sheet anywhere.
// UTC where the system has no time zone data.
QTimeZone sheetZone()
{
    static const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    return berlin.isValid() ? berlin : QTimeZone::utc();
}

QString dateTimeText(const QDateTime& dateTime)
{
    const QTimeZone zone = sheetZone();
    const QDateTime there = dateTime.toTimeZone(zone);
    const QString name = zone == QTimeZone::utc()     ? u"UTC"_s
                         : zone.isDaylightTime(there) ? DocumentationPdfWriter::tr("CEST")
                                                      : DocumentationPdfWriter::tr("CET");
    return LocalDates::shortDateTime(there) + u' ' + name;
}

// The table starts with one empty row (a QTextTable cannot have none).
void addRow(QTextTable* table, const QString& label, const QString& value)
{
    int row = table->rows() - 1;
    if (!table->cellAt(row, 0).firstCursorPosition().block().text().isEmpty()) {
        table->appendRows(1);
        ++row;
    }
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    table->cellAt(row, 0).firstCursorPosition().insertText(label, bold);
    table->cellAt(row, 1).firstCursorPosition().insertText(value);
}

// Draws the document page by page into the device's printable area, on any
// device (QTextDocument::print needs a paged one, and the recorder is not);
// "Page 1 of 2" below each page when there is more than one.
bool paintPages(QTextDocument& document, QPaintDevice* device, const std::function<bool()>& newPage)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setPen(PaperLook::ink());
    document.documentLayout()->setPaintDevice(device);
    const QSizeF page(device->width(), device->height());
    document.setPageSize(page);
    const int pages = document.pageCount();
    QFont numberFont = LetterDocumentBuilder::letterFont();
    numberFont.setPointSizeF(7);
    const qreal millimetre = device->logicalDpiY() / 25.4;
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !newPage())
            return false;
        const QRectF visible(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -visible.top());
        painter.setClipRect(visible);
        document.documentLayout()->draw(&painter, PaperLook::paintContext(visible));
        painter.restore();
        if (pages > 1) {
            painter.setFont(numberFont);
            painter.drawText(
                QRectF(0, page.height() + 4 * millimetre, page.width(), 6 * millimetre),
                Qt::AlignRight | Qt::AlignTop,
                DocumentationPdfWriter::tr("Page %1 of %2").arg(index + 1).arg(pages));
        }
    }
    return painter.end();
}
} // namespace

QString DocumentationPdfWriter::routeName(Route route)
{
    switch (route) {
    case Route::OnlineForm:
        return tr("Meta's online form");
    case Route::Letter:
        return tr("Letter by post");
    case Route::Both:
        return tr("Online form and letter");
    }
    return {};
}

QString DocumentationPdfWriter::stateName(RecordState state)
{
    switch (state) {
    case RecordState::Sent:
        return tr("Objection made, answer pending");
    case RecordState::NoAnswer:
        return tr("No answer after one month");
    case RecordState::FollowUpSent:
        return tr("Written again, answer pending");
    case RecordState::Confirmed:
        return tr("Confirmed by Meta");
    case RecordState::Closed:
        return tr("Closed");
    }
    return {};
}

bool DocumentationPdfWriter::write(const ObjectionRecord& record, const QDateTime& now,
                                   QIODevice* device, const QStringList& checks)
{
    const QDate today = now.toTimeZone(sheetZone()).date();
    QTextDocument document;
    PaperLook::prepare(document, LetterDocumentBuilder::letterFont(), 4); // Qt's default margin
    QTextCursor cursor(&document);
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(14);
    cursor.insertText(tr("Record of an objection to Meta's AI training"), title);
    cursor.insertBlock();
    // The organisation's own demand (DOMAIN.md): no Art. 21 for it; the record
    // documents its diligence, not a legal duty.
    const QList<AuthorisingPerson> persons =
        record.sentRequest ? record.sentRequest->namedPersons() : QList<AuthorisingPerson>();
    cursor.insertText(
        persons.isEmpty()
            ? tr("The organisation's objection to the use of the content of its accounts for "
                 "Meta's AI training. This record documents its diligence towards the people in "
                 "its content.")
            : tr("The organisation's objection to the use of the content of its accounts for "
                 "Meta's AI training, with the objections of the persons named below under Art. "
                 "21 GDPR. This record documents its diligence towards the people in its "
                 "content."),
        QTextCharFormat());
    cursor.insertBlock();

    QTextTableFormat tableFormat;
    tableFormat.setCellPadding(PaperLook::onAnyScreen(4));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorder(PaperLook::onAnyScreen(0.5));
    tableFormat.setBorderBrush(PaperLook::rule());
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                           QTextLength(QTextLength::PercentageLength, 70)});
    QTextTable* table = cursor.insertTable(1, 2, tableFormat);
    addRow(table, tr("Organisation"), record.organisation);
    QStringList accounts;
    for (const Account& account : record.accounts) {
        const QString platform = platformName(account.platform);
        QString line = platform + u": "_s + account.name + u" ("_s + account.address + u")"_s;
        if (const auto confirmation = record.confirmationFor(account)) {
            line += u" – "_s + tr("confirmed by Meta on %1").arg(dateText(confirmation->received));
            if (!confirmation->reference.isEmpty())
                line += u", "_s + tr("reference %1").arg(confirmation->reference);
            if (!confirmation->note.isEmpty())
                line += u" ("_s + confirmation->note + u')';
        } else {
            line += u" – "_s + stateName(record.state(account, today));
        }
        accounts << line;
    }
    addRow(table, tr("Accounts"), accounts.join(u'\n'));
    if (!persons.isEmpty()) {
        QStringList named;
        for (const AuthorisingPerson& person : persons) {
            QString line = person.name;
            if (!person.role.isEmpty())
                line += u", "_s + person.role;
            line += u" – "_s + tr("power of attorney signed on %1").arg(dateText(person.signedOn));
            named << line;
        }
        addRow(table, tr("Persons who objected through the organisation"), named.join(u'\n'));
    }
    addRow(table, tr("Route"), routeName(record.route));
    addRow(table, tr("Sent on"), dateText(record.sentOn));
    addRow(table, tr("Sent by"), record.sentBy);
    if (!record.adminLogin.isEmpty())
        addRow(table, tr("Online form sent while logged in as"), record.adminLogin);
    addRow(table, tr("Recorded on"), dateTimeText(record.recordedAt));
    addRow(table, tr("Status"), stateName(record.state(today)));
    if (!record.allConfirmed()) {
        addRow(table, tr("Answer requested by"),
               dateText(record.followUpSentOn.isValid() ? record.followUpAnswerDue()
                                                        : record.answerDue()));
    }
    if (record.followUpSentOn.isValid())
        addRow(table, tr("Written to Meta again on"), dateText(record.followUpSentOn));
    if (record.authorityInformedOn.isValid())
        addRow(table, tr("Supervisory authority informed on"),
               dateText(record.authorityInformedOn) +
                   (record.authorityInformed == u"dpc"_s
                        ? u" ("_s + tr("Irish Data Protection Commission") + u')'
                    : record.authorityInformed == u"hmbbfdi"_s ? u" ("_s + tr("HmbBfDI") + u')'
                    : record.authorityInformed == u"own"_s
                        ? u" ("_s + tr("the organisation's own supervisory authority") + u')'
                        : QString()));
    if (record.closedOn.isValid())
        addRow(table, tr("Closed on"), dateText(record.closedOn));
    addRow(table, tr("Case no."), caseNumber(record.id));
    addRow(table, tr("Record id"), record.id);

    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    if (!record.attachments.isEmpty()) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(tr("Evidence kept with the record"), heading);
        cursor.insertBlock();
        const bool checked = checks.size() == record.attachments.size();
        cursor.insertText(
            checked ? tr("Copies in the program's data folder, each checked on %1 against the "
                         "SHA-256 checksum noted when it was added.")
                          .arg(dateText(today))
                    : tr("Copies in the program's data folder; the SHA-256 checksum noted when "
                         "each was added identifies it."),
            QTextCharFormat());
        cursor.insertBlock();
        QTextTable* files = cursor.insertTable(1, 2, tableFormat);
        for (qsizetype i = 0; i < record.attachments.size(); ++i) {
            const Attachment& attachment = record.attachments.at(i);
            QStringList lines{tr("Added on %1, %2 bytes")
                                  .arg(dateTimeText(attachment.addedAt))
                                  .arg(attachment.size),
                              u"SHA-256: "_s + attachment.sha256.left(32) + u'\n' +
                                  attachment.sha256.mid(32)};
            if (checked) {
                lines << (checks.at(i).isEmpty() ? tr("Unchanged since it was added.")
                                                 : tr("Warning: %1").arg(checks.at(i)));
            }
            if (attachment.isMail()) {
                lines << tr("E-mail from %1").arg(attachment.mailFrom);
                if (attachment.mailDate.isValid())
                    lines << tr("sent on %1").arg(dateTimeText(attachment.mailDate));
                lines << tr("Subject: %1").arg(attachment.mailSubject);
            }
            addRow(files, attachment.originalName, lines.join(u'\n'));
        }
        for (const Attachment& attachment : record.attachments) {
            if (!attachment.isMail() || attachment.mailText.isEmpty())
                continue;
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock();
            cursor.insertBlock();
            cursor.insertText(tr("Text of the e-mail “%1”").arg(attachment.mailSubject), heading);
            for (const QString& line : attachment.mailText.split(u'\n')) {
                cursor.insertBlock();
                cursor.insertText(line, QTextCharFormat());
            }
        }
    }

    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("Text that was sent"), heading);
    for (const QString& line : record.sentText.split(u'\n')) {
        cursor.insertBlock();
        cursor.insertText(line, QTextCharFormat());
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString documentTitle =
        tr("Record of an objection to Meta's AI training") + u" – "_s + record.organisation;
    const QString creator = u"KI-Widerspruch "_s + QStringLiteral(KIW_VERSION);
    // Whole seconds: the XMP and the document information must name one moment.
    const QDateTime created =
        QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc());
    QByteArray pdf;
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setTitle(documentTitle);
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(archivalXmp(documentTitle, creator, created));
        // The same sheet, the same identifier (Qt's is random): from what it
        // says and when it was made.
        const QUuid id =
            QUuid::createUuidV5(QUuid(), (creator + u'\n' + created.toString(Qt::ISODate) + u'\n' +
                                          document.toPlainText())
                                             .toUtf8());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        writer.setDocumentId(id);
        // Qt 6.8 may write device CMYK, which PDF/A-1 allows only with a CMYK
        // output intent; Qt's is sRGB.
        writer.setColorModel(QPdfWriter::ColorModel::RGB);
#endif
        namespace Din = DinLetterLayout;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(Din::leftMargin, 20, Din::rightMargin, 20),
                                         QPageLayout::Millimeter));
        if (!paintPages(document, &writer, [&writer] { return writer.newPage(); }))
            return false;
        const QByteArray written = withDocumentId(withQtDatesAt(buffer.data(), created), id);
        // Unrepaired the sheet still looks right, it only reads back worse.
        pdf = PdfTextRepair::repair(written, document.toPlainText(), [&] {
                  TextItemRecorder recorder(writer);
                  paintPages(document, &recorder, [] { return true; });
                  return recorder.drawnText();
              }).value_or(written);
    }
    pdf = withoutUnusedDeviceCmyk(pdf);
    if (QByteArray withInfo = appendArchivalDocumentInfo(pdf, documentTitle, creator, created);
        !withInfo.isEmpty())
        pdf = std::move(withInfo);
    return device->write(pdf) == pdf.size();
}
