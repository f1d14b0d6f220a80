#include "project/ProjectJsonWriter.h"

#include "project/ProjectEnumNames.h"
#include "project/ProjectSchema.h"

namespace lathe {
namespace {

constexpr int kIndent = 2;

template <class T>
Json objectJson(const T& value, const std::filesystem::path& projectDir);
Json objectJson(const Module& module, const std::filesystem::path& projectDir);

// Walks ProjectSchema.h, adding each key to one JSON object in schema order.
class WriteVisitor {
public:
    WriteVisitor(Json& object, const std::filesystem::path& projectDir)
        : m_object(object), m_projectDir(projectDir) {}

    template <class T, class Rule = rules::Free>
    void field(std::string_view key, const T& value, const Rule& = {}) {
        m_object[std::string(key)] = valueJson(value);
    }

    template <class T>
    void object(std::string_view key, const T& nested) {
        m_object[std::string(key)] = objectJson(nested, m_projectDir);
    }

    template <class T>
    void array(std::string_view key, const std::vector<T>& items) {
        Json list = Json::array();
        for (const T& item : items)
            list.push_back(objectJson(item, m_projectDir));
        m_object[std::string(key)] = std::move(list);
    }

private:
    template <class T>
    Json valueJson(const T& value) const {
        if constexpr (NamedEnum<T>)
            return std::string(enumName(value));
        else
            return value;
    }

    template <class T>
    Json valueJson(const std::optional<T>& value) const {
        return value ? valueJson(*value) : Json(nullptr);
    }

    Json valueJson(const std::filesystem::path& source) const {
        return ProjectJsonWriter::storedSourcePath(source, m_projectDir);
    }

    Json& m_object;
    const std::filesystem::path& m_projectDir;
};

template <class T>
Json objectJson(const T& value, const std::filesystem::path& projectDir) {
    Json object = Json::object();
    WriteVisitor visitor(object, projectDir);
    schema::visitFields(visitor, value);
    return object;
}

Json objectJson(const Module& module, const std::filesystem::path& projectDir) {
    Json object = Json::object();
    object["type"] = moduleTypeName(module.parameters);
    object["enabled"] = module.enabled;
    WriteVisitor visitor(object, projectDir);
    std::visit([&](const auto& settings) { schema::visitFields(visitor, settings); },
               module.parameters);
    return object;
}

bool startsWithParent(const std::filesystem::path& relative) {
    return !relative.empty() && *relative.begin() == "..";
}

}  // namespace

ProjectJsonWriter::ProjectJsonWriter(std::filesystem::path projectDir)
    : m_projectDir(std::move(projectDir)) {}

Json ProjectJsonWriter::toJson(const Project& project) const {
    Json document = Json::object();
    document["format"] = Project::kFormatName;
    document["version"] = Project::kFormatVersion;
    WriteVisitor visitor(document, m_projectDir);
    schema::visitFields(visitor, project);
    return document;
}

std::string ProjectJsonWriter::toText(const Project& project) const {
    // Text from the UI is valid UTF-8; should a broken string slip through, it is
    // saved with U+FFFD rather than losing the whole project.
    return toJson(project).dump(kIndent, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string ProjectJsonWriter::storedSourcePath(const std::filesystem::path& source,
                                                const std::filesystem::path& projectDir) {
    if (source.empty() || source.is_relative() || projectDir.empty())
        return source.generic_string();
    const auto normal = source.lexically_normal();
    const auto relative = normal.lexically_relative(projectDir.lexically_normal());
    if (relative.empty() || relative == "." || startsWithParent(relative))
        return normal.generic_string();
    return relative.generic_string();
}

}  // namespace lathe
