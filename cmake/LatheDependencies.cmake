# Every outside library, found once. All of them are Debian 12 packages named in
# packaging/install-deps.sh.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)

pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
pkg_check_modules(EBUR128 REQUIRED IMPORTED_TARGET libebur128)
pkg_check_modules(FFTW3 REQUIRED IMPORTED_TARGET fftw3 fftw3f)
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
pkg_check_modules(PORTAUDIO REQUIRED IMPORTED_TARGET portaudio-2.0)
pkg_check_modules(TAGLIB REQUIRED IMPORTED_TARGET taglib)
pkg_check_modules(LAME REQUIRED IMPORTED_TARGET lame)
# MD5 of every file a master ships with (checksum.md5, report.json).
pkg_check_modules(CRYPTO REQUIRED IMPORTED_TARGET libcrypto)

find_path(READERWRITERQUEUE_INCLUDE_DIR readerwriterqueue/readerwriterqueue.h REQUIRED)
add_library(lathe_readerwriterqueue INTERFACE)
target_include_directories(lathe_readerwriterqueue SYSTEM INTERFACE ${READERWRITERQUEUE_INCLUDE_DIR})

if(LATHE_BUILD_UI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Test LinguistTools)
  find_package(QCustomPlotQt6 REQUIRED)
endif()
if(LATHE_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(LATHE_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
