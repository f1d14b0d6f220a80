#pragma once

#include <cstdint>
#include <span>

namespace lathe {

// The check word of a CD-Text pack (MMC-3 Annex J, cd-ddp.md section 7): CRC-16/CCITT,
// polynomial x^16 + x^12 + x^5 + 1, initial value 0, over the pack's first 16 bytes,
// with all bits inverted. Stored high byte first in bytes 16 and 17.
std::uint16_t cdTextCrc(std::span<const std::uint8_t> bytes);

}  // namespace lathe
