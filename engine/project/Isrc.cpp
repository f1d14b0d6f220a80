#include "project/Isrc.h"

namespace lathe::isrc {
namespace {

constexpr std::size_t kCountryEnd = 2;
constexpr std::size_t kRegistrantEnd = 5;
constexpr std::size_t kYearEnd = 7;

bool isUpperLetter(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allOf(std::string_view text, bool (*predicate)(char)) {
    for (const char c : text)
        if (!predicate(c))
            return false;
    return true;
}

}  // namespace

std::string normalize(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    for (const char c : text) {
        if (c == '-')
            continue;
        result += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return result;
}

std::optional<std::string> problem(std::string_view isrc) {
    if (isrc.size() != kLength)
        return "expected 12 characters CCXXXYYNNNNN, got " + std::to_string(isrc.size());
    if (!allOf(isrc.substr(0, kCountryEnd), isUpperLetter))
        return std::string("the country code (characters 1-2) must be letters");
    const auto registrant = isrc.substr(kCountryEnd, kRegistrantEnd - kCountryEnd);
    if (!allOf(registrant, [](char c) { return isUpperLetter(c) || isDigit(c); }))
        return std::string("the registrant code (characters 3-5) must be letters or digits");
    if (!allOf(isrc.substr(kRegistrantEnd, kYearEnd - kRegistrantEnd), isDigit))
        return std::string("the year (characters 6-7) must be digits");
    if (!allOf(isrc.substr(kYearEnd), isDigit))
        return std::string("the designation code (characters 8-12) must be digits");
    return std::nullopt;
}

}  // namespace lathe::isrc
