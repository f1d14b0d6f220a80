#include "export/ChecksumList.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace lathe {
namespace {

constexpr std::size_t kMd5HexDigits = 32;
constexpr std::size_t kMaxShownLine = 60;

bool isMd5(std::string_view text) {
    return text.size() == kMd5HexDigits && std::all_of(text.begin(), text.end(), [](char c) {
               return std::isxdigit(static_cast<unsigned char>(c));
           });
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

std::string baseName(std::string_view name) {
    const std::size_t slash = name.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? name : name.substr(slash + 1));
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<ChecksumEntry> parseLine(std::string_view line) {
    // md5sum: hash, a space, then a space (text) or '*' (binary), then the name.
    if (line.size() > kMd5HexDigits + 2 && isMd5(line.substr(0, kMd5HexDigits)) &&
        line[kMd5HexDigits] == ' ' && (line[kMd5HexDigits + 1] == ' ' || line[kMd5HexDigits + 1] == '*'))
        return ChecksumEntry{baseName(line.substr(kMd5HexDigits + 2)), lower(line.substr(0, kMd5HexDigits))};
    // BSD: MD5 (name) = hash
    constexpr std::string_view kBsdOpen = "MD5 (";
    constexpr std::string_view kBsdClose = ") = ";
    if (line.starts_with(kBsdOpen)) {
        const std::size_t close = line.rfind(kBsdClose);
        if (close != std::string_view::npos && close > kBsdOpen.size() &&
            isMd5(line.substr(close + kBsdClose.size())))
            return ChecksumEntry{baseName(line.substr(kBsdOpen.size(), close - kBsdOpen.size())),
                                 lower(line.substr(close + kBsdClose.size()))};
    }
    // name = hash
    const std::size_t equals = line.rfind('=');
    if (equals != std::string_view::npos) {
        const std::string_view name = trim(line.substr(0, equals));
        const std::string_view hash = trim(line.substr(equals + 1));
        if (!name.empty() && isMd5(hash))
            return ChecksumEntry{baseName(name), lower(hash)};
    }
    return std::nullopt;
}

}  // namespace

std::vector<ChecksumEntry> ChecksumList::parse(std::string_view text, const std::string& listName,
                                               std::vector<std::string>& problems) {
    std::vector<ChecksumEntry> entries;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view raw = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++lineNumber;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == ';' || line.front() == '#')
            continue;
        if (auto entry = parseLine(line)) {
            entries.push_back(std::move(*entry));
        } else {
            std::string shown(line.substr(0, kMaxShownLine));
            for (char& c : shown)
                if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
                    c = '?';
            problems.push_back(listName + ": line " + std::to_string(lineNumber) +
                               ": not a checksum line: \"" + shown + "\"");
        }
    }
    return entries;
}

}  // namespace lathe
