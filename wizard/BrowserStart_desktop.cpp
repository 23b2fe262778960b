#include <QDesktopServices>
#include <QUrl>

#include "BrowserStart.h"

// Windows and macOS: the system's own call, which reports a failure itself.
bool BrowserStart::open(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}
