#pragma once

#include <QByteArray>
#include <QString>

#include "CancelFlag.h"

// Text out of e-mails for the record entry: bytes in a named character set,
// HTML without Qt Gui (this library has only Qt Core), and the tidying that
// makes what Meta sent readable and safe to show and store.
namespace MailText {

// More is not needed to show what Meta confirmed; a mail with more is cut.
constexpr qsizetype maxLength = 100'000;

// Decodes bytes in the named character set (any that Qt knows, with ICU the
// IANA names; without ICU, as on Windows, also SingleByteCharsets'). An unknown or missing name
// falls back to UTF-8 when the bytes are valid UTF-8 and to windows-1252 otherwise, so every byte
// gives a letter.
QString decode(const QByteArray& bytes, const QByteArray& charset);

// The text an HTML mail shows: <head>, <style> and <script> dropped, line
// breaks for br, p, div, tr, li and headings, the common entities decoded.
// Stops early when cancel is set.
QString fromHtml(const QString& html, const CancelFlag* cancel = nullptr);

// Line endings as \n, no control characters but \n and \t, no spaces at line
// ends, at most two blank lines in a row, at most maxLength characters.
QString tidy(const QString& text);

} // namespace MailText
