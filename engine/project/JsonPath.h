#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// JSON paths as problems name them: `tracks[3].fade_in.curve`. A key that is not a
// plain identifier (an unknown key from a hostile file) is quoted: `album["a b"]`.
namespace lathe::jsonpath {

std::string member(const std::string& parent, std::string_view key);
std::string element(const std::string& parent, std::size_t index);

// A value from the file, quoted and shortened, for messages ("unknown type \"eqq\"").
std::string quoted(std::string_view text);

}  // namespace lathe::jsonpath
