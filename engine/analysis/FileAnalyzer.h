#pragma once

#include "analysis/FileReport.h"
#include "analysis/LoudnessMeter.h"

#include <cstddef>
#include <filesystem>

namespace lathe {

// Measures one audio file: loudness, true and sample peaks, DC offset, phase
// correlation, clipping. The file streams through in blocks, so memory is fixed
// whatever its length, and two threads share the work: a worker measures the
// loudness while the caller reads, interpolates the true peak and gathers the
// sample statistics of the same blocks, handed over through a bounded queue.
class FileAnalyzer {
public:
    static constexpr std::size_t kDefaultBlockFrames = 8192;

    struct Result {
        FileReport report;
        LoudnessMeter loudness;  // kept for measuring files together (an album)
    };

    explicit FileAnalyzer(std::size_t blockFrames = kDefaultBlockFrames);

    // Throws a BadInput Error naming the file when it cannot be read or decoded.
    Result analyze(const std::filesystem::path& path) const;

private:
    std::size_t m_blockFrames;
};

}  // namespace lathe
