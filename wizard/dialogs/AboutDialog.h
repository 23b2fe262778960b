#pragma once

#include <QDialog>

// "About KI-Widerspruch": version, licence, where the legal facts come from,
// and the project's address. Opened with F1 or from the first page.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
