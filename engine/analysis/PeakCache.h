#pragma once

#include "analysis/PeakPyramid.h"

#include <filesystem>
#include <optional>
#include <stop_token>

namespace lathe {

// Peak pyramids on disk, one file per source version: the name is a hash of the
// source's absolute path, size and modification time, so an edited mix is summarised
// again while an unchanged album opens from the cache.
class PeakCache {
public:
    explicit PeakCache(std::filesystem::path folder);

    const std::filesystem::path& folder() const noexcept { return m_folder; }
    // Where the pyramid of the source's current version lives. Throws BadInput when
    // the source cannot be examined.
    std::filesystem::path cacheFile(const std::filesystem::path& source) const;

    // The cached pyramid, or nullopt when there is none or it is unreadable.
    std::optional<PeakPyramid> load(const std::filesystem::path& source) const;
    // Writes atomically; a cache that cannot be written only costs time later, so
    // failures are swallowed.
    void store(const std::filesystem::path& source, const PeakPyramid& pyramid) const;

    struct Result {
        PeakPyramid pyramid;
        bool fromCache = false;
    };
    // The cached pyramid or, failing that, a freshly computed and stored one; nullopt
    // when `stop` was requested. Throws BadInput when the source cannot be read.
    std::optional<Result> obtain(const std::filesystem::path& source, std::stop_token stop = {}) const;

private:
    std::filesystem::path m_folder;
};

}  // namespace lathe
