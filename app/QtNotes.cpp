#include "QtNotes.h"

#include <QtGlobal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QtMessageHandler passOn = nullptr; // Qt's own handler, or a test's

void dropOrPassOn(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtFatalMsg && QtNotes::isNoise(message))
        return;
    if (passOn)
        passOn(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}
} // namespace

bool QtNotes::isNoise(const QString& message)
{
    return message.contains(u"XDG_RUNTIME_DIR not set"_s) ||
           (message.startsWith(u"QStandardPaths: "_s) &&
            message.contains(u"runtime directory"_s)) ||
           message.contains(u"Qt depends on a UTF-8 locale"_s) ||
           message.contains(u"OpenType support missing for"_s);
}

void QtNotes::dropNoise()
{
    passOn = qInstallMessageHandler(dropOrPassOn);
}
