#pragma once

#include <optional>
#include <string>
#include <string_view>

// International Standard Recording Code, `CCXXXYYNNNNN`: country (2 letters), registrant
// (3 letters or digits), year (2 digits), designation (5 digits).
namespace lathe::isrc {

constexpr std::size_t kLength = 12;

// What people type ("us-xyz-26-00001") in the stored form ("USXYZ2600001"): hyphens
// removed, letters upper-cased. Anything else is left for validation to reject.
std::string normalize(std::string_view text);

// Why a normalized ISRC is invalid, or nullopt when it is valid.
std::optional<std::string> problem(std::string_view isrc);

}  // namespace lathe::isrc
