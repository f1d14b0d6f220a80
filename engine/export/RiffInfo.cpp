#include "export/RiffInfo.h"

#include "core/Error.h"

#include <array>
#include <cstdint>
#include <fstream>
#include <vector>

namespace lathe {
namespace {

constexpr std::size_t kChunkHeaderBytes = 8;
constexpr std::size_t kRiffHeaderBytes = 12;  // "RIFF" size "WAVE"
constexpr std::size_t kMaxItemBytes = 1 << 16;

struct Chunk {
    std::string id;
    std::uint64_t offset = 0;  // of the header
    std::uint32_t size = 0;    // of the data
    std::string listType;      // for LIST chunks
};

std::uint32_t littleEndian32(const unsigned char* bytes) {
    return static_cast<std::uint32_t>(bytes[0]) | static_cast<std::uint32_t>(bytes[1]) << 8 |
           static_cast<std::uint32_t>(bytes[2]) << 16 | static_cast<std::uint32_t>(bytes[3]) << 24;
}

std::array<char, 4> bytesOf(std::uint32_t value) {
    return {static_cast<char>(value & 0xff), static_cast<char>((value >> 8) & 0xff),
            static_cast<char>((value >> 16) & 0xff), static_cast<char>((value >> 24) & 0xff)};
}

std::uint64_t padded(std::uint64_t size) {
    return size + (size & 1);
}

std::vector<Chunk> readChunks(std::fstream& file, const std::filesystem::path& path) {
    std::array<unsigned char, kRiffHeaderBytes> header{};
    file.read(reinterpret_cast<char*>(header.data()), header.size());
    if (!file || std::string(header.begin(), header.begin() + 4) != "RIFF" ||
        std::string(header.begin() + 8, header.end()) != "WAVE")
        throw badInput(path.string(), "not a RIFF/WAVE file");
    const std::uint64_t end = kChunkHeaderBytes + littleEndian32(header.data() + 4);
    std::vector<Chunk> chunks;
    std::uint64_t offset = kRiffHeaderBytes;
    while (offset + kChunkHeaderBytes <= end) {
        std::array<unsigned char, kRiffHeaderBytes> bytes{};
        file.seekg(static_cast<std::streamoff>(offset));
        file.read(reinterpret_cast<char*>(bytes.data()), bytes.size());
        if (file.gcount() < static_cast<std::streamsize>(kChunkHeaderBytes))
            break;
        file.clear();
        Chunk chunk{
            std::string(bytes.begin(), bytes.begin() + 4), offset, littleEndian32(bytes.data() + 4), {}};
        if (chunk.id == "LIST")
            chunk.listType = std::string(bytes.begin() + 8, bytes.end());
        chunks.push_back(chunk);
        offset += kChunkHeaderBytes + padded(chunk.size);
    }
    return chunks;
}

std::string itemBytes(const std::string& id, const std::string& value) {
    const std::string text = value.substr(0, kMaxItemBytes) + '\0';
    const auto size = bytesOf(static_cast<std::uint32_t>(text.size()));
    std::string item = id + std::string(size.begin(), size.end()) + text;
    if (item.size() % 2)
        item += '\0';
    return item;
}

}  // namespace

void addRiffInfoItem(const std::filesystem::path& wavFile, const std::string& id, const std::string& value) {
    if (id.size() != 4)
        throw Error(ErrorKind::Internal, wavFile.string(), "RIFF item ids have four characters");
    std::fstream file(wavFile, std::ios::in | std::ios::out | std::ios::binary);
    if (!file)
        throw writeFailed(wavFile.string(), "cannot open to add the INFO item " + id);
    const std::vector<Chunk> chunks = readChunks(file, wavFile);
    file.clear();
    file.seekg(0, std::ios::end);
    const auto fileEnd = static_cast<std::uint64_t>(file.tellg());
    const std::string item = itemBytes(id, value);

    std::uint64_t riffGrowth = item.size();
    const bool appendToLast =
        !chunks.empty() && chunks.back().id == "LIST" && chunks.back().listType == "INFO" &&
        chunks.back().offset + kChunkHeaderBytes + padded(chunks.back().size) == fileEnd &&
        chunks.back().size % 2 == 0;
    file.seekp(static_cast<std::streamoff>(fileEnd));
    if (appendToLast) {
        file.write(item.data(), static_cast<std::streamsize>(item.size()));
        const auto listSize = bytesOf(static_cast<std::uint32_t>(chunks.back().size + item.size()));
        file.seekp(static_cast<std::streamoff>(chunks.back().offset + 4));
        file.write(listSize.data(), listSize.size());
    } else {
        const auto listSize = bytesOf(static_cast<std::uint32_t>(4 + item.size()));
        const std::string list = "LIST" + std::string(listSize.begin(), listSize.end()) + "INFO" + item;
        file.write(list.data(), static_cast<std::streamsize>(list.size()));
        riffGrowth = list.size();
    }
    const auto riffSize = bytesOf(static_cast<std::uint32_t>(fileEnd - kChunkHeaderBytes + riffGrowth));
    file.seekp(4);
    file.write(riffSize.data(), riffSize.size());
    file.flush();
    if (!file)
        throw writeFailed(wavFile.string(), "cannot write the INFO item " + id);
}

std::optional<std::string> readRiffInfoItem(const std::filesystem::path& wavFile, const std::string& id) {
    std::fstream file(wavFile, std::ios::in | std::ios::binary);
    if (!file)
        throw badInput(wavFile.string(), "cannot open");
    for (const Chunk& chunk : readChunks(file, wavFile)) {
        if (chunk.id != "LIST" || chunk.listType != "INFO")
            continue;
        std::string data(chunk.size, '\0');
        file.clear();
        file.seekg(static_cast<std::streamoff>(chunk.offset + kChunkHeaderBytes));
        file.read(data.data(), static_cast<std::streamsize>(data.size()));
        for (std::size_t at = 4; at + kChunkHeaderBytes <= data.size();) {
            const auto size = littleEndian32(reinterpret_cast<const unsigned char*>(data.data() + at + 4));
            if (at + kChunkHeaderBytes + size > data.size())
                break;
            if (data.compare(at, 4, id) == 0) {
                std::string text = data.substr(at + kChunkHeaderBytes, size);
                return text.substr(0, text.find('\0'));
            }
            at += kChunkHeaderBytes + padded(size);
        }
    }
    return std::nullopt;
}

}  // namespace lathe
