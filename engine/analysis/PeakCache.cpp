#include "analysis/PeakCache.h"

#include "core/Error.h"
#include "io/AtomicFile.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace lathe {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr const char* kExtension = ".peaks";

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = kFnvOffset;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kFnvPrime;
    }
    return hash;
}

}  // namespace

PeakCache::PeakCache(std::filesystem::path folder) : m_folder(std::move(folder)) {}

std::filesystem::path PeakCache::cacheFile(const std::filesystem::path& source) const {
    std::error_code error;
    const auto absolute = std::filesystem::absolute(source, error);
    const auto size = std::filesystem::file_size(source, error);
    if (error)
        throw badInput(source.string(), "cannot be read: " + error.message());
    const auto modified = std::filesystem::last_write_time(source, error);
    if (error)
        throw badInput(source.string(), "cannot be read: " + error.message());
    std::ostringstream key;
    key << absolute.string() << '\n' << size << '\n' << modified.time_since_epoch().count();
    std::ostringstream name;
    name << std::hex << fnv1a(key.str()) << kExtension;
    return m_folder / name.str();
}

std::optional<PeakPyramid> PeakCache::load(const std::filesystem::path& source) const {
    std::ifstream in(cacheFile(source), std::ios::binary);
    if (!in)
        return std::nullopt;
    return PeakPyramid::read(in);
}

void PeakCache::store(const std::filesystem::path& source, const PeakPyramid& pyramid) const {
    try {
        std::filesystem::create_directories(m_folder);
        std::ostringstream bytes(std::ios::binary);
        pyramid.write(bytes);
        AtomicFile::write(cacheFile(source), bytes.str());
    } catch (const std::exception&) {
        // A read-only or full cache folder: the pyramid is recomputed next time.
    }
}

std::optional<PeakCache::Result> PeakCache::obtain(const std::filesystem::path& source,
                                                   std::stop_token stop) const {
    if (auto cached = load(source))
        return Result{std::move(*cached), true};
    auto computed = PeakPyramid::fromFile(source, stop);
    if (!computed)
        return std::nullopt;
    store(source, *computed);
    return Result{std::move(*computed), false};
}

}  // namespace lathe
