#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

// Said when no browser could be started for an address (no browser set up,
// xdg-open failed): the address to select, and a button that copies it, so
// the user can open it in a browser of their own. Every link and button of the
// program that opens a page goes through open(), so they all behave the same.
class BrowserFailedDialog : public QDialog
{
    Q_OBJECT

public:
    BrowserFailedDialog(const QUrl& url, QWidget* parent = nullptr);

    // Opens url in the browser (UrlOpener); when none could be started, shows
    // this dialog. True when the browser was started.
    static bool open(QWidget* parent, const QUrl& url);

private:
    QUrl m_url;
    QLabel* m_copied = nullptr;
};
