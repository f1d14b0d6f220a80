#pragma once

#include "project/Project.h"

#include <string>
#include <string_view>
#include <vector>

namespace lathe {

struct CdTextContent {
    CdText album;
    std::vector<CdText> tracks;  // one per track of the disc
};

// Reads CDTEXT.BIN as a player would (cd-ddp.md section 7): checks each pack's
// CRC, type and sequence number and the size information, and decodes block 0's
// single-byte texts (title, performer, songwriter, composer, arranger, message) from
// ISO 8859-1 to UTF-8. Problems are appended, each starting with `fileName`.
class CdTextReader {
public:
    static CdTextContent read(std::string_view bytes, std::size_t trackCount, const std::string& fileName,
                              std::vector<std::string>& problems);
};

}  // namespace lathe
