#pragma once

// Hot loops are compiled twice, for AVX2 machines and for any x86-64, and picked at
// load time (GCC/Clang function multiversioning, an ifunc). Those resolvers run before
// ThreadSanitizer's runtime is ready and crash it at startup, so TSan builds keep the
// portable version only.
#if defined(__SANITIZE_THREAD__)
#define LATHE_SIMD_CLONES(...)
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define LATHE_SIMD_CLONES(...)
#endif
#endif
#ifndef LATHE_SIMD_CLONES
#define LATHE_SIMD_CLONES(...) __attribute__((target_clones(__VA_ARGS__)))
#endif
