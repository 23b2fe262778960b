#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Reads the streams of an OLE2 Compound File (MS-CFB), the container of
// Outlook's .msg files. Written for files from anywhere: every sector number
// is checked against the file, every chain is checked for loops, every size
// is capped, so a damaged or hostile file gives "damaged", never a crash or a
// hang. Reading only; nothing is written in this format.
class CompoundFile
{
public:
    static bool hasSignature(const QByteArray& bytes);

    // Reads the header, the allocation tables and the directory. When that
    // fails, isValid() is false and nothing else gives anything.
    explicit CompoundFile(const QByteArray& bytes);
    bool isValid() const { return m_valid; }

    struct Entry
    {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root storage
        quint32 left = 0, right = 0, child = 0;
        quint32 start = 0;
        quint64 size = 0;
    };
    static constexpr int rootEntry = 0;
    const QList<Entry>& entries() const { return m_entries; }

    // The entries directly inside a storage (the red-black tree of its
    // children); a tree that leads in a circle is read up to the circle.
    QList<int> children(int storage) const;
    // The stream's bytes, or nothing when it is larger than maxSize or its
    // sectors are damaged.
    std::optional<QByteArray> stream(int entry, qint64 maxSize) const;

private:
    std::optional<QList<quint32>> chain(quint32 start, const QList<quint32>& table,
                                        qsizetype limit) const;
    std::optional<QByteArray> readChain(quint32 start, quint64 size, bool mini) const;
    bool readTables();
    bool readDirectory();

    const QByteArray m_bytes;
    qsizetype m_sectorSize = 512;
    qsizetype m_sectorCount = 0;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QByteArray m_miniStream;
    QList<Entry> m_entries;
    bool m_valid = false;
};
