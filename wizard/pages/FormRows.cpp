#include "FormRows.h"

#include <QFormLayout>
#include <QLabel>

namespace {
// A label with some room after its text. QLabel clips its text to the width
// QFontMetrics measures, which rounds: with some fonts and scales the last
// letter reaches a pixel further and is cut ("Telephon|e").
class FormLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize sizeHint() const override { return QLabel::sizeHint() + room(); }
    QSize minimumSizeHint() const override { return QLabel::minimumSizeHint() + room(); }

private:
    QSize room() const { return {fontMetrics().horizontalAdvance(u' '), 0}; }
};
} // namespace

QLabel* addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new FormLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}
