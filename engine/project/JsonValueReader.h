#pragma once

#include "project/JsonDocument.h"
#include "project/JsonPath.h"
#include "project/ProjectEnumNames.h"
#include "project/ProjectError.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lathe {

// Converts JSON values into the project's field types. A value of the wrong type
// adds a problem at its path and leaves the field at its default.
class JsonValueReader {
public:
    // Relative source paths are resolved against `projectDir`.
    JsonValueReader(std::vector<ProjectProblem>& problems, std::filesystem::path projectDir);

    void read(const Json& value, const std::string& path, double& out);
    void read(const Json& value, const std::string& path, int& out);
    void read(const Json& value, const std::string& path, bool& out);
    void read(const Json& value, const std::string& path, std::string& out);
    void read(const Json& value, const std::string& path, std::filesystem::path& out);
    void read(const Json& value, const std::string& path, std::vector<double>& out);

    template <class T>
    void read(const Json& value, const std::string& path, std::optional<T>& out) {
        if (value.is_null()) {
            out.reset();
            return;
        }
        T present{};
        if (readChecked(value, path, present))
            out = present;
    }

    template <NamedEnum Enum>
    void read(const Json& value, const std::string& path, Enum& out) {
        if (!value.is_string()) {
            problem(path, "expected a string, one of " + enumChoices<Enum>());
            return;
        }
        const auto& name = value.get_ref<const std::string&>();
        if (const auto parsed = enumFromName<Enum>(name))
            out = *parsed;
        else
            problem(path, "unknown value " + jsonpath::quoted(name) + ", expected one of " +
                              enumChoices<Enum>());
    }

    void problem(const std::string& path, std::string message);
    std::vector<ProjectProblem>& problems() { return m_problems; }

    // The most items a list may hold: far above any album, far below a memory hog.
    static constexpr std::size_t kMaxListItems = 1000;
    // Reports a list longer than kMaxListItems; false when it is not a list at all.
    bool checkList(const Json& value, const std::string& path, const char* expected);

private:
    template <class T>
    bool readChecked(const Json& value, const std::string& path, T& out) {
        const std::size_t before = m_problems.size();
        read(value, path, out);
        return m_problems.size() == before;
    }

    std::vector<ProjectProblem>& m_problems;
    std::filesystem::path m_projectDir;
};

}  // namespace lathe
