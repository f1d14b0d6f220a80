#pragma once

#include "project/JsonDocument.h"

#include <set>
#include <string>
#include <string_view>

namespace lathe {

// One JSON object being read: hands out its members by key, remembering which keys
// were asked for, so every key nobody asked for can be reported as unknown.
class JsonObjectReader {
public:
    // A value that is not an object adds "expected an object" and reads as empty.
    JsonObjectReader(const Json& value, std::string path, std::vector<ProjectProblem>& problems);

    bool isObject() const noexcept { return m_object != nullptr; }
    const std::string& path() const noexcept { return m_path; }
    std::string pathOf(std::string_view key) const;

    // The member, or nullptr when it is missing; either way the key is known.
    const Json* take(std::string_view key);
    bool has(std::string_view key) const;

    // "unknown key" for every member no take() asked for.
    void reportUnknownKeys();

private:
    const Json* m_object = nullptr;
    std::string m_path;
    std::vector<ProjectProblem>& m_problems;
    std::set<std::string, std::less<>> m_known;
};

}  // namespace lathe
