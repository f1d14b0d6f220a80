#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace lathe {

// MD5 (RFC 1321) as release masters are checked with: `checksum.md5` beside a DDP
// image, the checksums in report.json. Not for security. Feed bytes in any pieces,
// then take the digest once.
class Md5 {
public:
    static constexpr std::size_t kDigestBytes = 16;
    using Digest = std::array<std::uint8_t, kDigestBytes>;

    Md5();
    ~Md5();
    Md5(const Md5&) = delete;
    Md5& operator=(const Md5&) = delete;

    void update(std::span<const std::uint8_t> bytes);
    void update(std::string_view bytes);
    // The digest of everything fed so far; the object cannot be fed afterwards.
    Digest finish();

    // 32 lowercase hex digits.
    static std::string hex(const Digest& digest);
    static std::string hexOf(std::string_view bytes);
    // Reads the file in blocks; a file that cannot be read is a BadInput error.
    static std::string hexOfFile(const std::filesystem::path& path);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    bool m_finished = false;
};

}  // namespace lathe
