#include "demo/Oscillators.h"

#include <cmath>
#include <numbers>

namespace lathe::demo {
namespace {

constexpr double kA4Hz = 440.0;
constexpr double kA4Note = 69.0;
constexpr double kSemitonesPerOctave = 12.0;
constexpr double kCentsPerSemitone = 100.0;

// The residual that turns a naive step into a band-limited one (2-sample PolyBLEP).
double polyBlep(double phase, double increment) {
    if (phase < increment) {
        const double t = phase / increment;
        return t + t - t * t - 1.0;
    }
    if (phase > 1.0 - increment) {
        const double t = (phase - 1.0) / increment;
        return t * t + t + t + 1.0;
    }
    return 0.0;
}

}  // namespace

Oscillator::Oscillator(Waveform waveform, double frequencyHz, double sampleRate, double startPhase)
    : m_waveform(waveform), m_sampleRate(sampleRate), m_phase(startPhase - std::floor(startPhase)),
      m_increment(frequencyHz / sampleRate) {}

void Oscillator::setFrequency(double frequencyHz) noexcept { m_increment = frequencyHz / m_sampleRate; }

float Oscillator::next() noexcept {
    double value = 0.0;
    switch (m_waveform) {
    case Waveform::Sine: value = std::sin(2.0 * std::numbers::pi * m_phase); break;
    case Waveform::Saw: value = 2.0 * m_phase - 1.0 - polyBlep(m_phase, m_increment); break;
    case Waveform::Triangle: value = 1.0 - 4.0 * std::abs(m_phase - 0.5); break;
    case Waveform::Square: {
        const double shifted = m_phase + 0.5 - std::floor(m_phase + 0.5);
        value = (m_phase < 0.5 ? 1.0 : -1.0) + polyBlep(m_phase, m_increment) -
                polyBlep(shifted, m_increment);
        break;
    }
    }
    m_phase += m_increment;
    m_phase -= std::floor(m_phase);
    return static_cast<float>(value);
}

double noteFrequency(double midiNote, double cents) {
    return kA4Hz * std::pow(2.0, (midiNote - kA4Note + cents / kCentsPerSemitone) / kSemitonesPerOctave);
}

}  // namespace lathe::demo
