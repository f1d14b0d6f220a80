#include "export/CdTextCrc.h"

namespace lathe {
namespace {

constexpr std::uint16_t kPolynomial = 0x1021;
constexpr std::uint16_t kTopBit = 0x8000;
constexpr int kBitsPerByte = 8;

}  // namespace

std::uint16_t cdTextCrc(std::span<const std::uint8_t> bytes) {
    std::uint16_t crc = 0;
    for (std::uint8_t byte : bytes) {
        crc = static_cast<std::uint16_t>(crc ^ (byte << kBitsPerByte));
        for (int bit = 0; bit < kBitsPerByte; ++bit)
            crc = static_cast<std::uint16_t>((crc & kTopBit) ? (crc << 1) ^ kPolynomial : crc << 1);
    }
    return static_cast<std::uint16_t>(~crc);
}

}  // namespace lathe
