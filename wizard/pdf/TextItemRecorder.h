#pragma once

#include <QList>
#include <QPaintDevice>
#include <QString>
#include <memory>

class QPaintEngine;

// One piece of text as QPainter hands it to a paint engine: one run of one
// font, script and direction. QPdfEngine writes each such piece as one text
// object (BT … ET), in the same order.
struct DrawnText
{
    QString text;       // in logical (typed) order
    bool rightToLeft{}; // drawn right to left: its glyphs are in visual order
};

// A paint device that draws nothing and only notes the text drawn on it. It
// takes its size and resolution from another device, so the same painting
// code lays out and splits text on it exactly as on that device. Used to learn
// which text each text object of a PDF stands for (PdfTextRepair).
class TextItemRecorder : public QPaintDevice
{
public:
    explicit TextItemRecorder(const QPaintDevice& like);
    ~TextItemRecorder() override;
    TextItemRecorder(const TextItemRecorder&) = delete;
    TextItemRecorder& operator=(const TextItemRecorder&) = delete;

    QPaintEngine* paintEngine() const override;
    const QList<DrawnText>& drawnText() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
    QList<int> m_metrics;
};
