#include "FormRows.h"

#include <QFormLayout>
#include <QLabel>

void addLabelledRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* labelWidget = new QLabel(label, field->parentWidget());
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, field);
}
