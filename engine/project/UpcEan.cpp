#include "project/UpcEan.h"

#include <algorithm>

namespace lathe::upcean {
namespace {

constexpr std::size_t kUpcALength = 12;
constexpr std::size_t kEan13Length = 13;
constexpr int kOddWeight = 3;
constexpr int kBase = 10;

int digitValue(char c) { return c - '0'; }

}  // namespace

int checkDigit(std::string_view digitsWithoutCheck) {
    int sum = 0;
    int weight = kOddWeight;
    for (auto it = digitsWithoutCheck.rbegin(); it != digitsWithoutCheck.rend(); ++it) {
        sum += weight * digitValue(*it);
        weight = weight == kOddWeight ? 1 : kOddWeight;
    }
    return (kBase - sum % kBase) % kBase;
}

std::optional<std::string> problem(std::string_view code) {
    if (code.size() != kUpcALength && code.size() != kEan13Length)
        return "expected 12 (UPC-A) or 13 (EAN-13) digits, got " +
               std::to_string(code.size()) + " characters";
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::string("expected digits only");
    const int expected = checkDigit(code.substr(0, code.size() - 1));
    if (digitValue(code.back()) != expected)
        return "wrong check digit " + std::string(1, code.back()) + " (expected " +
               std::to_string(expected) + ")";
    return std::nullopt;
}

}  // namespace lathe::upcean
