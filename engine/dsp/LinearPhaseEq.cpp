#include "dsp/LinearPhaseEq.h"

#include "dsp/EqBandDesign.h"

#include <algorithm>
#include <bit>
#include <span>

namespace lathe {

LinearPhaseEq::LinearPhaseEq() = default;

LinearPhaseEq::~LinearPhaseEq() {
    delete m_pending.exchange(nullptr);
    delete m_current;
    collectRetired();
}

void LinearPhaseEq::collectRetired() {
    LinearPhaseKernel* kernel = nullptr;
    while (m_retired.try_dequeue(kernel))
        delete kernel;
}

void LinearPhaseEq::prepare(double sampleRate, std::size_t /*maxBlockFrames*/, std::size_t channels) {
    m_sampleRate = sampleRate;
    m_layout = LinearPhaseKernel::layoutFor(sampleRate, channels);
    const std::size_t p = m_layout.partitionFrames;
    m_fft = std::make_unique<RealFft>(2 * p);
    const std::size_t historySize = std::bit_ceil(m_layout.centre() + 2 * p);
    m_historyMask = historySize - 1;
    for (std::size_t c = 0; c < 2; ++c) {
        m_input[c].assign(p, 0.0);
        m_previousInput[c].assign(p, 0.0);
        m_output[c].assign(p, 0.0f);
        m_history[c].assign(historySize, 0.0);
        m_delayLine[c].assign(m_layout.partitions, Spectrum(m_layout.bins()));
    }
    m_accumulator.assign(m_layout.bins(), 0.0);
    m_fadeFrom.assign(p, 0.0);
    m_fadeTo.assign(p, 0.0);

    delete m_pending.exchange(nullptr);
    delete m_current;
    collectRetired();
    auto kernel = LinearPhaseKernel::design(m_settings, m_sampleRate, m_layout);
    keepTaps(*kernel);
    m_current = kernel.release();
    m_prepared = true;
    clearSignal();
}

void LinearPhaseEq::setSettings(const EqSettings& settings) {
    m_settings = settings;
    collectRetired();
    if (!m_prepared)
        return;  // prepare() designs for its rate
    auto kernel = LinearPhaseKernel::design(settings, m_sampleRate, m_layout);
    keepTaps(*kernel);
    // A kernel still waiting was never seen by the audio thread: ours to free.
    delete m_pending.exchange(kernel.release());
}

std::size_t LinearPhaseEq::latencyFrames() const noexcept {
    return m_layout.partitionFrames + m_layout.centre();
}

double LinearPhaseEq::magnitudeDb(double freqHz, std::optional<Placement> view) const noexcept {
    const std::size_t count = std::min(m_settings.bands.size(), EqSettings::kMaxBands);
    return EqBandDesign::magnitudeDb(std::span<const EqBand>(m_settings.bands.data(), count),
                                     m_sampleRate, freqHz, view);
}

void LinearPhaseEq::keepTaps(const LinearPhaseKernel& kernel) {
    for (std::size_t path = 0; path < LinearPhaseKernel::kPaths; ++path)
        m_lastTaps[path] = kernel.taps(path);
}

std::vector<double> LinearPhaseEq::designedTaps(std::size_t path) const {
    return m_lastTaps.at(path);
}

void LinearPhaseEq::clearSignal() noexcept {
    for (std::size_t c = 0; c < 2; ++c) {
        std::fill(m_input[c].begin(), m_input[c].end(), 0.0);
        std::fill(m_previousInput[c].begin(), m_previousInput[c].end(), 0.0);
        std::fill(m_output[c].begin(), m_output[c].end(), 0.0f);
        std::fill(m_history[c].begin(), m_history[c].end(), 0.0);
        for (Spectrum& spectrum : m_delayLine[c])
            std::fill(spectrum.begin(), spectrum.end(), 0.0);
    }
    m_fill = 0;
    m_fdlPosition = 0;
    m_historyWrite = 0;
}

void LinearPhaseEq::reset() noexcept {
    adoptPending(false);
    clearSignal();
}

void LinearPhaseEq::retire(LinearPhaseKernel* kernel) noexcept {
    // The queue holds 16 and setSettings() empties it before every publication, while
    // each publication retires at most one kernel: it cannot be full.
    if (kernel != nullptr)
        m_retired.try_enqueue(kernel);
}

void LinearPhaseEq::adoptPending(bool crossfade) noexcept {
    LinearPhaseKernel* next = m_pending.exchange(nullptr);
    if (next == nullptr)
        return;
    LinearPhaseKernel* previous = m_current;
    m_current = next;
    if (crossfade && previous != nullptr) {
        // Both kernels read the same input spectra: render the old one, then the new one
        // below, and fade between them over this partition.
        for (std::size_t c = 0; c < m_layout.channels; ++c) {
            if (previous->isNeutral())
                delayed(c, m_fadeFrom.data());
            else
                convolve(*previous, c, m_fadeFrom.data());
            if (m_current->isNeutral())
                delayed(c, m_fadeTo.data());
            else
                convolve(*m_current, c, m_fadeTo.data());
            const std::size_t p = m_layout.partitionFrames;
            for (std::size_t i = 0; i < p; ++i) {
                const double ramp = double(i + 1) / double(p);
                m_output[c][i] = static_cast<float>(m_fadeFrom[i] + ramp * (m_fadeTo[i] - m_fadeFrom[i]));
            }
        }
    }
    retire(previous);
}

// Output of channel `out` for the partition just completed, through `kernel`.
void LinearPhaseEq::convolve(const LinearPhaseKernel& kernel, std::size_t out, double* target) noexcept {
    const std::size_t bins = m_layout.bins();
    const std::size_t partitions = m_layout.partitions;
    std::fill(m_accumulator.begin(), m_accumulator.end(), 0.0);
    for (std::size_t in = 0; in < m_layout.channels; ++in) {
        const std::size_t path = out * 2 + in;
        if (!kernel.uses(path))
            continue;
        for (std::size_t k = 0; k < partitions; ++k) {
            const std::complex<double>* h = kernel.partition(path, k);
            const std::complex<double>* x = m_delayLine[in][(m_fdlPosition + partitions - k) % partitions].data();
            for (std::size_t i = 0; i < bins; ++i)
                m_accumulator[i] += h[i] * x[i];
        }
    }
    std::copy(m_accumulator.begin(), m_accumulator.end(), m_fft->spectrum());
    m_fft->inverse();
    // Overlap-save: the second half is the linear convolution of this partition.
    const std::size_t p = m_layout.partitionFrames;
    const double scale = 1.0 / double(m_fft->size());
    const double* time = m_fft->time() + p;
    for (std::size_t i = 0; i < p; ++i)
        target[i] = time[i] * scale;
}

// The input `centre` frames before each frame of the partition just completed.
void LinearPhaseEq::delayed(std::size_t channel, double* target) const noexcept {
    const std::size_t p = m_layout.partitionFrames;
    const std::size_t first = m_historyWrite - p - m_layout.centre();
    for (std::size_t i = 0; i < p; ++i)
        target[i] = m_history[channel][(first + i) & m_historyMask];
}

void LinearPhaseEq::runPartition() noexcept {
    const std::size_t p = m_layout.partitionFrames;
    m_fdlPosition = (m_fdlPosition + 1) % m_layout.partitions;
    for (std::size_t c = 0; c < m_layout.channels; ++c) {
        double* time = m_fft->time();
        std::copy(m_previousInput[c].begin(), m_previousInput[c].end(), time);
        std::copy(m_input[c].begin(), m_input[c].end(), time + p);
        m_fft->forward();
        std::copy_n(m_fft->spectrum(), m_layout.bins(), m_delayLine[c][m_fdlPosition].begin());
        for (std::size_t i = 0; i < p; ++i)
            m_history[c][(m_historyWrite + i) & m_historyMask] = m_input[c][i];
        std::swap(m_previousInput[c], m_input[c]);
    }
    m_historyWrite += p;

    if (m_pending.load(std::memory_order_relaxed) != nullptr) {
        adoptPending(true);
        return;
    }
    for (std::size_t c = 0; c < m_layout.channels; ++c) {
        if (m_current->isNeutral()) {
            // An exact delay: bit-transparent once the latency is compensated.
            const std::size_t first = m_historyWrite - p - m_layout.centre();
            for (std::size_t i = 0; i < p; ++i)
                m_output[c][i] = static_cast<float>(m_history[c][(first + i) & m_historyMask]);
        } else {
            convolve(*m_current, c, m_fadeTo.data());
            for (std::size_t i = 0; i < p; ++i)
                m_output[c][i] = static_cast<float>(m_fadeTo[i]);
        }
    }
}

void LinearPhaseEq::process(const AudioView& audio) noexcept {
    if (!m_prepared)
        return;
    const std::size_t channels = std::min(audio.channelCount(), m_layout.channels);
    const std::size_t p = m_layout.partitionFrames;
    std::size_t done = 0;
    while (done < audio.frameCount()) {
        const std::size_t n = std::min(audio.frameCount() - done, p - m_fill);
        for (std::size_t c = 0; c < channels; ++c) {
            float* x = audio.channel(c) + done;
            std::copy_n(x, n, m_input[c].begin() + long(m_fill));
            std::copy_n(m_output[c].begin() + long(m_fill), n, x);
        }
        m_fill += n;
        done += n;
        if (m_fill == p) {
            runPartition();
            m_fill = 0;
        }
    }
}

}  // namespace lathe
