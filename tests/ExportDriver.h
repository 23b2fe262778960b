#pragma once

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include "DialogSeams.h"
#include "ObjectionWizard.h"
#include "PopplerTools.h"
#include "WizardDriver.h"
#include "pages/LetterPageView.h"

// Every way a letter leaves the preview page, driven through the real buttons
// and Qt's real dialogs, for tests that check them all on one letter. Each
// returns what the user would get (a count, a text, whether the file is there).
namespace ExportDriver {

inline int previewPageCount(ObjectionWizard& wizard)
{
    auto* view = WizardDriver::child<LetterPageView>(wizard, QStringLiteral("letterPageView"));
    return view ? view->pageCount() : -1;
}

inline QString previewText(ObjectionWizard& wizard)
{
    auto* view = WizardDriver::child<QTextBrowser>(wizard, QStringLiteral("letterTextView"));
    return view ? view->toPlainText() : QString();
}

inline QString status(ObjectionWizard& wizard)
{
    auto* label = WizardDriver::child<QLabel>(wizard, QStringLiteral("statusLabel"));
    return label ? label->text() : QString();
}

inline int pdfPageCount(const QString& pdf)
{
    bool ok = false;
    const int pages = PopplerTools::infoField(pdf, QStringLiteral("Pages")).toInt(&ok);
    return ok ? pages : -1;
}

// "Save as PDF …" through the file-dialog seam.
inline bool savePdf(ObjectionWizard& wizard, const QString& pdf)
{
    QFile::remove(pdf);
    FileDialog::setNextFileName(pdf);
    return WizardDriver::press(wizard, QStringLiteral("savePdfButton")) && QFile::exists(pdf);
}

inline QString copyText(ObjectionWizard& wizard)
{
    QGuiApplication::clipboard()->clear();
    if (!WizardDriver::press(wizard, QStringLiteral("copyTextButton")))
        return {};
    return QGuiApplication::clipboard()->text();
}

// "Print …": the number of pages Qt's print preview shows; the dialog is
// closed without printing.
inline int printPreviewPageCount(QObject* context, ObjectionWizard& wizard)
{
    int pages = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, context, [&pages] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* view = dialog->findChild<QPrintPreviewWidget*>())
            pages = view->pageCount();
        dialog->reject();
    });
    poll.start(20);
    WizardDriver::press(wizard, QStringLiteral("printButton"));
    return pages;
}

// "Print …", then in Qt's print preview "Print", and in Qt's print dialog its
// last entry (a PDF file; without a printer, Qt asks for the file name itself).
// proposed, if given, gets the file name Qt proposed before pdf was typed.
inline bool printToPdfFile(QObject* context, ObjectionWizard& wizard, const QString& pdf,
                           QString* proposed = nullptr)
{
    QFile::remove(pdf);
    bool printTriggered = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, context, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* print = qobject_cast<QPrintDialog*>(modal)) {
            auto* printers = print->findChild<QComboBox*>(QStringLiteral("printers"));
            auto* fileName = print->findChild<QLineEdit*>(QStringLiteral("filename"));
            if (!printers || !fileName) {
                print->reject();
                return;
            }
            printers->setCurrentIndex(printers->count() - 1);
            if (proposed)
                *proposed = fileName->text();
            fileName->setText(pdf);
            QMetaObject::invokeMethod(print, &QDialog::accept, Qt::QueuedConnection);
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            if (proposed)
                *proposed = files->selectedFiles().value(0);
            files->selectFile(pdf);
            QMetaObject::invokeMethod(files, &QDialog::accept, Qt::QueuedConnection);
        } else if (auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
                   preview && !printTriggered) {
            for (QAction* action : preview->findChildren<QAction*>()) {
                if (action->text() == QStringLiteral("Drucken") ||
                    action->text() == QStringLiteral("Print")) {
                    printTriggered = true;
                    // Queued: the export's file dialog runs its own loop, and
                    // this timer must fire again to answer it.
                    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
                    break;
                }
            }
        }
    });
    poll.start(20);
    WizardDriver::press(wizard, QStringLiteral("printButton"));
    return printTriggered && QFile::exists(pdf);
}

// "Record as sent …" (letter by post, all accounts, no reminder), then in the
// record of objections "Documentation as PDF …" for that entry.
inline bool recordAndSaveDocumentation(QObject* context, ObjectionWizard& wizard,
                                       const QString& pdf)
{
    QFile::remove(pdf);
    const qsizetype before = wizard.records().all().size();
    auto record = WizardDriver::onNextModal(context, [](QDialog* dialog) {
        WizardDriver::press(
            dialog->findChild<QAbstractButton*>(QStringLiteral("routeLetterRadio")));
        dialog->findChild<QCheckBox*>(QStringLiteral("reminderCheckBox"))->setChecked(false);
        dialog->accept();
    });
    WizardDriver::press(wizard, QStringLiteral("recordAsSentButton"));
    if (wizard.records().all().size() != before + 1)
        return false;
    const QString id = wizard.records().all().constLast().id;
    auto history = WizardDriver::onNextModal(context, [&pdf, &id](QDialog* dialog) {
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("recordsTree"));
        for (int top = 0; top < tree->topLevelItemCount(); ++top) {
            for (int row = 0; row < tree->topLevelItem(top)->childCount(); ++row) {
                QTreeWidgetItem* item = tree->topLevelItem(top)->child(row);
                if (item->data(0, Qt::UserRole).toString() == id)
                    tree->setCurrentItem(item);
            }
        }
        FileDialog::setNextFileName(pdf);
        WizardDriver::press(
            dialog->findChild<QAbstractButton*>(QStringLiteral("documentationButton")));
        dialog->reject();
    });
    WizardDriver::press(wizard, QStringLiteral("historyButton"));
    return QFile::exists(pdf);
}

} // namespace ExportDriver
