#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lathe {

struct ChecksumEntry {
    std::string fileName;
    std::string md5;  // 32 lowercase hex digits
};

// The MD5 lists that come with DDP images (cd-ddp.md section 8), whatever the writer:
// md5sum (`hash  name`, `hash *name`), BSD (`MD5 (name) = hash`) and `name = hash`,
// with LF or CRLF; blank lines and `;` or `#` comments are skipped. Folders in names
// are dropped (a DDP image is one folder). Lines that are none of these are problems.
class ChecksumList {
public:
    static std::vector<ChecksumEntry> parse(std::string_view text, const std::string& listName,
                                            std::vector<std::string>& problems);
};

}  // namespace lathe
