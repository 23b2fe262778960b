#pragma once

class QFormLayout;
class QLabel;
class QWidget;

// Adds "label: field" to a form with the label as the field's buddy, so the
// label's mnemonic focuses the field and screen readers announce it. Returns
// the label for its (translated) text.
QLabel* addLabelledRow(QFormLayout* form, QWidget* field);
