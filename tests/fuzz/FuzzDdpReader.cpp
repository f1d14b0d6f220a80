// libFuzzer target: DdpReader::inspect on an image folder whose files come from the
// input (split by kPartSeparator, in kFileNames order; missing parts are missing
// files). The reader must report problems, never crash or throw for what is inside.
#include "FuzzSupport.h"
#include "export/DdpReader.h"
#include "export/DdpWriter.h"

#include <array>
#include <cstdint>
#include <cstdlib>

namespace {

constexpr std::array<const char*, 6> kFileNames{
    lathe::DdpWriter::kIdFileName,     lathe::DdpWriter::kMapFileName,
    lathe::DdpWriter::kPqFileName,     lathe::DdpWriter::kCdTextFileName,
    lathe::DdpWriter::kImageFileName,  lathe::DdpWriter::kChecksumFileName};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = lathe::fuzz::splitParts(data, size);
    const std::filesystem::path folder = lathe::fuzz::scratch().path() / "DDP";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directory(folder);
    for (std::size_t i = 0; i < kFileNames.size() && i < parts.size(); ++i)
        lathe::fuzz::writeBytes(folder / kFileNames[i], parts[i]);

    lathe::DdpInspection inspection = lathe::DdpReader::inspect(folder);
    // An image the reader accepts must also extract.
    if (inspection.problems.empty()) {
        const auto out = lathe::fuzz::scratch().path() / "extracted";
        lathe::DdpReader::extractTracks(folder, inspection, out);
        std::filesystem::remove_all(out);
    }
    return 0;
}
