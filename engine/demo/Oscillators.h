#pragma once

namespace lathe::demo {

enum class Waveform { Sine, Saw, Triangle, Square };

// One band-limited oscillator (PolyBLEP for the saw's and square's steps) for the demo
// synthesiser. The phase runs in double so long notes keep their pitch exactly.
class Oscillator {
public:
    Oscillator(Waveform waveform, double frequencyHz, double sampleRate, double startPhase = 0.0);

    float next() noexcept;

private:
    Waveform m_waveform;
    double m_phase;      // 0..1
    double m_increment;  // cycles per sample
};

// Frequency of a MIDI note number, detuned by `cents`.
double noteFrequency(double midiNote, double cents = 0.0);

}  // namespace lathe::demo
