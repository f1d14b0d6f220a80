#include "project/JsonPath.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace lathe::jsonpath {
namespace {

constexpr std::size_t kMaxQuotedBytes = 40;

bool isPlainKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

// Cuts at a UTF-8 character boundary so the message stays valid UTF-8.
std::string_view shortened(std::string_view text) {
    if (text.size() <= kMaxQuotedBytes)
        return text;
    std::size_t end = kMaxQuotedBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

}  // namespace

std::string quoted(std::string_view text) {
    const std::string_view shown = shortened(text);
    // JSON escaping keeps control characters and quotes from garbling the message.
    std::string result = nlohmann::json(std::string(shown))
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (shown.size() < text.size())
        result.insert(result.size() - 1, "...");
    return result;
}

std::string member(const std::string& parent, std::string_view key) {
    if (!isPlainKey(key))
        return parent + "[" + quoted(key) + "]";
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string element(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

}  // namespace lathe::jsonpath
