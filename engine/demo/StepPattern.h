#pragma once

#include <string>
#include <vector>

namespace lathe::demo {

inline constexpr int kStepsPerBar = 16;

// A note or hit in a one-bar step pattern (see DemoSongs.h for the notation).
struct StepEvent {
    int step = 0;
    int lengthSteps = 1;  // the step itself plus the '-' holds after it
    char symbol = 'x';
};

std::vector<StepEvent> parseStepPattern(const std::string& pattern);

// What an ending bar plays instead of the pattern: the first symbol the pattern
// uses, once on the downbeat, held for the whole bar.
std::vector<StepEvent> endingEvents(const std::string& pattern);

}  // namespace lathe::demo
