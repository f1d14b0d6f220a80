#include "support/ProjectMutator.h"

#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace lathe::test {
namespace {

constexpr std::size_t kHugeStringBytes = 1u << 20;
constexpr std::size_t kDeepNesting = 10000;
// A string value or key the dump can hold, replaced afterwards by text no JSON
// library would write (invalid UTF-8, numbers out of range, a duplicate key).
const char* const kMarker = "@@lathe-mutation-marker@@";
const std::string_view kQuotedMarker = "\"@@lathe-mutation-marker@@\"";

void replaceMarker(std::string& text, const std::string& raw) {
    const auto at = text.find(kQuotedMarker);
    if (at == std::string::npos)
        throw std::logic_error("ProjectMutator: the marker is missing from the dump");
    text.replace(at, kQuotedMarker.size(), raw);
}

void collect(const Json& value, const Json::json_pointer& at, std::vector<Json::json_pointer>& out) {
    out.push_back(at);
    if (value.is_object())
        for (const auto& [key, child] : value.items())
            collect(child, at / key, out);
    else if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i)
            collect(value[i], at / i, out);
}

// A random value of the document (not the root) that satisfies `accept`.
template <typename Accept>
std::optional<Json::json_pointer> randomPointer(const Json& document, std::mt19937& random, Accept accept) {
    std::vector<Json::json_pointer> all;
    collect(document, Json::json_pointer(), all);
    std::vector<Json::json_pointer> chosen;
    for (const auto& pointer : all)
        if (!pointer.empty() && accept(pointer, document.at(pointer)))
            chosen.push_back(pointer);
    if (chosen.empty())
        return std::nullopt;
    return chosen[std::uniform_int_distribution<std::size_t>(0, chosen.size() - 1)(random)];
}

std::string deepObjects() {
    std::string text;
    for (std::size_t i = 0; i < kDeepNesting; ++i)
        text += "{\"a\":";
    text += "1";
    text.append(kDeepNesting, '}');
    return text;
}

}  // namespace

const char* nameOf(Mutation mutation) {
    static const char* const names[] = {"swap type", "remove key", "unknown key", "extreme number",
                                        "huge string", "invalid UTF-8", "deep nesting", "duplicate key",
                                        "broken syntax", "several"};
    return names[static_cast<int>(mutation)];
}

ProjectMutator::ProjectMutator(const std::string& projectText, unsigned seed)
    : m_original(Json::parse(projectText)), m_random(seed) {}

std::pair<Mutation, std::string> ProjectMutator::next() {
    const auto mutation = static_cast<Mutation>(pick(static_cast<std::size_t>(Mutation::Count)));
    Json document = m_original;
    std::string rawAtMarker;
    if (mutation == Mutation::Several) {
        // Only the first three kinds: they use no marker, which a later one could overwrite.
        for (int i = 0; i < 3; ++i)
            applyToTree(static_cast<Mutation>(pick(3)), document, rawAtMarker);
    } else {
        applyToTree(mutation, document, rawAtMarker);
    }
    std::string text = document.dump(2);
    if (!rawAtMarker.empty())
        replaceMarker(text, rawAtMarker);
    if (mutation == Mutation::BrokenSyntax)
        breakSyntax(text);
    return {mutation, text};
}

std::size_t ProjectMutator::pick(std::size_t count) {
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_random);
}

Json ProjectMutator::otherTypeValue() {
    const Json values[] = {"text", 1, 2.5, true, nullptr, Json::array(), Json::object(),
                           Json::array({1, "two"}), Json{{"a", 1}}};
    return values[pick(std::size(values))];
}

Json ProjectMutator::extremeNumber() {
    const Json values[] = {1e308, -1e308, -0.0, std::numeric_limits<double>::denorm_min(),
                           std::numeric_limits<std::uint64_t>::max(), std::numeric_limits<std::int64_t>::min(),
                           std::numeric_limits<std::int64_t>::max(), 9007199254740993LL, 0, -1};
    return values[pick(std::size(values))];
}

void ProjectMutator::applyToTree(Mutation mutation, Json& document, std::string& rawAtMarker) {
    const auto any = [](const Json::json_pointer&, const Json&) { return true; };
    const auto anObject = [](const Json::json_pointer&, const Json& value) { return value.is_object(); };
    const auto aMember = [&](const Json::json_pointer& pointer, const Json&) {
        return document.at(pointer.parent_pointer()).is_object();
    };
    const auto aString = [](const Json::json_pointer&, const Json& value) { return value.is_string(); };
    switch (mutation) {
    case Mutation::SwapType:
        if (auto at = randomPointer(document, m_random, any))
            document.at(*at) = otherTypeValue();
        break;
    case Mutation::RemoveKey:
        if (auto at = randomPointer(document, m_random, aMember))
            document.at(at->parent_pointer()).erase(at->back());
        break;
    case Mutation::UnknownKey:
        if (auto at = randomPointer(document, m_random, anObject))
            document.at(*at)["unknown_key"] = 1;
        break;
    case Mutation::ExtremeNumber:
        if (auto at = randomPointer(document, m_random, any)) {
            // Some numbers JSON can spell but no double or int64 holds.
            const char* const raw[] = {"1e400", "-1e400", "123456789012345678901234567890", "-0", "1e-400"};
            if (pick(2) == 0) {
                document.at(*at) = extremeNumber();
            } else {
                document.at(*at) = kMarker;
                rawAtMarker = raw[pick(std::size(raw))];
            }
        }
        break;
    case Mutation::HugeString:
        if (auto at = randomPointer(document, m_random, any))
            document.at(*at) = std::string(kHugeStringBytes, 'x');
        break;
    case Mutation::InvalidUtf8:
        if (auto at = randomPointer(document, m_random, aString)) {
            const char* const raw[] = {"\"\xff\xfe\"", "\"caf\xc3\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"",
                                       "\"\xf4\x90\x80\x80\""};
            document.at(*at) = kMarker;
            rawAtMarker = raw[pick(std::size(raw))];
        }
        break;
    case Mutation::DeepNesting:
        if (auto at = randomPointer(document, m_random, any)) {
            document.at(*at) = kMarker;
            rawAtMarker = pick(2) == 0 ? std::string(kDeepNesting, '[') + std::string(kDeepNesting, ']')
                                       : deepObjects();
        }
        break;
    case Mutation::DuplicateKey:
        if (auto at = randomPointer(document, m_random, aMember)) {
            Json& parent = document.at(at->parent_pointer());
            parent[kMarker] = otherTypeValue();
            rawAtMarker = Json(at->back()).dump();
            // The marker is a key here: replaceMarker finds it the same way.
        }
        break;
    case Mutation::BrokenSyntax:
    case Mutation::Several:
    case Mutation::Count:
        break;
    }
}

void ProjectMutator::breakSyntax(std::string& text) {
    const std::size_t at = pick(text.size());
    switch (pick(4)) {
    case 0: text.resize(at); break;
    case 1: text.erase(at, 1); break;
    case 2: text.insert(at, 1, "{}[],:\"\\x0"[pick(10)]); break;
    default: text[at] = static_cast<char>(pick(256)); break;
    }
}

}  // namespace lathe::test
