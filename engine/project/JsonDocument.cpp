#include "project/JsonDocument.h"

#include "project/JsonPath.h"

#include <set>
#include <string>

namespace lathe {
namespace {

// The schema nests 8 levels; anything far deeper is not a project.
constexpr std::size_t kMaxDepth = 32;
// Bounds the memory a hostile file of tiny values ("[0,0,0,...]") can make us spend.
constexpr std::size_t kMaxValues = 500000;
// nlohmann numbers its parse errors from 101, its out-of-range errors from 401.
constexpr int kFirstOutOfRangeId = 401;

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;  // in characters, not bytes
};

bool isContinuationByte(unsigned char byte) { return (byte & 0xC0u) == 0x80u; }

TextPosition positionOf(std::string_view text, std::size_t offset) {
    TextPosition position;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuationByte(static_cast<unsigned char>(text[i]))) {
            ++position.column;
        }
    }
    return position;
}

std::string describePosition(std::string_view text, std::size_t offset) {
    const TextPosition position = positionOf(text, offset);
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column);
}

// The length of the UTF-8 sequence starting at `text[i]`, or 0 when it is invalid
// (bad lead byte, truncated, overlong, surrogate or beyond U+10FFFF).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80u)
        return 1;
    std::size_t length = 0;
    unsigned char min = 0x80u;
    unsigned char max = 0xBFu;
    if (lead >= 0xC2u && lead <= 0xDFu) {
        length = 2;
    } else if (lead >= 0xE0u && lead <= 0xEFu) {
        length = 3;
        min = lead == 0xE0u ? 0xA0u : 0x80u;  // no overlong forms
        max = lead == 0xEDu ? 0x9Fu : 0xBFu;  // no surrogates
    } else if (lead >= 0xF0u && lead <= 0xF4u) {
        length = 4;
        min = lead == 0xF0u ? 0x90u : 0x80u;
        max = lead == 0xF4u ? 0x8Fu : 0xBFu;  // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < min || byte(i + 1) > max)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!isContinuationByte(byte(i + k)))
            return 0;
    return length;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return std::nullopt;
}

struct TooComplex {
    std::string path;  // where the document became too complex
    std::string reason;
};

// Follows the parser's events to know where it is, so it can name the path of a
// duplicate key and stop a document that nests too deeply or holds too many values.
class StructureGuard {
public:
    explicit StructureGuard(std::vector<ProjectProblem>& problems) : m_problems(problems) {}

    bool operator()(int, Json::parse_event_t event, Json& parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
        case Json::parse_event_t::array_start:
            enterContainer(event == Json::parse_event_t::array_start);
            break;
        case Json::parse_event_t::object_end:
        case Json::parse_event_t::array_end:
            m_frames.pop_back();
            break;
        case Json::parse_event_t::key:
            addKey(parsed.get_ref<const std::string&>());
            break;
        case Json::parse_event_t::value:
            countValue();
            if (!m_frames.empty() && m_frames.back().isArray)
                ++m_frames.back().nextIndex;
            break;
        }
        return true;
    }

    // The path of the value being parsed now, so an error the parser reports without a
    // position (a number out of range) still names where it is.
    std::string currentPath() const {
        if (m_frames.empty())
            return {};
        const Frame& parent = m_frames.back();
        return parent.isArray ? jsonpath::element(parent.path, parent.nextIndex)
                              : jsonpath::member(parent.path, parent.key);
    }

private:
    struct Frame {
        bool isArray = false;
        std::string path;
        std::size_t nextIndex = 0;
        std::string key;
        std::set<std::string, std::less<>> keys;
    };

    std::string childPath() {
        if (m_frames.empty())
            return {};
        Frame& parent = m_frames.back();
        return parent.isArray ? jsonpath::element(parent.path, parent.nextIndex++)
                              : jsonpath::member(parent.path, parent.key);
    }

    void enterContainer(bool isArray) {
        countValue();
        if (m_frames.size() >= kMaxDepth)
            throw TooComplex{currentPath(), "nested more than " + std::to_string(kMaxDepth) + " levels deep"};
        std::string path = childPath();
        m_frames.push_back(Frame{isArray, std::move(path), 0, {}, {}});
    }

    void addKey(const std::string& key) {
        Frame& object = m_frames.back();
        if (!object.keys.insert(key).second)
            m_problems.push_back({jsonpath::member(object.path, key), "duplicate key"});
        object.key = key;
    }

    void countValue() {
        if (++m_values > kMaxValues)
            throw TooComplex{currentPath(), "more than " + std::to_string(kMaxValues) + " values"};
    }

    std::vector<ProjectProblem>& m_problems;
    std::vector<Frame> m_frames;
    std::size_t m_values = 0;
};

// Keeps a message about a megabyte-long number readable.
constexpr std::size_t kMaxReasonBytes = 200;

// nlohmann's message without its "[json.exception...] parse error at ...: " prefix and
// the raw bytes it quotes ("syntax error while parsing object - unexpected '}'; expected
// string literal").
std::string syntaxReason(const Json::exception& error) {
    std::string what = error.what();
    const auto prefixEnd = what.find("] ");
    if (prefixEnd != std::string::npos)
        what.erase(0, prefixEnd + 2);
    const auto colon = what.find(": ");
    if (error.id < kFirstOutOfRangeId && colon != std::string::npos)
        what.erase(0, colon + 2);
    const auto lastRead = what.find("; last read: ");
    if (lastRead != std::string::npos) {
        const auto next = what.find("; ", lastRead + 2);
        what.erase(lastRead, next == std::string::npos ? std::string::npos : next - lastRead);
    }
    if (what.size() > kMaxReasonBytes)
        what = std::string(jsonpath::quoted(what).substr(1, kMaxReasonBytes));
    return what;
}

}  // namespace

ProjectProblem tooLargeProblem(std::uintmax_t bytes) {
    return {"", "too large for a project (" + std::to_string(bytes) + " bytes, at most " +
                    std::to_string(kMaxProjectBytes) + ")"};
}

std::optional<Json> parseJsonDocument(std::string_view text, std::vector<ProjectProblem>& problems) {
    if (text.size() > kMaxProjectBytes) {
        problems.push_back(tooLargeProblem(text.size()));
        return std::nullopt;
    }
    if (const auto invalid = firstInvalidUtf8(text)) {
        problems.push_back({"", describePosition(text, *invalid) + ": not UTF-8 text"});
        return std::nullopt;
    }
    StructureGuard guard(problems);
    try {
        return Json::parse(text.begin(), text.end(), std::ref(guard));
    } catch (const Json::parse_error& error) {
        // `byte` counts the characters read, the offending one included.
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        problems.push_back({"", describePosition(text, offset) + ": malformed JSON: " +
                                    syntaxReason(error)});
    } catch (const Json::out_of_range& error) {
        // A number too large for a double ("1e999"); nlohmann does not say where.
        problems.push_back({guard.currentPath(), "malformed JSON: " + syntaxReason(error)});
    } catch (const TooComplex& tooComplex) {
        problems.push_back({tooComplex.path, "not a project: " + tooComplex.reason});
    }
    return std::nullopt;
}

}  // namespace lathe
