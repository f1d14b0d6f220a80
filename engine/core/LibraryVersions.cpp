#include "core/LibraryVersions.h"

#include <ebur128.h>
#include <fftw3.h>
#include <lame/lame.h>
#include <portaudio.h>
#include <sndfile.h>
#include <soxr.h>
#include <taglib/taglib.h>

namespace lathe {

std::vector<std::pair<std::string, std::string>> linkedLibraryVersions() {
    int major = 0, minor = 0, patch = 0;
    ebur128_get_version(&major, &minor, &patch);
    const std::string ebur128 =
        std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
    const std::string taglib = std::to_string(TAGLIB_MAJOR_VERSION) + "." +
                               std::to_string(TAGLIB_MINOR_VERSION) + "." +
                               std::to_string(TAGLIB_PATCH_VERSION);
    return {
        {"libsndfile", sf_version_string()},
        {"libebur128", ebur128},
        {"fftw", fftw_version},
        {"libsoxr", soxr_version()},
        {"portaudio", Pa_GetVersionText()},
        {"lame", get_lame_version()},
        {"taglib", taglib},
    };
}

}  // namespace lathe
