#pragma once

#include "dsp/Pcg32.h"
#include "dsp/Processor.h"
#include "project/Project.h"

#include <array>
#include <cstdint>
#include <vector>

namespace lathe {

// The export stage's last step: rounds float audio to the grid of a `bits`-bit
// integer format (k / 2^(bits-1), clamped to the codes that exist), so the encoder
// that follows only re-labels the samples.
// - None: plain rounding.
// - Tpdf: triangular dither of +-1 LSB (the sum of two independent uniform +-0.5 LSB
//   values) before rounding; the error is then signal-independent white noise of
//   LSB^2/4 (dither LSB^2/6 + rounding LSB^2/12).
// - Shaped: the same dither inside an error-feedback loop that moves the noise out of
//   the ear's most sensitive region. Within 5 % of 46 kHz (44.1 and 48 kHz) it uses
//   Wannamaker's 9-tap F-weighted filter (J. AES 40(7/8), 1992; SoX's "f-weighted"):
//   about -13 dB at 1 kHz, -25 dB at 3 kHz, +27 dB at Nyquist. At other rates it
//   falls back to the second-order high-pass (1 - z^-1)^2: below fs/6 the noise is
//   lower than TPDF, above it higher; at 88.2/96 kHz that puts the excess above
//   15 kHz, well out of hearing.
// The error fed back is taken before clamping, so full-scale clipping can never make
// the loop unstable. Exact digital silence stays exact: an input sample of 0 outputs
// 0 without dither and feeds back zero error, so no shaped noise leaks into a pregap.
// Each channel has its own PCG32 stream derived from the seed; the same seed gives
// the same output for any block size.
class WordLengthReducer final : public Processor {
public:
    struct Settings {
        int bits = 16;
        DitherKind dither = DitherKind::Shaped;
        std::uint64_t seed = 1;
    };
    enum class Shaper { None, FWeighted, SecondOrderHighPass };

    static constexpr int kMinBits = 8;
    static constexpr int kMaxBits = 24;  // float's mantissa holds every 24-bit code exactly

    // Throws a BadInput Error when bits is outside [kMinBits, kMaxBits].
    explicit WordLengthReducer(const Settings& settings);

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;

    Shaper shaper() const noexcept { return m_shaper; }

private:
    static constexpr std::size_t kMaxTaps = 9;

    struct Channel {
        Pcg32 random;
        // Past errors, newest first, stored twice so the filter reads a contiguous run
        // without wrapping.
        std::array<double, 2 * kMaxTaps> errors{};
        std::size_t position = 0;
    };

    template <std::size_t Taps>
    void processChannel(Channel& channel, float* samples, std::size_t frames) noexcept;

    Settings m_settings;
    double m_scale;     // 2^(bits-1): one LSB is 1 / m_scale
    double m_minCode;
    double m_maxCode;
    Shaper m_shaper = Shaper::None;
    std::array<double, kMaxTaps> m_taps{};
    std::size_t m_tapCount = 0;
    std::vector<Channel> m_channels;
};

}  // namespace lathe
