#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

// Writes a file all at once or not at all (QSaveFile): a failed write leaves any
// older file untouched and no half-written one behind.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    using Producer = std::function<bool(QIODevice*)>;

    // Returns an empty string on success, otherwise a message for the user.
    static QString write(const QString& path, const Producer& produce);
    // The same for bytes already in memory (profiles, records, calendar files).
    static QString write(const QString& path, const QByteArray& bytes);
};
