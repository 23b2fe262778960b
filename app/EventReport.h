#pragma once

#include <QString>

class QWidget;

// For the program's own tests (the hidden option --report-events): what the
// window did, one line each on standard output, so that a test of the whole
// program waits for it instead of guessing a time. Silent without the option.
namespace EventReport {
void enable();
void say(const QString& event);
// Says "record-window ID" once the record window shows the entry `id`
// selected, or after ten seconds what it shows then ("record-window" alone:
// no entry or no window).
void recordWindowShows(QWidget* window, const QString& id);
// Says "record-window open" or "record-window closed" once the events now
// queued (a record window that was about to open) have run.
void recordWindowState(QWidget* window);
} // namespace EventReport
