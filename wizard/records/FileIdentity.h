#pragma once

#include <QString>

// Which file a path names right now (device and inode, or on Windows volume
// and file index): a window notices that another one replaced the record's
// database by a new file, and moves to it instead of writing into the old one.
struct FileIdentity
{
    quint64 device = 0;
    quint64 file = 0;
    bool valid = false;

    static FileIdentity of(const QString& path);
    bool operator==(const FileIdentity& other) const
    {
        return valid == other.valid && device == other.device && file == other.file;
    }
    bool operator!=(const FileIdentity& other) const { return !(*this == other); }
};
