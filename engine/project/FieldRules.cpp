#include "project/FieldRules.h"

#include "project/Isrc.h"
#include "project/UpcEan.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace lathe::rules {
namespace {

constexpr double kNyquistDivisor = 2.0;

std::string lowerBoundText(const Range& rule) {
    return (rule.minExclusive ? "greater than " : "at least ") + formatNumber(rule.min);
}

std::string upperBoundText(const Range& rule) {
    return (rule.maxExclusive ? "less than " : "at most ") + formatNumber(rule.max);
}

std::string rangeText(const Range& rule) {
    const bool hasMin = std::isfinite(rule.min);
    const bool hasMax = std::isfinite(rule.max);
    if (hasMin && hasMax && !rule.minExclusive && !rule.maxExclusive)
        return "must be between " + formatNumber(rule.min) + " and " + formatNumber(rule.max);
    if (hasMin && hasMax)
        return "must be " + lowerBoundText(rule) + " and " + upperBoundText(rule);
    return "must be " + (hasMin ? lowerBoundText(rule) : upperBoundText(rule));
}

bool inRange(double value, const Range& rule) {
    const bool aboveMin = rule.minExclusive ? value > rule.min : value >= rule.min;
    const bool belowMax = rule.maxExclusive ? value < rule.max : value <= rule.max;
    return aboveMin && belowMax;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int number(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

}  // namespace

std::string formatNumber(double value) {
    std::array<char, 32> text{};
    const auto result = std::to_chars(text.data(), text.data() + text.size(), value);
    return std::string(text.data(), result.ptr);
}

std::optional<std::string> check(double, const Free&, const RuleContext&) { return std::nullopt; }

std::optional<std::string> check(double value, const Range& rule, const RuleContext&) {
    if (inRange(value, rule))
        return std::nullopt;
    return rangeText(rule);
}

std::optional<std::string> check(double value, const OneOf& rule, const RuleContext&) {
    if (std::any_of(rule.values.begin(), rule.values.end(),
                    [value](int allowed) { return value == allowed; }))
        return std::nullopt;
    std::string text = "must be one of ";
    for (std::size_t i = 0; i < rule.values.size(); ++i)
        text += (i > 0 ? ", " : "") + std::to_string(rule.values[i]);
    return text;
}

std::optional<std::string> check(double value, const AudioFrequency& rule,
                                 const RuleContext& context) {
    const double nyquist = context.sampleRate / kNyquistDivisor;
    if ((value > 0.0 && value < nyquist) || (rule.zeroMeansOff && value == 0.0))
        return std::nullopt;
    return std::string("must be ") + (rule.zeroMeansOff ? "0 (off) or " : "") +
           "above 0 and below " + formatNumber(nyquist) +
           " Hz (half of album.sample_rate)";
}

std::optional<std::string> check(std::string_view, const Free&, const RuleContext&) {
    return std::nullopt;
}

std::optional<std::string> check(std::string_view value, const Isrc&, const RuleContext&) {
    return value.empty() ? std::nullopt : isrc::problem(value);
}

std::optional<std::string> check(std::string_view value, const UpcEan&, const RuleContext&) {
    return value.empty() ? std::nullopt : upcean::problem(value);
}

std::optional<std::string> check(std::string_view value, const IsoDate&, const RuleContext&) {
    constexpr std::size_t kDateLength = 10;
    constexpr std::size_t kFirstDash = 4;
    constexpr std::size_t kSecondDash = 7;
    constexpr int kMonths = 12;
    constexpr int kMaxDay = 31;
    if (value.empty())
        return std::nullopt;
    const auto isDatePattern = [&] {
        for (std::size_t i = 0; i < value.size(); ++i) {
            const bool dash = i == kFirstDash || i == kSecondDash;
            if (dash ? value[i] != '-' : !isDigit(value[i]))
                return false;
        }
        return true;
    };
    if (value.size() != kDateLength || !isDatePattern())
        return std::string("expected a date YYYY-MM-DD");
    const int month = number(value.substr(kFirstDash + 1, 2));
    const int day = number(value.substr(kSecondDash + 1, 2));
    if (month < 1 || month > kMonths || day < 1 || day > kMaxDay)
        return std::string("expected a date YYYY-MM-DD with month 01-12 and day 01-31");
    return std::nullopt;
}

}  // namespace lathe::rules
