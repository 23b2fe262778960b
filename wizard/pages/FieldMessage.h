#pragma once

#include <QLabel>

// The inline message below an input: hidden while the input is fine. Marked
// with a sign rather than a colour so it reads in every theme and to screen
// readers.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);
    void showMessage(const QString& message);
};
