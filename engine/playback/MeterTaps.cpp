#include "playback/MeterTaps.h"

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numbers>

namespace lathe {

namespace {

// FFTW's planner is not thread-safe; plans in this file are made one at a time.
std::mutex g_plannerMutex;

float toDb(double amplitude) {
    return amplitude > 0.0 ? static_cast<float>(20.0 * std::log10(amplitude))
                           : -std::numeric_limits<float>::infinity();
}

}  // namespace

MeterTaps::MeterTaps() = default;

MeterTaps::~MeterTaps() {
    const std::lock_guard lock(g_plannerMutex);
    if (m_fftPlan)
        fftwf_destroy_plan(static_cast<fftwf_plan>(m_fftPlan));
    fftwf_free(m_fftInput);
    fftwf_free(m_fftOutput);
}

void MeterTaps::prepare(double sampleRate, std::size_t maxBlockFrames) {
    for (std::size_t c = 0; c < kChannels; ++c) {
        // The meter reads what Lathe's offline true-peak meter reads (and the long
        // interpolator's view): a third less work on the audio thread than all four.
        m_truePeakDetectors[c].setCoverage(OversampledPeakDetector::Coverage::LongAndOwnMeter);
        m_truePeakDetectors[c].prepare(maxBlockFrames);
        m_truePeaks[c].assign(maxBlockFrames, 0.0f);
    }
    m_framesPerMeter = static_cast<std::size_t>(std::max(1.0, std::round(sampleRate / kFramesPerSecond)));
    m_framesPerBlock = static_cast<std::size_t>(std::max(1.0, std::round(sampleRate / 10.0)));
    m_correlationPole = std::exp(-1.0 / (kCorrelationSeconds * sampleRate));
    for (auto& weighting : m_weighting)
        weighting.prepare(sampleRate);
    constexpr std::size_t size = SpectrumFrame::kFftSize;
    m_window.resize(size);
    for (std::size_t i = 0; i < size; ++i)
        m_window[i] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / size));
    for (auto& history : m_history)
        history.assign(size, 0.0f);
    const std::lock_guard lock(g_plannerMutex);
    if (!m_fftPlan) {
        m_fftInput = fftwf_alloc_real(size);
        auto* output = fftwf_alloc_complex(size / 2 + 1);
        m_fftOutput = output;
        m_fftPlan = fftwf_plan_dft_r2c_1d(static_cast<int>(size), m_fftInput, output, FFTW_ESTIMATE);
    }
}

void MeterTaps::process(const AudioView& audio, std::int64_t position, const GainReductions& reductions) noexcept {
    const float* left = audio.channel(0);
    const float* right = audio.channel(1);
    const std::size_t frames = audio.frameCount();
    const std::int64_t first = position - static_cast<std::int64_t>(frames);
    const float* channels[kChannels] = {left, right};
    for (std::size_t c = 0; c < kChannels; ++c)
        m_truePeakDetectors[c].process(channels[c], m_truePeaks[c].data(), frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const float samples[kChannels] = {left[i], right[i]};
        for (std::size_t c = 0; c < kChannels; ++c) {
            m_samplePeak[c] = std::max(m_samplePeak[c], std::abs(samples[c]));
            m_truePeak[c] = std::max(m_truePeak[c], m_truePeaks[c][i]);
        }
        measureLoudness(left[i], right[i]);
        m_lr = m_correlationPole * m_lr + (1.0 - m_correlationPole) * left[i] * right[i];
        m_ll = m_correlationPole * m_ll + (1.0 - m_correlationPole) * left[i] * left[i];
        m_rr = m_correlationPole * m_rr + (1.0 - m_correlationPole) * right[i] * right[i];
        const std::int64_t after = first + static_cast<std::int64_t>(i) + 1;
        if (++m_framesSinceMeter == m_framesPerMeter) {
            m_framesSinceMeter = 0;
            emitMeter(after, reductions);
        }
    }
}

