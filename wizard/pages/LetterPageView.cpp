#include "LetterPageView.h"

#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

#include "DinLetterLayout.h"
#include "LetterPainter.h"

using namespace Qt::StringLiterals;

LetterPageView::LetterPageView(QWidget* parent) : QScrollArea(parent)
{
    m_pages = new QWidget(this);
    m_pages->setBackgroundRole(QPalette::Dark);
    m_pages->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_pages);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(m_pages);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    setFocusPolicy(Qt::StrongFocus); // scrolled with the keyboard like any view
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(120);
    connect(&m_resizeTimer, &QTimer::timeout, this, &LetterPageView::render);
}

void LetterPageView::setLetter(const Letter& letter)
{
    m_letter = letter;
    m_renderedWidth = 0;
    render();
    // A letter is read from its top, whatever the last one showed.
    verticalScrollBar()->setValue(0);
}

void LetterPageView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    // Drawn again only when the width changed noticeably, and once the
    // resizing has settled.
    if (std::abs(viewport()->width() - m_renderedWidth) > 24)
        m_resizeTimer.start();
}

void LetterPageView::render()
{
    const int margin = 12;
    const int width =
        std::max(200, viewport()->width() - 2 * margin - verticalScrollBar()->sizeHint().width());
    m_renderedWidth = viewport()->width();
    // Sharp on high-DPI screens: drawn at device pixels, shown at logical size.
    const qreal ratio = devicePixelRatioF();
    const qreal dotsPerInch = width * ratio / (DinLetterLayout::pageWidth / 25.4);
    const QList<QImage> pages = LetterPainter(m_letter).pageImages(dotsPerInch);
    m_pageCount = int(pages.size());

    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int index = 0; index < pages.size(); ++index) {
        QPixmap pixmap = QPixmap::fromImage(pages.at(index));
        pixmap.setDevicePixelRatio(ratio);
        auto* label = new QLabel(m_pages);
        label->setPixmap(pixmap);
        label->setAccessibleName(tr("Page %1 of %2").arg(index + 1).arg(pages.size()));
        m_layout->addWidget(label);
    }
}
