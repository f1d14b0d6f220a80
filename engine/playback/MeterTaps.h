#pragma once

#include "core/AudioBuffer.h"
#include "dsp/OversampledPeakDetector.h"
#include "playback/KWeighting.h"
#include "playback/MeterFrames.h"

#include <readerwriterqueue/readerwriterqueue.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lathe {

// Meters on what the device receives: sample and true peak, momentary and short-term
// loudness, phase correlation, the master limiter's and multiband's gain reduction; and
// the spectra of the mix and the master (sources A and B), whichever is heard. The
// audio thread measures in process() and sends fixed-size frames through SPSC rings;
// the UI polls them (popMeter/popSpectrum) at its frame rate and never blocks the
// producer: when the UI falls behind, new frames are dropped, not waited for.
class MeterTaps {
public:
    static constexpr std::size_t kChannels = 2;
    static constexpr double kFramesPerSecond = 60.0;
    static constexpr std::size_t kQueueFrames = 64;
    static constexpr std::size_t kLoudnessBlocks = 30;        // 100 ms blocks in 3 s
    static constexpr std::size_t kMomentaryBlocks = 4;        // 400 ms
    static constexpr double kCorrelationSeconds = 0.3;

    MeterTaps();
    ~MeterTaps();
    MeterTaps(const MeterTaps&) = delete;
    MeterTaps& operator=(const MeterTaps&) = delete;

    static constexpr std::size_t kDefaultMaxBlockFrames = 1024;

    // Off the audio thread: buffers and the FFTW plan.
    void prepare(double sampleRate, std::size_t maxBlockFrames = kDefaultMaxBlockFrames);

    // Audio thread, blocks of at most maxBlockFrames. `position` is the album frame
    // after the block.
    void process(const AudioView& audio, std::int64_t position, const GainReductions& reductions) noexcept;
    // Audio thread: the mix (A) and master (B) of the same block, for the spectra.
    void processSpectra(const AudioView& mix, const AudioView& master, std::int64_t position) noexcept;

    // UI thread.
    bool popMeter(MeterFrame& frame) noexcept { return m_meters.try_dequeue(frame); }
    bool popSpectrum(SpectrumFrame& frame) noexcept { return m_spectra.try_dequeue(frame); }

private:
    void measureLoudness(float left, float right) noexcept;
    void emitMeter(std::int64_t position, const GainReductions& reductions) noexcept;
    void emitSpectrum(std::int64_t position) noexcept;

    std::size_t m_framesPerMeter = 1;
    std::size_t m_framesSinceMeter = 0;
    std::array<float, kChannels> m_samplePeak{};
    std::array<float, kChannels> m_truePeak{};
    std::array<OversampledPeakDetector, kChannels> m_truePeakDetectors;
    std::array<std::vector<float>, kChannels> m_truePeaks;  // per frame of the block

    std::array<KWeighting, kChannels> m_weighting;
    std::size_t m_framesPerBlock = 1;
    std::size_t m_framesInBlock = 0;
    double m_blockEnergy = 0.0;
    std::array<double, kLoudnessBlocks> m_blockMeans{};
    std::size_t m_nextBlock = 0;

    double m_correlationPole = 0.0;
    double m_lr = 0.0;
    double m_ll = 0.0;
    double m_rr = 0.0;

    enum SpectrumSource : std::size_t { kMix, kMaster, kSpectrumSources };
    void transform(SpectrumSource source, std::array<float, SpectrumFrame::kBins>& binsDb) noexcept;

    std::vector<float> m_window;
    std::array<std::vector<float>, kSpectrumSources> m_history;  // the last kFftSize mid samples, circular
    std::size_t m_historyWrite = 0;
    std::size_t m_sinceSpectrum = 0;
    float* m_fftInput = nullptr;       // fftwf_malloc'd
    void* m_fftOutput = nullptr;       // fftwf_complex[kBins + 1]
    void* m_fftPlan = nullptr;         // fftwf_plan
    SpectrumFrame m_spectrum;

    moodycamel::ReaderWriterQueue<MeterFrame> m_meters{kQueueFrames};
    moodycamel::ReaderWriterQueue<SpectrumFrame> m_spectra{kQueueFrames / 4};
};

}  // namespace lathe
