#pragma once

#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// The rules a single value of the project must keep, declared next to its key in
// ProjectSchema.h and checked by the ProjectValidator. Each check returns why the
// value breaks the rule, or nullopt when it keeps it.
namespace lathe::rules {

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// Any value of the field's type.
struct Free {};

// min..max; an exclusive bound is left out of the range.
struct Range {
    double min = -kUnbounded;
    double max = kUnbounded;
    bool minExclusive = false;
    bool maxExclusive = false;
};

// One of a fixed list (bit depths, MP3 bitrates).
struct OneOf {
    std::span<const int> values;
};

// An audio frequency the album's sample rate can carry: above 0 and below Nyquist.
// With zeroMeansOff, 0 switches the feature off and is allowed too.
struct AudioFrequency {
    bool zeroMeansOff = false;
};

struct Isrc {};
struct UpcEan {};
struct IsoDate {};  // YYYY-MM-DD, or empty

// What the rules need to know beyond the value itself.
struct RuleContext {
    double sampleRate = 0.0;
};

std::optional<std::string> check(double value, const Free&, const RuleContext&);
std::optional<std::string> check(double value, const Range& rule, const RuleContext&);
std::optional<std::string> check(double value, const OneOf& rule, const RuleContext&);
std::optional<std::string> check(double value, const AudioFrequency& rule, const RuleContext& context);
std::optional<std::string> check(std::string_view value, const Free&, const RuleContext&);
std::optional<std::string> check(std::string_view value, const Isrc&, const RuleContext&);
std::optional<std::string> check(std::string_view value, const UpcEan&, const RuleContext&);
std::optional<std::string> check(std::string_view value, const IsoDate&, const RuleContext&);

// "0.5", "-48", "22050": numbers as a person writes them.
std::string formatNumber(double value);

}  // namespace lathe::rules
