#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

#include "OnFirstPaint.h"

// The floor for the start-up benchmark: a plain five-page QWizard, nothing else,
// in the same window size as KI-Widerspruch so that both paint the same area.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 1; i <= 5; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i));
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Text of page %1").arg(i), page));
        wizard.addPage(page);
    }
    new OnFirstPaint(&wizard, reportFirstPaintAndQuit);
    wizard.resize(820, 680);
    wizard.show();
    return app.exec();
}
