#pragma once

#include "dsp/EqBandProcessor.h"
#include "dsp/Processor.h"
#include "project/ModuleSettings.h"

#include <array>
#include <cstddef>
#include <optional>

namespace lathe {

// The `eq` module with `"phase": "minimum"`: up to 24 matched bands in series, each on
// stereo, mid, side, left or right. The signal is M/S encoded only while a mid or side
// band needs it (a stereo band acts the same in either domain), so a mid band leaves
// the side exactly alone and a left band leaves the right channel bit-identical. Bands
// that do nothing (disabled, 0 dB bells and shelves) are skipped, so a neutral EQ is
// bit-transparent. A mono stream gets the stereo and mid bands.
class ParametricEq final : public Processor {
public:
    static constexpr std::size_t kMaxBands = EqSettings::kMaxBands;

    ParametricEq();

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;

    // Between process() calls, on the audio thread or before processing starts; never
    // allocates. Bands past kMaxBands are ignored. Parameter changes glide; the first
    // settings after prepare(), or `immediate`, apply at once.
    void setSettings(const EqSettings& settings, bool immediate = false) noexcept;

    // The digital response of the current target settings for the UI's curve: all bands,
    // or (with a view) the stereo bands plus those placed on `view`.
    double magnitudeDb(double freqHz, std::optional<Placement> view = std::nullopt) const noexcept;

    // No band changes the signal in the next block.
    bool isNeutral() const noexcept;

private:
    enum class Domain { LeftRight, MidSide };
    void toDomain(Domain wanted, const AudioView& audio) noexcept;

    double m_sampleRate = 48000.0;
    std::size_t m_channels = 2;
    bool m_settled = false;  // false until the first settings after prepare()
    Domain m_domain = Domain::LeftRight;
    std::array<EqBand, kMaxBands> m_targets{};
    std::size_t m_targetCount = 0;
    std::array<EqBandProcessor, kMaxBands> m_bands{};
};

}  // namespace lathe
