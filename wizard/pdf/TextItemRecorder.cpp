#include "TextItemRecorder.h"

#include <QPaintEngine>

class TextItemRecorder::Engine : public QPaintEngine
{
public:
    explicit Engine(PaintEngineFeatures features) : QPaintEngine(features) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawPath(const QPainterPath&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    Type type() const override { return User; }

    void drawTextItem(const QPointF&, const QTextItem& item) override
    {
        m_drawn << DrawnText{item.text(), item.renderFlags().testFlag(QTextItem::RightToLeft)};
    }

    QList<DrawnText> m_drawn;
};

namespace {
// The features of the other device's engine, so QPainter takes the same paths
// on both (it draws text itself, for example, on engines that lack some).
QPaintEngine::PaintEngineFeatures featuresOf(const QPaintDevice& device)
{
    QPaintEngine::PaintEngineFeatures features;
    const QPaintEngine* engine = device.paintEngine();
    for (int bit = 0; bit < 32 && engine; ++bit) {
        const auto feature = QPaintEngine::PaintEngineFeature(1u << bit);
        if (engine->hasFeature(feature))
            features |= feature;
    }
    return features;
}
} // namespace

TextItemRecorder::TextItemRecorder(const QPaintDevice& like)
    : m_engine(std::make_unique<Engine>(featuresOf(like)))
{
    m_metrics.resize(PdmDevicePixelRatioScaled + 1);
    m_metrics[PdmWidth] = like.width();
    m_metrics[PdmHeight] = like.height();
    m_metrics[PdmWidthMM] = like.widthMM();
    m_metrics[PdmHeightMM] = like.heightMM();
    m_metrics[PdmNumColors] = like.colorCount();
    m_metrics[PdmDepth] = like.depth();
    m_metrics[PdmDpiX] = like.logicalDpiX();
    m_metrics[PdmDpiY] = like.logicalDpiY();
    m_metrics[PdmPhysicalDpiX] = like.physicalDpiX();
    m_metrics[PdmPhysicalDpiY] = like.physicalDpiY();
    m_metrics[PdmDevicePixelRatio] = qRound(like.devicePixelRatio());
    m_metrics[PdmDevicePixelRatioScaled] =
        qRound(like.devicePixelRatio() * devicePixelRatioFScale());
}

TextItemRecorder::~TextItemRecorder() = default;

QPaintEngine* TextItemRecorder::paintEngine() const
{
    return m_engine.get();
}

const QList<DrawnText>& TextItemRecorder::drawnText() const
{
    return m_engine->m_drawn;
}

int TextItemRecorder::metric(PaintDeviceMetric metric) const
{
    return metric >= 0 && metric < m_metrics.size() ? m_metrics.at(metric) : 0;
}
