#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

// The floor for the export benchmark: a plain Qt program that writes a
// one-page letter, laid out by QTextDocument, to PDF with QPdfWriter. Like any
// business letter it has a bold subject line, so both embed the same two fonts.
int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    QTextDocument document;
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    QString text = QStringLiteral(
        "Stadt Musterstadt\nRathausplatz 1\n12345 Musterstadt\n\n"
        "Meta Platforms Ireland Limited\nMerrion Road\nDublin 4\nD04 X2K5\nIRLAND\n\n"
        "Widerspruch gegen die Verarbeitung von Seiteninformationen zum KI-Training\n\n"
        "Sehr geehrte Damen und Herren,\n\n");
    for (int paragraph = 0; paragraph < 6; ++paragraph) {
        text += QStringLiteral("hiermit widersprechen wir gemäß Art. 21 DSGVO der Verarbeitung "
                               "personenbezogener Daten im Zusammenhang mit unseren Präsenzen "
                               "zum Zwecke des Trainings Ihrer KI-Modelle.\n\n");
    }
    text += QStringLiteral("Mit freundlichen Grüßen\n\n\nErika Mustermann");
    document.setPlainText(text);
    QTextCursor subject = document.find(QStringLiteral("Widerspruch gegen"));
    subject.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    subject.mergeCharFormat(bold);
    QPdfWriter writer(app.arguments().at(1));
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return 0;
}
