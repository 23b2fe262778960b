#pragma once

#include <QScrollArea>
#include <QTimer>

#include "Letter.h"

class QVBoxLayout;

// The letter's pages as they will be printed, one below the other, fitted to
// the width of the view. Drawn by LetterPainter into images, with no printer
// involved: preparing a QPrinter makes Qt ask the print system (CUPS) for
// printers, which is slow on some networks and not needed just to look.
class LetterPageView : public QScrollArea
{
    Q_OBJECT

public:
    explicit LetterPageView(QWidget* parent = nullptr);

    void setLetter(const Letter& letter);
    int pageCount() const { return m_pageCount; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    Letter m_letter;
    QWidget* m_pages = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QTimer m_resizeTimer;
    int m_renderedWidth = 0;
    int m_pageCount = 0;
};
