#pragma once

#include <algorithm>
#include <utility>

#include "FileAccess.h"

// How FileAccess_posix.cpp and FileAccess_win.cpp read a regular file.
namespace ChunkedRead {

// Read in pieces, so that a cancel is seen within one of them.
constexpr qint64 chunkSize = 1024 * 1024;

// One byte more than allowed is read: a file that grows while it is read is
// caught too. readChunk gives the bytes read (0 at the end) or -1 and why.
template <typename ReadChunk>
FileAccess::ReadResult readInChunks(ReadChunk readChunk, qint64 maxSize, const CancelFlag* cancel)
{
    FileAccess::ReadResult result;
    while (result.data.size() <= maxSize) {
        if (isCancelled(cancel))
            return {{}, {}, false, true};
        const qsizetype before = result.data.size();
        result.data.resize(before + std::min(chunkSize, maxSize + 1 - before));
        const auto [got, error] =
            readChunk(result.data.data() + before, result.data.size() - before);
        if (got < 0)
            return {{}, error};
        result.data.resize(before + got);
        if (got == 0)
            break;
    }
    if (result.data.size() > maxSize)
        return {{}, {}, true};
    return result;
}

} // namespace ChunkedRead
