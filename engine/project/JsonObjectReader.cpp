#include "project/JsonObjectReader.h"

#include "project/JsonPath.h"

namespace lathe {

JsonObjectReader::JsonObjectReader(const Json& value, std::string path,
                                   std::vector<ProjectProblem>& problems)
    : m_path(std::move(path)), m_problems(problems) {
    if (value.is_object())
        m_object = &value;
    else
        m_problems.push_back({m_path, m_path.empty() ? "the document must be a JSON object"
                                                     : "expected an object"});
}

std::string JsonObjectReader::pathOf(std::string_view key) const {
    return jsonpath::member(m_path, key);
}

const Json* JsonObjectReader::take(std::string_view key) {
    m_known.emplace(key);
    if (!m_object)
        return nullptr;
    const auto found = m_object->find(std::string(key));
    return found == m_object->end() ? nullptr : &*found;
}

bool JsonObjectReader::has(std::string_view key) const {
    return m_object && m_object->contains(std::string(key));
}

void JsonObjectReader::reportUnknownKeys() {
    if (!m_object)
        return;
    for (auto member = m_object->begin(); member != m_object->end(); ++member)
        if (!m_known.contains(member.key()))
            m_problems.push_back({pathOf(member.key()), "unknown key"});
}

}  // namespace lathe
