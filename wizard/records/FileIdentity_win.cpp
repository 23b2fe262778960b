#include "FileIdentity.h"

#include "WindowsFiles.h"

FileIdentity FileIdentity::of(const QString& path)
{
    // The volume and the file's id (128 bits where the drive has them, as
    // ReFS does; NTFS's 64-bit index is the lower half), through links.
    const WindowsFiles::Identity identity = WindowsFiles::identityOf(path);
    FileIdentity result;
    if (identity.valid)
        result = {identity.volume, identity.low, identity.high, true};
    return result;
}
