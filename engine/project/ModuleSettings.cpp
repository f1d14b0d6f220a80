#include "project/ModuleSettings.h"

#include <array>
#include <utility>

namespace lathe {
namespace {

// Indexed like ModuleParameters' alternatives; the static_assert keeps them in step.
constexpr std::array<std::string_view, 7> kModuleTypeNames{
    "gain", "eq", "compressor", "multiband", "stereo", "declick", "limiter"};
static_assert(kModuleTypeNames.size() == std::variant_size_v<ModuleParameters>);

template <std::size_t... Index>
ModuleParameters defaultAlternative(std::size_t index, std::index_sequence<Index...>) {
    static const std::array<ModuleParameters, sizeof...(Index)> defaults{
        ModuleParameters(std::in_place_index<Index>)...};
    return defaults[index];
}

}  // namespace

const char* moduleTypeName(const ModuleParameters& parameters) {
    // The names are literals, so data() is NUL-terminated.
    return kModuleTypeNames[parameters.index()].data();
}

std::span<const std::string_view> moduleTypeNames() { return kModuleTypeNames; }

std::optional<ModuleParameters> defaultModuleParameters(std::string_view typeName) {
    for (std::size_t i = 0; i < kModuleTypeNames.size(); ++i)
        if (kModuleTypeNames[i] == typeName)
            return defaultAlternative(i, std::make_index_sequence<kModuleTypeNames.size()>{});
    return std::nullopt;
}

}  // namespace lathe
