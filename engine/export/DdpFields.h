#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// How the DDP reader reads the fields of DDPID, DDPMS and the PQ descriptor, whatever
// the writer: numbers right-aligned and padded with spaces or zeros, texts left-aligned
// and padded with spaces, a field not set all spaces (cd-ddp.md section 1).
namespace lathe::ddpfields {

// The field at [offset, offset + length) of a record that is long enough.
std::string_view at(std::string_view record, std::size_t offset, std::size_t length);

bool isBlank(std::string_view field);

// A decimal number padded with spaces or zeros on the left; nullopt when blank or not
// a number (trailing spaces are tolerated too).
std::optional<std::int64_t> number(std::string_view field);

// The text without its trailing padding.
std::string text(std::string_view field);

// Field text for messages: quoted, control bytes shown as '?'.
std::string shown(std::string_view field);

}  // namespace lathe::ddpfields
