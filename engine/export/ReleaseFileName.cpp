#include "export/ReleaseFileName.h"

#include <cstdio>
#include <string_view>

namespace lathe {
namespace {

constexpr std::string_view kForbidden = "/\\:*?\"<>|";
constexpr unsigned char kFirstPrintable = 0x20;
constexpr unsigned char kDelete = 0x7f;
constexpr std::size_t kMaxNameBytes = 200;  // leaves room for "NN " and the extension

bool forbidden(unsigned char c) {
    return c < kFirstPrintable || c == kDelete ||
           kForbidden.find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string sanitiseFileName(const std::string& name) {
    std::string result;
    for (const char c : name)
        result += forbidden(static_cast<unsigned char>(c)) ? '_' : c;
    const std::size_t first = result.find_first_not_of('.');
    result = first == std::string::npos ? std::string() : result.substr(first);
    if (result.size() > kMaxNameBytes) {
        result.resize(kMaxNameBytes);
        // Never cut a UTF-8 sequence in half: drop continuation bytes and their lead.
        while (!result.empty() && (static_cast<unsigned char>(result.back()) & 0xC0) == 0x80)
            result.pop_back();
        if (!result.empty() && (static_cast<unsigned char>(result.back()) & 0x80) != 0)
            result.pop_back();
    }
    while (!result.empty() && (result.back() == '.' || result.back() == ' '))
        result.pop_back();
    return result.empty() ? "Untitled" : result;
}

std::string trackFileName(int number, const std::string& title, const std::string& extension) {
    char prefix[8];
    std::snprintf(prefix, sizeof prefix, "%02d ", number);
    return prefix + sanitiseFileName(title) + extension;
}

}  // namespace lathe
