#include "analysis/LoudnessMeter.h"

#include "analysis/LoudnessUnits.h"
#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <ebur128.h>
#include <numeric>
#include <string>

namespace lathe {
namespace {

// No EBUR128_MODE_S / _LRA: the short-term values and the range are computed here
// from 100 ms block energies, which also spares libebur128's 3 s re-summing.
constexpr int kMode = EBUR128_MODE_I | EBUR128_MODE_M | EBUR128_MODE_HISTOGRAM;
constexpr unsigned long kBlockMilliseconds = 100;
constexpr unsigned long kMillisecondsPerSecond = 1000;

std::optional<double> energyToLoudness(double energy) {
    return energy > 0.0 ? std::optional<double>(loudnessOfEnergy(energy)) : std::nullopt;
}

std::optional<double> definedLoudness(double lufs) {
    return std::isfinite(lufs) ? std::optional<double>(lufs) : std::nullopt;
}

void check(int result, const char* what) {
    if (result != EBUR128_SUCCESS)
        throw Error(ErrorKind::Internal, "libebur128", std::string(what) + " failed (" +
                                                          std::to_string(result) + ")");
}

}  // namespace

struct LoudnessMeter::State {
    ebur128_state* meter = nullptr;
    ~State() {
        if (meter)
            ebur128_destroy(&meter);
    }
};

LoudnessMeter::LoudnessMeter(std::size_t channels, int sampleRate)
    : m_state(std::make_unique<State>()),
      // The same rounding as libebur128's window arithmetic, so a block is exactly
      // the interval ebur128_loudness_window() measures.
      m_framesPerBlock(static_cast<std::size_t>(sampleRate) * kBlockMilliseconds / kMillisecondsPerSecond),
      m_channels(channels) {
    if (m_framesPerBlock == 0)
        throw Error(ErrorKind::Internal, "libebur128",
                    "sample rate " + std::to_string(sampleRate) + " Hz is too low to measure loudness");
    m_state->meter = ebur128_init(static_cast<unsigned>(channels),
                                  static_cast<unsigned long>(sampleRate), kMode);
    if (!m_state->meter)
        throw Error(ErrorKind::Internal, "libebur128", "cannot measure " +
                                                           std::to_string(channels) + " channels at " +
                                                           std::to_string(sampleRate) + " Hz");
}

LoudnessMeter::~LoudnessMeter() = default;
LoudnessMeter::LoudnessMeter(LoudnessMeter&&) noexcept = default;
LoudnessMeter& LoudnessMeter::operator=(LoudnessMeter&&) noexcept = default;

void LoudnessMeter::processInterleaved(const float* samples, std::size_t frameCount) {
    // Fed in pieces that end on the 100 ms grid, so each block's energy can be read.
    while (frameCount > 0) {
        const std::size_t take = std::min(frameCount, m_framesPerBlock - m_framesInBlock);
        check(ebur128_add_frames_float(m_state->meter, samples, take), "ebur128_add_frames_float");
        samples += take * m_channels;
        frameCount -= take;
        m_framesInBlock += take;
        if (m_framesInBlock == m_framesPerBlock)
            completeBlock();
    }
}

void LoudnessMeter::completeBlock() {
    m_framesInBlock = 0;
    double lufs = 0.0;
    check(ebur128_loudness_window(m_state->meter, kBlockMilliseconds, &lufs), "ebur128_loudness_window");
    m_blockEnergies[m_nextBlock] = std::isfinite(lufs) ? energyOfLoudness(lufs) : 0.0;
    m_nextBlock = (m_nextBlock + 1) % kBlocksPerShortTerm;

    // The latest kBlocksPerMomentary blocks end just before m_nextBlock in the ring.
    double momentary = 0.0;
    for (std::size_t i = 1; i <= kBlocksPerMomentary; ++i)
        momentary += m_blockEnergies[(m_nextBlock + kBlocksPerShortTerm - i) % kBlocksPerShortTerm];
    const double shortTerm =
        std::accumulate(m_blockEnergies.begin(), m_blockEnergies.end(), 0.0) / kBlocksPerShortTerm;
    m_momentaryMaxEnergy = std::max(m_momentaryMaxEnergy, momentary / kBlocksPerMomentary);
    m_shortTermMaxEnergy = std::max(m_shortTermMaxEnergy, shortTerm);
    // The range takes whole windows only, as Tech 3342 and ffmpeg do.
    if (++m_blocks >= kBlocksPerShortTerm)
        m_range.add(shortTerm);
}

std::optional<double> LoudnessMeter::integratedLufs() const {
    return integratedLufs({this});
}

std::optional<double> LoudnessMeter::loudnessRangeLu() const {
    return loudnessRangeLu({this});
}

std::optional<double> LoudnessMeter::momentaryMaxLufs() const {
    return energyToLoudness(m_momentaryMaxEnergy);
}

std::optional<double> LoudnessMeter::shortTermLufs() const {
    return energyToLoudness(std::accumulate(m_blockEnergies.begin(), m_blockEnergies.end(), 0.0) /
                            kBlocksPerShortTerm);
}

std::optional<double> LoudnessMeter::shortTermMaxLufs() const {
    return energyToLoudness(m_shortTermMaxEnergy);
}

std::optional<double> LoudnessMeter::integratedLufs(const std::vector<const LoudnessMeter*>& meters) {
    // libebur128 gates the blocks of all states together.
    std::vector<ebur128_state*> states;
    for (const LoudnessMeter* meter : meters)
        states.push_back(meter->m_state->meter);
    double lufs = 0.0;
    check(ebur128_loudness_global_multiple(states.data(), states.size(), &lufs),
          "ebur128_loudness_global_multiple");
    return definedLoudness(lufs);
}

std::optional<double> LoudnessMeter::loudnessRangeLu(const std::vector<const LoudnessMeter*>& meters) {
    // A range needs loudness: silence has none. Programmes shorter than one
    // short-term window have no spread: 0 LU, as ffmpeg and libebur128 report.
    if (!integratedLufs(meters))
        return std::nullopt;
    LoudnessRange together;
    for (const LoudnessMeter* meter : meters)
        together.merge(meter->m_range);
    return together.rangeLu().value_or(0.0);
}

}  // namespace lathe
