#include "export/DdpFields.h"

#include <limits>

namespace lathe::ddpfields {

std::string_view at(std::string_view record, std::size_t offset, std::size_t length) {
    if (offset >= record.size())
        return {};
    return record.substr(offset, length);
}

bool isBlank(std::string_view field) {
    return field.find_first_not_of(' ') == std::string_view::npos;
}

std::optional<std::int64_t> number(std::string_view field) {
    const std::size_t first = field.find_first_not_of(' ');
    const std::size_t last = field.find_last_not_of(' ');
    if (first == std::string_view::npos)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : field.substr(first, last - first + 1)) {
        if (c < '0' || c > '9' || value > std::numeric_limits<std::int64_t>::max() / 10 - 9)
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string text(std::string_view field) {
    const std::size_t last = field.find_last_not_of(' ');
    return last == std::string_view::npos ? std::string() : std::string(field.substr(0, last + 1));
}

std::string shown(std::string_view field) {
    std::string out = "\"";
    for (char c : field)
        out += (c >= 0x20 && c < 0x7F) ? c : '?';
    return out + "\"";
}

}  // namespace lathe::ddpfields
