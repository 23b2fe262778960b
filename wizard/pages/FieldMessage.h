#pragma once

#include <QLabel>

// The inline message below an input: hidden while the input is fine. A
// warning is marked with a sign rather than a colour so it reads in every
// theme and to screen readers; information (something done, as asked) has
// none, so that it does not read as a problem.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Warning,
        Information
    };

    explicit FieldMessage(QWidget* parent = nullptr);
    void showMessage(const QString& message, Kind kind = Kind::Warning);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Warning;
};
