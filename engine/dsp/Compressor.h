#pragma once

#include "dsp/EnvelopeDetector.h"
#include "dsp/GainComputer.h"
#include "dsp/Processor.h"
#include "dsp/SmoothedValue.h"
#include "dsp/StereoBiquad.h"
#include "project/ModuleSettings.h"

#include <array>
#include <atomic>
#include <vector>

namespace lathe {

// The broadband feed-forward compressor of the `compressor` module: optional side-chain
// high-pass (2nd-order Butterworth), EnvelopeDetector (peak/RMS, stereo link,
// attack/release), GainComputer (threshold, ratio, soft knee), makeup gain.
//
// While the detected level stays below the knee and makeup is 0 dB the gain is exactly
// 1.0 and the samples pass bit for bit.
class Compressor final : public Processor {
public:
    static constexpr std::size_t kMaxChannels = 2;
    // Threshold and makeup glide over this time when changed, so drags never zip.
    static constexpr double kParameterRampSeconds = 0.03;

    Compressor() = default;
    explicit Compressor(const CompressorSettings& settings) { setSettings(settings); }

    // Any thread that owns the processor between process() calls; never allocates.
    void setSettings(const CompressorSettings& settings) noexcept;
    const CompressorSettings& settings() const noexcept { return m_settings; }

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;

    // The largest gain reduction (dB, >= 0) of the last processed block, over all
    // channels. Safe to read from any thread (meters poll it).
    float gainReductionDb() const noexcept { return m_gainReductionDb.load(std::memory_order_relaxed); }

private:
    void applyDetectorSettings() noexcept;
    // The detector's input: the audio itself, or its high-passed copy.
    std::array<const float*, kMaxChannels> sidechain(const AudioView& audio, std::size_t channels) noexcept;
    // Turns the envelopes in m_work into linear gains; returns false if all are 1.0.
    bool computeGains(std::size_t channels, std::size_t frames) noexcept;

    CompressorSettings m_settings;
    double m_sampleRate = 0.0;
    std::size_t m_channels = 0;
    EnvelopeDetector m_detector;
    GainComputer m_gainComputer;
    StereoBiquad m_sidechainFilter;
    bool m_sidechainFilterOn = false;
    SmoothedValue m_thresholdDb;
    SmoothedValue m_makeupGain;
    double m_kneeStartGain = 0.0;  // linear level below which nothing is reduced
    std::vector<float> m_sidechainSamples;
    std::vector<float> m_workSamples;
    float* m_sidechainChannels[kMaxChannels] = {};
    float* m_work[kMaxChannels] = {};
    std::atomic<float> m_gainReductionDb{0.0f};
};

}  // namespace lathe
