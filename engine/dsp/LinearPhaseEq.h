#pragma once

#include "dsp/LinearPhaseKernel.h"
#include "dsp/Processor.h"
#include "dsp/RealFft.h"
#include "project/ModuleSettings.h"

#include <readerwriterqueue/readerwriterqueue.h>

#include <array>
#include <atomic>
#include <complex>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace lathe {

// The `eq` module with `"phase": "linear"`: the same magnitude as ParametricEq with no
// phase shift, as a symmetric FIR (LinearPhaseKernel) applied by uniformly partitioned
// overlap-save FFT convolution (partition P = 2048 frames, FFT 4096, double precision).
// The latency is fixed per sample rate: latencyFrames() = P + centre of the FIR
// (10239 frames at 44.1/48 kHz, 18431 at 96 kHz). A neutral EQ is an exact delay of
// that length, so it stays bit-transparent after latency compensation.
//
// Changing settings: setSettings() runs on a non-real-time thread (UI, session worker);
// it designs a new kernel there (allocating, 3-5 ms for six bands) and publishes it through an
// atomic pointer. The audio thread picks it up at its next partition boundary and
// crossfades from the old kernel's output to the new one's over one partition (both read
// the same input spectra, so the fade costs one extra set of multiply-adds); the retired
// kernel goes back through a wait-free queue and is freed by the next setSettings() or by
// the destructor, never on the audio thread.
class LinearPhaseEq final : public Processor {
public:
    LinearPhaseEq();
    ~LinearPhaseEq() override;
    LinearPhaseEq(const LinearPhaseEq&) = delete;
    LinearPhaseEq& operator=(const LinearPhaseEq&) = delete;

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    // Forgets the signal and adopts published settings at once, without a crossfade.
    void reset() noexcept override;
    std::size_t latencyFrames() const noexcept override;

    // Non-real-time thread only (allocates); may run while process() runs on another.
    void setSettings(const EqSettings& settings);

    // The magnitude of the settings last given (same as ParametricEq::magnitudeDb), from
    // the thread that calls setSettings().
    double magnitudeDb(double freqHz, std::optional<Placement> view = std::nullopt) const noexcept;

    // The FIR currently designed for path out * 2 + in (empty when unused or neutral),
    // from the thread that calls setSettings().
    std::vector<double> designedTaps(std::size_t path) const;

private:
    using Spectrum = std::vector<std::complex<double>>;

    void runPartition() noexcept;
    void convolve(const LinearPhaseKernel& kernel, std::size_t out, double* target) noexcept;
    void delayed(std::size_t channel, double* target) const noexcept;
    void adoptPending(bool crossfade) noexcept;
    void retire(LinearPhaseKernel* kernel) noexcept;
    void collectRetired();
    void keepTaps(const LinearPhaseKernel& kernel);
    void clearSignal() noexcept;

    double m_sampleRate = 48000.0;
    LinearPhaseKernel::Layout m_layout{};
    bool m_prepared = false;
    EqSettings m_settings;                       // non-real-time side
    std::array<std::vector<double>, LinearPhaseKernel::kPaths> m_lastTaps;  // non-real-time side

    // Kernel hand-over.
    std::atomic<LinearPhaseKernel*> m_pending{nullptr};
    LinearPhaseKernel* m_current = nullptr;      // audio thread
    moodycamel::ReaderWriterQueue<LinearPhaseKernel*> m_retired{16};

    // Convolution state (audio thread).
    std::unique_ptr<RealFft> m_fft;
    std::size_t m_fill = 0;                      // frames of the current partition so far
    std::size_t m_fdlPosition = 0;               // newest slot of the delay line
    std::array<std::vector<double>, 2> m_input;          // current partition's input
    std::array<std::vector<double>, 2> m_previousInput;  // the partition before
    std::array<std::vector<float>, 2> m_output;          // output being delivered
    std::array<std::vector<double>, 2> m_history;        // input ring for the exact delay
    std::size_t m_historyMask = 0;
    std::size_t m_historyWrite = 0;                      // absolute frames written
    std::array<std::vector<Spectrum>, 2> m_delayLine;    // input spectra, per channel
    Spectrum m_accumulator;
    std::vector<double> m_fadeFrom;
    std::vector<double> m_fadeTo;
};

}  // namespace lathe
