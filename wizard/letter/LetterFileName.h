#pragma once

#include <QDate>
#include <QString>

// The suggested file name, e.g. Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29.pdf
// for the stem "Widerspruch-KI-Training": only letters, digits and hyphens from the
// organisation's name, so it is valid on every file system (no / \ : * ? " < > |,
// no reserved names like CON). An empty extension gives the name without any.
// A qualifier (e.g. "Formular-1A2B3C4D") follows the date, made safe the same
// way: two files of one organisation and day then get names of their own.
QString suggestedLetterFileName(const QString& stem, const QString& organisation, const QDate& date,
                                const QString& extension = QStringLiteral("pdf"),
                                const QString& qualifier = QString());
