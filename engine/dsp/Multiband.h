#pragma once

#include "dsp/Compressor.h"
#include "dsp/LinearPhaseCrossover.h"
#include "dsp/LinkwitzRileyCrossover.h"
#include "dsp/Processor.h"
#include "project/ModuleSettings.h"

#include <array>
#include <atomic>
#include <vector>

namespace lathe {

// The `multiband` module: a crossover into 2-5 bands, a Compressor per band, per-band
// bypass and solo, and the sum of the audible bands (the soloed ones if any is soloed,
// else all).
//
// Minimum phase (default): Linkwitz-Riley LR4 crossovers with all-pass compensation;
// with every band neutral the output is an all-pass of the input (flat magnitude within
// float rounding, phase rotated around the corners), so it is NOT bit-transparent.
// Linear phase: FIR crossovers whose bands sum to a pure delay of latencyFrames().
class Multiband final : public Processor {
public:
    static constexpr std::size_t kMaxBands = MultibandSettings::kMaxBands;
    static constexpr std::size_t kMaxChannels = 2;
    // A moved crossover glides (log frequency) over this time, the filters updated every
    // kGlideStepFrames, so that dragging a corner never clicks.
    static constexpr double kCornerGlideSeconds = 0.03;
    static constexpr std::size_t kGlideStepFrames = 32;
    static constexpr double kMinCornerHz = 10.0;

    Multiband() = default;
    explicit Multiband(const MultibandSettings& settings) { setSettings(settings); }

    // Between process() calls; never allocates. The band count may change (2..5). The
    // phase mode is fixed at prepare() because it changes the latency.
    void setSettings(const MultibandSettings& settings) noexcept;

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;
    std::size_t latencyFrames() const noexcept override;

    std::size_t bandCount() const noexcept { return m_bandCount; }
    // Gain reduction of `band` in the last block (dB, >= 0); any thread.
    float bandGainReductionDb(std::size_t band) const noexcept {
        return band < kMaxBands ? m_bandReductionDb[band].load(std::memory_order_relaxed) : 0.0f;
    }

private:
    struct Band {
        Compressor compressor;
        bool bypass = false;
        bool solo = false;
    };

    void applyCrossovers() noexcept;
    void glideCorners() noexcept;
    void split(const AudioView& audio, AudioView* bands) noexcept;
    void sumAudibleBands(const AudioView& audio) noexcept;

    bool m_linearPhase = false;         // as requested by the settings
    bool m_preparedLinearPhase = false; // as prepared
    std::size_t m_bandCount = 4;
    std::array<double, kMaxBands - 1> m_targetCornersHz{};
    std::array<double, kMaxBands - 1> m_cornersHz{};  // where the filters are now
    std::size_t m_glideSteps = 1;
    std::size_t m_glideStepsLeft = 0;
    std::array<Band, kMaxBands> m_bands;
    std::array<std::atomic<float>, kMaxBands> m_bandReductionDb{};
    LinkwitzRileyCrossover m_crossover;
    LinearPhaseCrossover m_linearCrossover;
    std::size_t m_channels = 0;
    std::size_t m_maxBlockFrames = 0;
    std::vector<float> m_bandSamples;
    std::array<std::array<float*, kMaxChannels>, kMaxBands> m_bandChannels{};
};

}  // namespace lathe
