#pragma once

#include "project/Project.h"

#include <span>
#include <string>

// CD-Text as a DDP's CDTEXT.BIN holds it (cd-ddp.md section 7): one block (block 0,
// English, ISO 8859-1) of 18-byte Sony packs, no header, no trailing byte. The text
// types written are title, performer, songwriter, composer, arranger and message
// (0x80-0x85), each only when some album or track string of that type is set,
// followed by the three size-information packs (0x8F).
namespace lathe::cdtext {

inline constexpr std::size_t kPackBytes = 18;
// MMC and libburn stop a block at 253 packs (sequence numbers stay below 255).
inline constexpr std::size_t kMaxPacksPerBlock = 253;

bool hasAnyText(const CdText& album, std::span<const CdText> tracks);

// The packs for the album and its tracks (track 1 first). UTF-8 text is stored as
// ISO 8859-1; characters beyond it become '?'. Text that needs more than
// kMaxPacksPerBlock packs is a BadInput error.
std::string encodePacks(const CdText& album, std::span<const CdText> tracks);

// UTF-8 to ISO 8859-1, as CD-Text stores it.
std::string toLatin1(std::string_view utf8);

}  // namespace lathe::cdtext
