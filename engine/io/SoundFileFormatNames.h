#pragma once

#include <string>

namespace lathe {

// libsndfile's SF_FORMAT_* codes as the short names users and scripts see.
std::string majorFormatName(int sndfileFormat);
std::string subtypeName(int sndfileFormat);
// Bits of the stored integer codes (0 for float and compressed data).
int subtypeBits(int sndfileFormat);
bool subtypeIsFloat(int sndfileFormat);

}  // namespace lathe
