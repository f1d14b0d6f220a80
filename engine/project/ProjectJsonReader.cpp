#include "project/ProjectJsonReader.h"

#include "project/Isrc.h"
#include "project/JsonObjectReader.h"
#include "project/JsonPath.h"
#include "project/JsonValueReader.h"
#include "project/ProjectSchema.h"

#include <cstdint>
#include <string>

namespace lathe {
namespace {

template <class T>
void readObject(const Json& value, const std::string& path, T& out, JsonValueReader& values);
void readObject(const Json& value, const std::string& path, Module& out, JsonValueReader& values);

// Walks ProjectSchema.h for one JSON object.
class ReadVisitor {
public:
    ReadVisitor(JsonObjectReader& object, JsonValueReader& values)
        : m_object(object), m_values(values) {}

    template <class T, class Rule = rules::Free>
    void field(std::string_view key, T& value, const Rule& = {}) {
        if (const Json* member = m_object.take(key))
            m_values.read(*member, m_object.pathOf(key), value);
    }

    template <class T>
    void object(std::string_view key, T& nested) {
        if (const Json* member = m_object.take(key))
            readObject(*member, m_object.pathOf(key), nested, m_values);
    }

    template <class T>
    void array(std::string_view key, std::vector<T>& items) {
        const Json* member = m_object.take(key);
        const std::string path = m_object.pathOf(key);
        if (!member || !m_values.checkList(*member, path, "expected a list of objects"))
            return;
        std::vector<T> read;
        for (std::size_t i = 0; i < std::min(member->size(), JsonValueReader::kMaxListItems); ++i) {
            T item{};
            readObject((*member)[i], jsonpath::element(path, i), item, m_values);
            read.push_back(std::move(item));
        }
        items = std::move(read);
    }

private:
    JsonObjectReader& m_object;
    JsonValueReader& m_values;
};

template <class T>
void readObject(const Json& value, const std::string& path, T& out, JsonValueReader& values) {
    JsonObjectReader object(value, path, values.problems());
    if (!object.isObject())
        return;
    ReadVisitor visitor(object, values);
    schema::visitFields(visitor, out);
    object.reportUnknownKeys();
}

// A multiband module written without its bands gets one neutral band per split.
void fitDefaultBands(MultibandSettings& settings) {
    const std::size_t bands = settings.crossoversHz.size() + 1;
    if (bands >= MultibandSettings::kMinBands && bands <= MultibandSettings::kMaxBands)
        settings.bands.resize(bands);
}

std::string knownModuleTypes() {
    std::string known;
    for (const auto name : moduleTypeNames())
        known += (known.empty() ? "" : ", ") + std::string(name);
    return known;
}

// The default settings of the module's "type"; nullopt (with a problem) when the type
// is missing or unknown, since then none of the other keys can be interpreted.
std::optional<ModuleParameters> readModuleType(JsonObjectReader& object, JsonValueReader& values) {
    const Json* type = object.take("type");
    const std::string path = object.pathOf("type");
    if (!type) {
        values.problem(path, "missing; every module names its type");
        return std::nullopt;
    }
    if (!type->is_string()) {
        values.problem(path, "expected a string");
        return std::nullopt;
    }
    const auto& name = type->get_ref<const std::string&>();
    auto parameters = defaultModuleParameters(name);
    if (!parameters)
        values.problem(path, "unknown module type " + jsonpath::quoted(name) +
                                 ", expected one of " + knownModuleTypes());
    return parameters;
}

void readObject(const Json& value, const std::string& path, Module& out, JsonValueReader& values) {
    JsonObjectReader object(value, path, values.problems());
    if (!object.isObject())
        return;
    auto parameters = readModuleType(object, values);
    if (!parameters)
        return;
    out.parameters = std::move(*parameters);
    ReadVisitor visitor(object, values);
    visitor.field("enabled", out.enabled);
    std::visit([&](auto& settings) { schema::visitFields(visitor, settings); }, out.parameters);
    if (auto* multiband = std::get_if<MultibandSettings>(&out.parameters);
        multiband && !object.has("bands"))
        fitDefaultBands(*multiband);
    object.reportUnknownKeys();
}

// "a number", "an array": what a value is, for messages.
std::string typeDescription(const Json& value) {
    const std::string type = value.type_name();
    return (value.is_array() || value.is_object() ? "an " : "a ") + type;
}

}  // namespace

ProjectJsonReader::ProjectJsonReader(std::filesystem::path projectDir)
    : m_projectDir(std::move(projectDir)) {}

Project ProjectJsonReader::read(const Json& document) {
    m_problems.clear();
    Project project;
    JsonObjectReader root(document, "", m_problems);
    m_headerAccepted = root.isObject() && readHeader(root);
    if (!m_headerAccepted)
        return project;
    JsonValueReader values(m_problems, m_projectDir);
    ReadVisitor visitor(root, values);
    schema::visitFields(visitor, project);
    root.reportUnknownKeys();
    for (Track& track : project.tracks)
        track.isrc = isrc::normalize(track.isrc);
    return project;
}

Chain ProjectJsonReader::readChain(const Json& document) {
    m_problems.clear();
    Chain chain;
    JsonValueReader values(m_problems, m_projectDir);
    readObject(document, "", chain, values);
    m_headerAccepted = true;  // a chain document has no header
    return chain;
}

// The rest of a foreign or newer document cannot be interpreted, so a header problem
// ends the reading.
bool ProjectJsonReader::readHeader(JsonObjectReader& root) {
    const std::size_t before = m_problems.size();
    const Json* format = root.take("format");
    const std::string expected = jsonpath::quoted(Project::kFormatName);
    if (!format)
        m_problems.push_back({"format", "missing; a Lathe project has \"format\": " + expected});
    else if (!format->is_string() || format->get<std::string>() != Project::kFormatName)
        m_problems.push_back({"format", "expected " + expected + ", got " +
                                            (format->is_string()
                                                 ? jsonpath::quoted(format->get<std::string>())
                                                 : typeDescription(*format))});
    const Json* version = root.take("version");
    const std::string supported = std::to_string(Project::kFormatVersion);
    if (!version)
        m_problems.push_back({"version", "missing; expected " + supported});
    else if (!version->is_number_integer())
        m_problems.push_back({"version", "expected an integer"});
    else if (version->is_number_unsigned() &&
             version->get<std::uint64_t>() > static_cast<std::uint64_t>(Project::kFormatVersion))
        m_problems.push_back({"version", "version " + version->dump() +
                                             " is newer than this Lathe supports (version " +
                                             supported + "); update Lathe to open it"});
    else if (version->get<std::int64_t>() != Project::kFormatVersion)
        m_problems.push_back({"version", "version " + version->dump() +
                                             " does not exist; expected " + supported});
    return m_problems.size() == before;
}

}  // namespace lathe
