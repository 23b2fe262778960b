#include "EventReport.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QTreeWidget>
#include <cstdio>

#include "dialogs/HistoryDialog.h"

using namespace Qt::StringLiterals;

namespace {
bool enabled = false;

HistoryDialog* openRecordWindow()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        if (auto* dialog = qobject_cast<HistoryDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// The entry selected in the record window (its rows keep the id in
// Qt::UserRole), as a user sees it selected.
QString selectedEntry()
{
    HistoryDialog* dialog = openRecordWindow();
    const auto* tree = dialog ? dialog->findChild<QTreeWidget*>(u"recordsTree"_s) : nullptr;
    const QTreeWidgetItem* item = tree ? tree->currentItem() : nullptr;
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}
} // namespace

void EventReport::enable()
{
    enabled = true;
}

void EventReport::say(const QString& event)
{
    if (!enabled)
        return;
    std::fputs(qPrintable(event + u'\n'), stdout);
    std::fflush(stdout);
}

void EventReport::recordWindowShows(QWidget* window, const QString& id)
{
    if (!enabled)
        return;
    auto* poll = new QTimer(window);
    poll->setInterval(20);
    const QDeadlineTimer deadline(10000);
    QObject::connect(poll, &QTimer::timeout, window, [poll, deadline, id] {
        const QString shown = selectedEntry();
        if (shown != id && !deadline.hasExpired())
            return;
        say(QString(u"record-window "_s + shown).trimmed());
        poll->stop();
        poll->deleteLater();
    });
    poll->start();
}

void EventReport::recordWindowState(QWidget* window)
{
    if (!enabled)
        return;
    QTimer::singleShot(0, window, [] {
        say(openRecordWindow() ? u"record-window open"_s : u"record-window closed"_s);
    });
}