void MeterTaps::processSpectra(const AudioView& mix, const AudioView& master, std::int64_t position) noexcept {
    const std::int64_t first = position - static_cast<std::int64_t>(mix.frameCount());
    for (std::size_t i = 0; i < mix.frameCount(); ++i) {
        m_history[kMix][m_historyWrite] = 0.5f * (mix.channel(0)[i] + mix.channel(1)[i]);
        m_history[kMaster][m_historyWrite] = 0.5f * (master.channel(0)[i] + master.channel(1)[i]);
        m_historyWrite = (m_historyWrite + 1) % SpectrumFrame::kFftSize;
        if (++m_sinceSpectrum == SpectrumFrame::kFftSize / 2) {
            m_sinceSpectrum = 0;
            emitSpectrum(first + static_cast<std::int64_t>(i) + 1);
        }
    }
}

void MeterTaps::measureLoudness(float left, float right) noexcept {
    const double l = m_weighting[0].process(left);
    const double r = m_weighting[1].process(right);
    m_blockEnergy += l * l + r * r;
    if (++m_framesInBlock < m_framesPerBlock)
        return;
    m_blockMeans[m_nextBlock] = m_blockEnergy / static_cast<double>(m_framesPerBlock);
    m_nextBlock = (m_nextBlock + 1) % kLoudnessBlocks;
    m_blockEnergy = 0.0;
    m_framesInBlock = 0;
}

void MeterTaps::emitMeter(std::int64_t position, const GainReductions& reductions) noexcept {
    MeterFrame frame;
    frame.position = position;
    for (std::size_t c = 0; c < kChannels; ++c) {
        frame.samplePeakDb[c] = toDb(m_samplePeak[c]);
        frame.truePeakDb[c] = toDb(m_truePeak[c]);
    }
    m_samplePeak = {};
    m_truePeak = {};
    double momentary = 0.0;
    double shortTerm = 0.0;
    for (std::size_t back = 1; back <= kLoudnessBlocks; ++back) {
        const double mean = m_blockMeans[(m_nextBlock + kLoudnessBlocks - back) % kLoudnessBlocks];
        shortTerm += mean;
        if (back <= kMomentaryBlocks)
            momentary += mean;
    }
    frame.momentaryLufs = static_cast<float>(KWeighting::loudness(momentary / kMomentaryBlocks));
    frame.shortTermLufs = static_cast<float>(KWeighting::loudness(shortTerm / kLoudnessBlocks));
    const double norm = std::sqrt(m_ll * m_rr);
    frame.correlation = norm > 0.0 ? static_cast<float>(std::clamp(m_lr / norm, -1.0, 1.0)) : 0.0f;
    frame.gainReductionDb = reductions.limiterDb;
    frame.multibandGainReductionDb = reductions.multibandDb;
    m_meters.try_enqueue(frame);
}

void MeterTaps::emitSpectrum(std::int64_t position) noexcept {
    if (!m_fftPlan)
        return;
    m_spectrum.position = position;
    transform(kMix, m_spectrum.mixDb);
    transform(kMaster, m_spectrum.masterDb);
    m_spectra.try_enqueue(m_spectrum);
}

void MeterTaps::transform(SpectrumSource source, std::array<float, SpectrumFrame::kBins>& binsDb) noexcept {
    constexpr std::size_t size = SpectrumFrame::kFftSize;
    const std::vector<float>& history = m_history[source];
    for (std::size_t i = 0; i < size; ++i)
        m_fftInput[i] = history[(m_historyWrite + i) % size] * m_window[i];
    fftwf_execute(static_cast<fftwf_plan>(m_fftPlan));
    const auto* bins = static_cast<const fftwf_complex*>(m_fftOutput);
    // A full-scale sine peaks at size/4 after the Hann window (coherent gain 0.5).
    constexpr double fullScale = size / 4.0;
    for (std::size_t k = 0; k < SpectrumFrame::kBins; ++k)
        binsDb[k] = toDb(std::hypot(bins[k][0], bins[k][1]) / fullScale);
}

}  // namespace lathe
