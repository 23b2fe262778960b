// Writes DocumentSet into the folder given, as a desktop program: a
// QApplication with whatever platform, theme, style, scale, font resolution,
// time zone and locale its environment gives it. SameBytesTest runs it once
// per setting and compares the files.
#include <QApplication>
#include <QFont>
#include <QHashFunctions>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <QTextStream>

#include "DocumentSet.h"

int main(int argc, char* argv[])
{
    // As the program itself does (app/main.cpp): fonts in a fixed order.
    QHashSeed::setDeterministicGlobalSeed();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ki-widerspruch-test"));
    const QStringList arguments = QApplication::arguments();
    QString error;
    if (arguments.size() != 2) {
        error = QStringLiteral("usage: DocumentMaker FOLDER");
    } else if (DocumentSet::write(arguments.at(1), &error)) {
        // What the test needs to tell a setting that did not take.
        QTextStream(stdout) << "style=" << QApplication::style()->name()
                            << " text=" << QApplication::palette().text().color().name()
                            << " dpi=" << QApplication::primaryScreen()->logicalDotsPerInchY()
                            << " font=" << QApplication::font().family() << '\n';
        return 0;
    }
    QTextStream(stderr) << error << '\n';
    return 1;
}
