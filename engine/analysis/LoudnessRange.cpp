#include "analysis/LoudnessRange.h"

#include "analysis/LoudnessUnits.h"

#include <algorithm>
#include <cmath>

namespace lathe {
namespace {

constexpr double kAbsoluteGateLufs = -70.0;
constexpr double kTopLufs = 20.0;  // louder short-term values share the top bin
constexpr double kBinsPerLu = 100.0;
constexpr auto kBinCount = static_cast<std::size_t>((kTopLufs - kAbsoluteGateLufs) * kBinsPerLu);
constexpr double kRelativeGateLu = -20.0;
constexpr double kLowerPercentile = 0.10;
constexpr double kUpperPercentile = 0.95;

double binLoudness(std::size_t bin) {
    return kAbsoluteGateLufs + (static_cast<double>(bin) + 0.5) / kBinsPerLu;
}

}  // namespace

LoudnessRange::LoudnessRange() : m_counts(kBinCount, 0) {}

void LoudnessRange::add(double shortTermEnergy) {
    if (shortTermEnergy <= 0.0)
        return;
    const double lufs = loudnessOfEnergy(shortTermEnergy);
    if (lufs < kAbsoluteGateLufs)
        return;
    const auto bin = static_cast<std::size_t>((lufs - kAbsoluteGateLufs) * kBinsPerLu);
    ++m_counts[std::min(bin, kBinCount - 1)];
}

void LoudnessRange::merge(const LoudnessRange& other) {
    for (std::size_t i = 0; i < kBinCount; ++i)
        m_counts[i] += other.m_counts[i];
}

std::size_t LoudnessRange::binAtRank(std::uint64_t rank, std::size_t firstBin) const {
    std::uint64_t seen = 0;
    for (std::size_t i = firstBin; i < kBinCount; ++i) {
        seen += m_counts[i];
        if (seen >= rank)
            return i;
    }
    return kBinCount - 1;
}

std::optional<double> LoudnessRange::rangeLu() const {
    std::uint64_t count = 0;
    double energySum = 0.0;
    for (std::size_t i = 0; i < kBinCount; ++i) {
        count += m_counts[i];
        energySum += m_counts[i] * energyOfLoudness(binLoudness(i));
    }
    if (count == 0)
        return std::nullopt;

    const double gateLufs = loudnessOfEnergy(energySum / static_cast<double>(count)) + kRelativeGateLu;
    const auto firstBin = static_cast<std::size_t>(
        std::clamp(std::ceil((gateLufs - kAbsoluteGateLufs) * kBinsPerLu - 0.5), 0.0, double(kBinCount - 1)));
    std::uint64_t gated = 0;
    for (std::size_t i = firstBin; i < kBinCount; ++i)
        gated += m_counts[i];

    const auto rankOf = [gated](double percentile) {
        return std::clamp<std::uint64_t>(std::llround(percentile * static_cast<double>(gated)), 1, gated);
    };
    const std::size_t low = binAtRank(rankOf(kLowerPercentile), firstBin);
    const std::size_t high = binAtRank(rankOf(kUpperPercentile), firstBin);
    return binLoudness(high) - binLoudness(low);
}

}  // namespace lathe
