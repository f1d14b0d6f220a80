#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <vector>

// Shared by the fuzz targets and the seed writer: how one fuzz input becomes several
// files, and a private scratch folder (TMPDIR, so /dev/shm can make it fast).
namespace lathe::fuzz {

// Marks the boundary between the files packed into one input. Rare in real files, and
// libFuzzer learns it from the comparisons in splitParts.
inline constexpr std::string_view kPartSeparator = "\n--lathe-fuzz-part--\n";

inline std::vector<std::string> splitParts(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (true) {
        const std::size_t end = input.find(kPartSeparator, begin);
        if (end == std::string_view::npos) {
            parts.emplace_back(input.substr(begin));
            return parts;
        }
        parts.emplace_back(input.substr(begin, end - begin));
        begin = end + kPartSeparator.size();
    }
}

inline std::string joinParts(const std::vector<std::string>& parts) {
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined += kPartSeparator;
        joined += parts[i];
    }
    return joined;
}

inline void writeBytes(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One folder per fuzzing process, removed when it exits.
class ScratchFolder {
public:
    ScratchFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "lathe-fuzz-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            std::abort();
        m_path = pattern;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline const ScratchFolder& scratch() {
    static const ScratchFolder folder;
    return folder;
}

}  // namespace lathe::fuzz
