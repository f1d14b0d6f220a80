#pragma once

#include "dsp/BassMonoFilter.h"
#include "dsp/Processor.h"
#include "dsp/SmoothedValue.h"
#include "project/ModuleSettings.h"

namespace lathe {

// The `stereo` module, on stereo audio (mono blocks pass untouched):
// - width scales the side signal of a mid/side split: 0 folds to mono (L == R exactly),
//   1 is neutral, 2 doubles the side;
// - mono_below_hz removes the side below a Linkwitz-Riley (LR4) crossover, so the bass
//   is mono while everything above keeps its image (see BassMonoFilter);
// - balance follows the standard balance law: the near channel stays at unity and the
//   far one fades on a quarter cosine (balance 0.5 = -3 dB, 1 = silent), so the centre
//   position is transparent rather than 3 dB down as with a constant-power pan.
// Every parameter glides over kRampSeconds. With width 1, balance 0 and mono_below off
// (and nothing gliding) the samples are not touched: bit-transparent.
class StereoImager final : public Processor {
public:
    static constexpr double kRampSeconds = 0.02;
    static constexpr double kMinCutoffHz = 10.0;
    static constexpr double kMaxCutoffFraction = 0.4;  // of the sample rate

    explicit StereoImager(const StereoSettings& settings = {}) noexcept;

    // Real-time safe: call on the audio thread between blocks (or before prepare()).
    void setSettings(const StereoSettings& settings) noexcept;

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;

private:
    // The crossover glides by recomputing its coefficients once per control block.
    static constexpr std::size_t kControlFrames = 32;

    bool isNeutral() const noexcept;
    double clampedCutoff(double hz) const noexcept;
    void updateBalanceGains(double balance) noexcept;
    void processControlBlock(float* left, float* right, std::size_t frames) noexcept;

    StereoSettings m_settings;
    double m_sampleRate = 48000.0;
    SmoothedValue m_width;
    SmoothedValue m_balance;
    SmoothedValue m_cutoffHz;
    SmoothedValue m_bassMonoMix;  // 0 = crossover bypassed, 1 = fully in
    BassMonoFilter m_bassMono;
    double m_leftGain = 1.0;
    double m_rightGain = 1.0;
};

}  // namespace lathe
