#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <utility>

#include "MailReader.h"

// Reads an Outlook .msg file (MS-OXMSG inside an OLE2 Compound File, see
// CompoundFile): subject, sender, the time it was sent and the plain text
// body (or the HTML body made plain). Only the message's own properties are
// read, not those of attachments or embedded messages.
class OutlookMsgReader
{
    Q_DECLARE_TR_FUNCTIONS(OutlookMsgReader)

public:
    static bool isCompoundFile(const QByteArray& bytes);
    static std::pair<MailSummary, QString> read(const QByteArray& bytes);
};
