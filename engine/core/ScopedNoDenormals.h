#pragma once

#if defined(__SSE__) || defined(__x86_64__)
#include <xmmintrin.h>
#endif

namespace lathe {

// Flushes denormals to zero for the scope (x86 FTZ + DAZ): decaying filter and
// envelope states would otherwise fall into denormals and cost 100x per sample.
// Every audio loop (callback, offline render) holds one.
class ScopedNoDenormals {
public:
    ScopedNoDenormals() noexcept {
#if defined(__SSE__) || defined(__x86_64__)
        m_saved = _mm_getcsr();
        _mm_setcsr(m_saved | kFlushToZero | kDenormalsAreZero);
#endif
    }
    ~ScopedNoDenormals() {
#if defined(__SSE__) || defined(__x86_64__)
        _mm_setcsr(m_saved);
#endif
    }
    ScopedNoDenormals(const ScopedNoDenormals&) = delete;
    ScopedNoDenormals& operator=(const ScopedNoDenormals&) = delete;

private:
    static constexpr unsigned kFlushToZero = 0x8000;
    static constexpr unsigned kDenormalsAreZero = 0x0040;
    unsigned m_saved = 0;
};

}  // namespace lathe
