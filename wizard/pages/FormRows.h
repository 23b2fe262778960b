#pragma once

#include <QString>

class QFormLayout;
class QWidget;

// Adds "label: field" to a form with the label as the field's buddy, so the
// label's mnemonic focuses the field and screen readers announce it.
void addLabelledRow(QFormLayout* form, const QString& label, QWidget* field);
