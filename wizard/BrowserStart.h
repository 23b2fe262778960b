#pragma once

class QUrl;

// Starts the user's browser for an address and says whether it started. One
// file per platform (chosen in CMake): where Qt cannot tell (xdg-open started
// detached), the platform's own way is asked.
namespace BrowserStart {
bool open(const QUrl& url);
}
