#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace lathe {

// MD5 (RFC 1321) of files the release export writes, for report.json and checksum
// lists. Not for security: it is the checksum format plants and DDP tools exchange.
class Md5 {
public:
    Md5();
    void update(const void* data, std::size_t size);
    // The digest as 32 lowercase hex digits; the object is spent afterwards.
    std::string hexDigest();

    static std::string ofBytes(std::string_view bytes);
    // Throws a BadInput Error naming the file when it cannot be read.
    static std::string ofFile(const std::filesystem::path& file);

private:
    void transform(const std::uint8_t* block);

    std::array<std::uint32_t, 4> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::uint64_t m_length = 0;  // bytes so far
};

}  // namespace lathe
