#pragma once

#include <QString>

// Which file a path names right now (device and inode, or on Windows volume
// and file id): a window notices that another one replaced the record's
// database by a new file, and moves to it instead of writing into the old one.
// Per platform: FileIdentity_posix.cpp, FileIdentity_win.cpp.
struct FileIdentity
{
    quint64 device = 0;
    quint64 file = 0;
    quint64 fileHigh = 0; // Windows: the upper half of a 128-bit file id
    bool valid = false;

    static FileIdentity of(const QString& path);
    bool operator==(const FileIdentity& other) const
    {
        return valid == other.valid && device == other.device && file == other.file &&
               fileHigh == other.fileHigh;
    }
    bool operator!=(const FileIdentity& other) const { return !(*this == other); }
};
