#include "CompoundFile.h"

#include <QSet>
#include <QtEndian>

namespace {

constexpr quint32 maxRegularSector = 0xFFFFFFFA; // higher numbers mark chain ends and such
constexpr quint32 endOfChain = 0xFFFFFFFE;
constexpr qsizetype headerDifatEntries = 109;
constexpr qsizetype miniSectorSize = 64;
constexpr quint64 miniStreamCutoff = 4096;
// A .msg larger than the attachment limit (50 MiB) is never read; its mini
// stream and directory are smaller still.
constexpr quint64 maxStreamSize = 64 * 1024 * 1024;

quint32 u32(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

quint16 u16(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

} // namespace

bool CompoundFile::hasSignature(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

CompoundFile::CompoundFile(const QByteArray& bytes) : m_bytes(bytes)
{
    if (!hasSignature(bytes) || bytes.size() < 512)
        return;
    const quint16 sectorShift = u16(bytes, 0x1E);
    if ((sectorShift != 9 && sectorShift != 12) || u16(bytes, 0x20) != 6)
        return;
    m_sectorSize = qsizetype(1) << sectorShift;
    // The header fills the first sector; a last sector may be cut short.
    m_sectorCount = (bytes.size() - 1) / m_sectorSize;
    m_valid = readTables() && readDirectory();
}

bool CompoundFile::readTables()
{
    // Where the FAT sectors are: 109 numbers in the header, more in a chain
    // of DIFAT sectors, each ending with the number of the next.
    QList<quint32> fatSectors;
    for (qsizetype i = 0; i < headerDifatEntries; ++i) {
        const quint32 sector = u32(m_bytes, 0x4C + i * 4);
        if (sector < maxRegularSector)
            fatSectors.append(sector);
    }
    const qsizetype perDifat = m_sectorSize / 4 - 1;
    QSet<quint32> seen;
    quint32 difat = u32(m_bytes, 0x44);
    for (quint32 left = u32(m_bytes, 0x48); left > 0 && difat < maxRegularSector; --left) {
        if (difat >= quint32(m_sectorCount) || seen.contains(difat))
            return false;
        seen.insert(difat);
        const qsizetype offset = (qsizetype(difat) + 1) * m_sectorSize;
        if (offset + m_sectorSize > m_bytes.size())
            return false;
        for (qsizetype i = 0; i < perDifat; ++i) {
            const quint32 sector = u32(m_bytes, offset + i * 4);
            if (sector < maxRegularSector)
                fatSectors.append(sector);
        }
        difat = u32(m_bytes, offset + perDifat * 4);
    }
    // Past the count in the header the lists hold nothing (or, when damaged,
    // anything).
    fatSectors = fatSectors.mid(0, qsizetype(u32(m_bytes, 0x2C)));
    if (fatSectors.size() > m_sectorCount)
        return false;
    for (const quint32 sector : fatSectors) {
        if (sector >= quint32(m_sectorCount))
            return false;
        const qsizetype offset = (qsizetype(sector) + 1) * m_sectorSize;
        for (qsizetype i = 0; i < m_sectorSize / 4 && offset + i * 4 + 4 <= m_bytes.size(); ++i)
            m_fat.append(u32(m_bytes, offset + i * 4));
    }

    const quint32 miniFatStart = u32(m_bytes, 0x3C);
    if (miniFatStart < maxRegularSector) {
        const auto sectors = chain(miniFatStart, m_fat, m_sectorCount);
        if (!sectors)
            return false;
        for (const quint32 sector : *sectors) {
            const qsizetype offset = (qsizetype(sector) + 1) * m_sectorSize;
            for (qsizetype i = 0; i < m_sectorSize / 4 && offset + i * 4 + 4 <= m_bytes.size(); ++i)
                m_miniFat.append(u32(m_bytes, offset + i * 4));
        }
    }
    return true;
}

bool CompoundFile::readDirectory()
{
    const auto sectors = chain(u32(m_bytes, 0x30), m_fat, m_sectorCount);
    if (!sectors || sectors->isEmpty())
        return false;
    QByteArray d;
    for (const quint32 sector : *sectors)
        d += m_bytes.mid((qsizetype(sector) + 1) * m_sectorSize, m_sectorSize);
    for (qsizetype offset = 0; offset + 128 <= d.size(); offset += 128) {
        Entry entry;
        const qsizetype nameBytes = std::min<qsizetype>(u16(d, offset + 0x40), 64);
        entry.name = QString::fromUtf16(reinterpret_cast<const char16_t*>(d.constData() + offset),
                                        std::max<qsizetype>(nameBytes / 2 - 1, 0));
        entry.type = quint8(d.at(offset + 0x42));
        entry.left = u32(d, offset + 0x44);
        entry.right = u32(d, offset + 0x48);
        entry.child = u32(d, offset + 0x4C);
        entry.start = u32(d, offset + 0x74);
        entry.size = qFromLittleEndian<quint64>(d.constData() + offset + 0x78);
        if (m_sectorSize == 512)
            entry.size &= 0xFFFFFFFF; // version 3 files may have anything in the high half
        m_entries.append(entry);
    }
    if (m_entries.isEmpty() || m_entries.constFirst().type != 5)
        return false;
    // The mini stream holds the small streams; it is the root entry's stream.
    const Entry& root = m_entries.constFirst();
    if (root.start < maxRegularSector && root.size > 0) {
        const auto mini = readChain(root.start, root.size, false);
        if (!mini)
            return false;
        m_miniStream = *mini;
    }
    return true;
}

std::optional<QList<quint32>> CompoundFile::chain(quint32 start, const QList<quint32>& table,
                                                  qsizetype limit) const
{
    // Every sector of a chain at most once, each one in the table: a loop
    // or a number past the end is damage.
    QList<quint32> sectors;
    QSet<quint32> seen;
    for (quint32 sector = start; sector != endOfChain; sector = table.at(sector)) {
        if (sector >= quint32(table.size()) || sector >= quint32(limit) || seen.contains(sector))
            return std::nullopt;
        seen.insert(sector);
        sectors.append(sector);
    }
    return sectors;
}

std::optional<QByteArray> CompoundFile::readChain(quint32 start, quint64 size, bool mini) const
{
    if (size > maxStreamSize)
        return std::nullopt;
    const qsizetype unit = mini ? miniSectorSize : m_sectorSize;
    const auto sectors = mini ? chain(start, m_miniFat, m_miniStream.size() / miniSectorSize)
                              : chain(start, m_fat, m_sectorCount);
    if (!sectors)
        return std::nullopt;
    QByteArray data;
    data.reserve(std::min<qsizetype>(qsizetype(size), sectors->size() * unit));
    for (const quint32 sector : *sectors) {
        if (quint64(data.size()) >= size)
            break;
        const QByteArray& source = mini ? m_miniStream : m_bytes;
        const qsizetype offset = mini ? qsizetype(sector) * unit : (qsizetype(sector) + 1) * unit;
        data += source.mid(offset, unit);
    }
    if (quint64(data.size()) < size)
        return std::nullopt; // the chain ends before the stream does
    data.truncate(qsizetype(size));
    return data;
}

QList<int> CompoundFile::children(int storage) const
{
    QList<int> result;
    if (!m_valid || storage < 0 || storage >= m_entries.size())
        return result;
    QSet<quint32> seen{quint32(storage)};
    QList<quint32> pending{m_entries.at(storage).child};
    while (!pending.isEmpty()) {
        const quint32 id = pending.takeLast();
        if (id >= quint32(m_entries.size()) || seen.contains(id))
            continue; // noStream, a number past the end, or a circle
        seen.insert(id);
        result.append(int(id));
        pending.append(m_entries.at(id).left);
        pending.append(m_entries.at(id).right);
    }
    return result;
}

std::optional<QByteArray> CompoundFile::stream(int entry, qint64 maxSize) const
{
    if (!m_valid || entry <= rootEntry || entry >= m_entries.size())
        return std::nullopt;
    const Entry& e = m_entries.at(entry);
    if (e.type != 2 || e.size > quint64(maxSize))
        return std::nullopt;
    if (e.size == 0)
        return QByteArray();
    return readChain(e.start, e.size, e.size < miniStreamCutoff);
}
