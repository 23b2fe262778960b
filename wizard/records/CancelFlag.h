#pragma once

#include <atomic>

// Set by the window's thread when the user presses Cancel; the loops of work
// running in a worker thread (copying and checking evidence, reading mails)
// look at it and stop early. No flag (nullptr) means the work cannot be
// cancelled.
using CancelFlag = std::atomic<bool>;

inline bool isCancelled(const CancelFlag* flag)
{
    // Relaxed: the flag guards no other data, it only asks the loop to stop.
    return flag && flag->load(std::memory_order_relaxed);
}
