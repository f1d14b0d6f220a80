#include "project/JsonValueReader.h"

#include <cmath>
#include <limits>

namespace lathe {

JsonValueReader::JsonValueReader(std::vector<ProjectProblem>& problems,
                                 std::filesystem::path projectDir)
    : m_problems(problems), m_projectDir(std::move(projectDir)) {}

void JsonValueReader::problem(const std::string& path, std::string message) {
    m_problems.push_back({path, std::move(message)});
}

void JsonValueReader::read(const Json& value, const std::string& path, double& out) {
    if (!value.is_number()) {
        problem(path, "expected a number");
        return;
    }
    const double number = value.get<double>();
    // JSON has no infinity, but 1e999 parses as one.
    if (!std::isfinite(number)) {
        problem(path, "expected a finite number");
        return;
    }
    out = number;
}

void JsonValueReader::read(const Json& value, const std::string& path, int& out) {
    constexpr double kMin = std::numeric_limits<int>::min();
    constexpr double kMax = std::numeric_limits<int>::max();
    // 44100.0 is an integer too; the range check comes first so the cast is defined.
    const bool isInteger = value.is_number() && std::isfinite(value.get<double>()) &&
                           value.get<double>() >= kMin && value.get<double>() <= kMax &&
                           std::trunc(value.get<double>()) == value.get<double>();
    if (!isInteger) {
        problem(path, "expected an integer");
        return;
    }
    out = value.is_number_float() ? static_cast<int>(value.get<double>()) : value.get<int>();
}

void JsonValueReader::read(const Json& value, const std::string& path, bool& out) {
    if (!value.is_boolean()) {
        problem(path, "expected true or false");
        return;
    }
    out = value.get<bool>();
}

void JsonValueReader::read(const Json& value, const std::string& path, std::string& out) {
    if (!value.is_string()) {
        problem(path, "expected a string");
        return;
    }
    out = value.get<std::string>();
}

void JsonValueReader::read(const Json& value, const std::string& path,
                           std::filesystem::path& out) {
    std::string text;
    if (!readChecked(value, path, text))
        return;
    const std::filesystem::path stored(text);
    out = stored.empty() || stored.is_absolute() || m_projectDir.empty()
              ? stored
              : (m_projectDir / stored).lexically_normal();
}

void JsonValueReader::read(const Json& value, const std::string& path, std::vector<double>& out) {
    if (!checkList(value, path, "expected a list of numbers"))
        return;
    std::vector<double> numbers;
    for (std::size_t i = 0; i < std::min(value.size(), kMaxListItems); ++i) {
        double number = 0.0;
        if (readChecked(value[i], jsonpath::element(path, i), number))
            numbers.push_back(number);
    }
    out = std::move(numbers);
}

bool JsonValueReader::checkList(const Json& value, const std::string& path, const char* expected) {
    if (!value.is_array()) {
        problem(path, expected);
        return false;
    }
    if (value.size() > kMaxListItems)
        problem(path, "has " + std::to_string(value.size()) + " items, more than the " +
                          std::to_string(kMaxListItems) + " a project can hold");
    return true;
}

}  // namespace lathe
