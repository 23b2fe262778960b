#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

// A check box whose text wraps (QCheckBox's never does, which made long items
// wider than a small or scaled screen). Clicking the text ticks the box, as
// with a plain check box; screen readers get the text as the box's name.
class WrappingCheckBox : public QWidget
{
    Q_OBJECT

public:
    explicit WrappingCheckBox(QWidget* parent = nullptr);

    void setText(const QString& text);
    QCheckBox* box() const { return m_box; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCheckBox* m_box;
    QLabel* m_label;
};
