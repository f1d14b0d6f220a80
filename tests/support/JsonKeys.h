#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lathe::test {

// An object's keys in document order: the CLI's JSON contracts fix names and order.
inline std::vector<std::string> keysOf(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

}  // namespace lathe::test
