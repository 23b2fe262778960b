#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The single-byte character sets of the mails this program reads that Qt
// decodes only through ICU: Qt for Windows is built without ICU, and there
// QStringDecoder knows UTF-8, UTF-16, UTF-32, Latin-1 and the system code
// page only. windows-1252 (what Outlook writes) and ISO-8859-15 are the common
// ones in German mail; windows-1250 and ISO-8859-2 cover Central Europe.
// MailText uses this only where QStringDecoder does not know the name, so a
// Qt with ICU (Linux) decodes as before.
namespace SingleByteCharsets {

// Whether decode() knows the character set (IANA names and their aliases,
// any case, with or without '-' and '_').
bool knows(QByteArrayView name);

// The text of bytes in the named character set; a null string for a name
// knows() does not know.
QString decode(QByteArrayView name, const QByteArray& bytes);

} // namespace SingleByteCharsets
