#include "core/Md5.h"

#include "core/Error.h"

#include <openssl/evp.h>

#include <fstream>
#include <vector>

namespace lathe {
namespace {

constexpr std::size_t kFileBlockBytes = 1 << 20;

}  // namespace

struct Md5::Context {
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(context); }
};

Md5::Md5() : m_context(std::make_unique<Context>()) {
    if (m_context->context == nullptr || EVP_DigestInit_ex(m_context->context, EVP_md5(), nullptr) != 1)
        throw Error(ErrorKind::Internal, "MD5", "libcrypto cannot compute MD5 here");
}

Md5::~Md5() = default;

void Md5::update(std::span<const std::uint8_t> bytes) {
    if (m_finished)
        throw Error(ErrorKind::Internal, "MD5", "update() after finish()");
    if (!bytes.empty())
        EVP_DigestUpdate(m_context->context, bytes.data(), bytes.size());
}

void Md5::update(std::string_view bytes) {
    update(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

Md5::Digest Md5::finish() {
    if (m_finished)
        throw Error(ErrorKind::Internal, "MD5", "finish() called twice");
    m_finished = true;
    Digest digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->context, digest.data(), &length);
    return digest;
}

std::string Md5::hex(const Digest& digest) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    for (std::uint8_t byte : digest) {
        text += kDigits[byte >> 4];
        text += kDigits[byte & 0xF];
    }
    return text;
}

std::string Md5::hexOf(std::string_view bytes) {
    Md5 md5;
    md5.update(bytes);
    return hex(md5.finish());
}

std::string Md5::hexOfFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw badInput(path.string(), "cannot be read");
    Md5 md5;
    std::vector<char> block(kFileBlockBytes);
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        md5.update(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
    }
    if (in.bad())
        throw badInput(path.string(), "read error");
    return hex(md5.finish());
}

}  // namespace lathe
