#pragma once

// Forced into every translation unit of ThreadSanitizer builds (engine/CMakeLists.txt).
// readerwriterqueue orders its slots with atomic_thread_fence, which ThreadSanitizer does
// not model, and tells it about that ordering through annotations it only enables where
// the compiler has __has_feature (GCC before 14 has not). Enabling them here lets the
// sanitizer see that data handed through the queues (plans, chunks, meter frames) is
// ordered, so it reports real races only.
#if defined(__SANITIZE_THREAD__) && defined(__cplusplus) && !defined(AE_TSAN_ANNOTATE_RELEASE)
extern "C" void AnnotateHappensBefore(const char* file, int line, void* address);
extern "C" void AnnotateHappensAfter(const char* file, int line, void* address);
namespace moodycamel {
inline int ae_tsan_global;
}
#define AE_TSAN_ANNOTATE_RELEASE() AnnotateHappensBefore(__FILE__, __LINE__, (void*)(&::moodycamel::ae_tsan_global))
#define AE_TSAN_ANNOTATE_ACQUIRE() AnnotateHappensAfter(__FILE__, __LINE__, (void*)(&::moodycamel::ae_tsan_global))
#endif
