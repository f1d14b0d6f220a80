#include "demo/StepPattern.h"

namespace lathe::demo {
namespace {
constexpr char kHold = '-';
constexpr char kRest = '.';
}  // namespace

std::vector<StepEvent> parseStepPattern(const std::string& pattern) {
    std::vector<StepEvent> events;
    for (int step = 0; step < static_cast<int>(pattern.size()); ++step) {
        const char symbol = pattern[static_cast<std::size_t>(step)];
        if (symbol == kHold && !events.empty())
            ++events.back().lengthSteps;
        else if (symbol != kRest && symbol != kHold)
            events.push_back({step, 1, symbol});
    }
    return events;
}

std::vector<StepEvent> endingEvents(const std::string& pattern) {
    const auto events = parseStepPattern(pattern);
    if (events.empty())
        return {};
    return {{0, kStepsPerBar, events.front().symbol}};
}

}  // namespace lathe::demo
