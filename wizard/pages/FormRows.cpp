#include "FormRows.h"

#include <QFormLayout>
#include <QLabel>

QLabel* addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}
