#include "dsp/RealFft.h"

#include <fftw3.h>

#include <mutex>
#include <new>

namespace lathe {

namespace {

std::mutex& plannerMutex() {
    static std::mutex mutex;
    return mutex;
}

}  // namespace

RealFft::RealFft(std::size_t size) : m_size(size) {
    std::lock_guard lock(plannerMutex());
    m_time = fftw_alloc_real(size);
    auto* spectrum = fftw_alloc_complex(size / 2 + 1);
    m_spectrum = reinterpret_cast<std::complex<double>*>(spectrum);
    if (m_time == nullptr || spectrum == nullptr) {
        fftw_free(m_time);
        fftw_free(spectrum);
        throw std::bad_alloc();
    }
    const int n = static_cast<int>(size);
    m_forward = fftw_plan_dft_r2c_1d(n, m_time, spectrum, FFTW_ESTIMATE);
    m_inverse = fftw_plan_dft_c2r_1d(n, spectrum, m_time, FFTW_ESTIMATE);
}

RealFft::~RealFft() {
    std::lock_guard lock(plannerMutex());
    fftw_destroy_plan(static_cast<fftw_plan>(m_forward));
    fftw_destroy_plan(static_cast<fftw_plan>(m_inverse));
    fftw_free(m_time);
    fftw_free(m_spectrum);
}

void RealFft::forward() noexcept { fftw_execute(static_cast<fftw_plan>(m_forward)); }

void RealFft::inverse() noexcept { fftw_execute(static_cast<fftw_plan>(m_inverse)); }

}  // namespace lathe
