#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>

#include "../SampleRequests.h"
#include "Figure.h"
#include "LetterComposer.h"
#include "PdfLetterWriter.h"

// In-process timings of the letter pipeline, so a regression shows in numbers.
class PdfExportBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void compose()
    {
        const ObjectionRequest request = sampleRequest();
        const LetterComposer composer;
        QBENCHMARK
        {
            const Letter letter = composer.compose(request);
            QVERIFY(!letter.paragraphs.isEmpty());
        }
    }

    void renderPdf()
    {
        const Letter letter = LetterComposer().compose(sampleRequest());
        QBENCHMARK
        {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(PdfLetterWriter::write(letter, &buffer));
        }
    }

    // The figure: one export (compose and PDF) under 50 ms in-process;
    // also for a letter whose text needs the full repair (drawn a second time
    // to learn the text behind each glyph).
    void exportUnderFiftyMilliseconds_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::newRow("German letter") << QStringLiteral("Stadt Musterstadt");
        QTest::newRow("emoji, Arabic, accents")
            << QStringLiteral("Verein 😀🎉 مرحبا Cafe\u0301 A\u0308rger");
    }

    void exportUnderFiftyMilliseconds()
    {
        QFETCH(QString, organisation);
        ObjectionRequest request = sampleRequest();
        request.organisation.name = organisation;
        QList<double> times;
        for (int i = 0; i < 25; ++i) {
            QElapsedTimer timer;
            timer.start();
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(PdfLetterWriter::write(LetterComposer().compose(request), &buffer));
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        qInfo("PDF export: median %.2f ms, fastest %.2f ms, slowest %.2f ms (25 runs)", median,
              times.constFirst(), times.constLast());
        QVERIFY2(printFigure(QStringLiteral("export in the program: ") +
                                 QString::fromLatin1(QTest::currentDataTag()),
                             median, 50.0, "ms"),
                 qPrintable(QString::number(median)));
    }
};

QTEST_MAIN(PdfExportBenchmark)
#include "PdfExportBenchmark.moc"
