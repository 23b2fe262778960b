#pragma once

class QWidget;
class RecordStore;

// After the first window is shown: the record is opened (the JSON record of
// an earlier version imported once, what the user must know said once), and
// PRAGMA quick_check runs in a worker thread. A damaged database is copied
// aside and never written; the user is told how to keep what it holds.
void checkRecordAfterStart(QWidget* window, RecordStore& records);
