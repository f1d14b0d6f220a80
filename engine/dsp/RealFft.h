#pragma once

#include <complex>
#include <cstddef>

namespace lathe {

// A real FFT of one size (FFTW, double precision) with its own aligned buffers. Creating
// and destroying one goes through FFTW's planner, which is not thread-safe, so that is
// serialised here and must happen off the audio thread; forward() and inverse() only
// execute the plans and are real-time safe. One object belongs to one thread at a time.
class RealFft {
public:
    explicit RealFft(std::size_t size);
    ~RealFft();
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;

    std::size_t size() const noexcept { return m_size; }
    std::size_t bins() const noexcept { return m_size / 2 + 1; }

    double* time() noexcept { return m_time; }
    std::complex<double>* spectrum() noexcept { return m_spectrum; }

    // time() -> spectrum(), unnormalised.
    void forward() noexcept;
    // spectrum() -> time(), unnormalised (scaled by size()); destroys spectrum().
    void inverse() noexcept;

private:
    std::size_t m_size;
    double* m_time = nullptr;
    std::complex<double>* m_spectrum = nullptr;
    void* m_forward = nullptr;
    void* m_inverse = nullptr;
};

}  // namespace lathe
