#pragma once

#include "dsp/Processor.h"
#include "dsp/SmoothedValue.h"
#include "project/ModuleSettings.h"

namespace lathe {

// The `gain` module: a static gain, glided over kRampSeconds when it changes so an
// automation step or a knob drag never clicks. At exactly 0 dB (and not gliding) it
// does not touch the samples, so an idle gain module is bit-transparent.
class GainStage final : public Processor {
public:
    static constexpr double kRampSeconds = 0.02;

    explicit GainStage(const GainSettings& settings = {}) noexcept;

    // Real-time safe: call on the audio thread between blocks (or before prepare()).
    void setSettings(const GainSettings& settings) noexcept;

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;

private:
    SmoothedValue m_gain;
};

}  // namespace lathe
