#include "project/ProjectValidator.h"

#include "project/JsonPath.h"
#include "project/ProjectSchema.h"

#include <cmath>
#include <type_traits>

namespace lathe {
namespace {

constexpr int kCdSampleRate = 44100;
constexpr std::size_t kMaxCdTracks = 99;
constexpr double kMinFirstPregapSeconds = 2.0;

using rules::formatNumber;

class Problems {
public:
    explicit Problems(std::vector<ProjectProblem>& list) : m_list(list) {}
    void add(std::string path, std::string message) {
        m_list.push_back({std::move(path), std::move(message)});
    }

private:
    std::vector<ProjectProblem>& m_list;
};

// Rules between the values of one object; the path is the object's.
template <class T>
void checkObject(const T&, const std::string&, Problems&) {}

void checkObject(const EqSettings& eq, const std::string& path, Problems& problems) {
    if (eq.bands.size() > EqSettings::kMaxBands)
        problems.add(jsonpath::member(path, "bands"),
                     "at most " + std::to_string(EqSettings::kMaxBands) + " bands, got " +
                         std::to_string(eq.bands.size()));
}

// Each value must lie above the one before it ("index_marks_s[2]: must be after ...").
void checkAscending(const std::vector<double>& values, const std::string& path,
                    const char* unit, Problems& problems) {
    for (std::size_t i = 1; i < values.size(); ++i)
        if (!(values[i] > values[i - 1]))
            problems.add(jsonpath::element(path, i),
                         "must be above the value before it (" + formatNumber(values[i - 1]) +
                             unit + ")");
}

void checkObject(const MultibandSettings& multiband, const std::string& path, Problems& problems) {
    const std::size_t splits = multiband.crossoversHz.size();
    const std::string crossoversPath = jsonpath::member(path, "crossovers_hz");
    if (splits + 1 < MultibandSettings::kMinBands || splits + 1 > MultibandSettings::kMaxBands)
        problems.add(crossoversPath,
                     "2 to 5 bands need 1 to 4 crossovers, got " + std::to_string(splits));
    if (multiband.bands.size() != splits + 1)
        problems.add(jsonpath::member(path, "bands"),
                     "expected " + std::to_string(splits + 1) +
                         " bands (one more than crossovers_hz), got " +
                         std::to_string(multiband.bands.size()));
    checkAscending(multiband.crossoversHz, crossoversPath, " Hz", problems);
}

void checkObject(const Track& track, const std::string& path, Problems& problems) {
    if (track.source.empty())
        problems.add(jsonpath::member(path, "source"), "missing; every track needs a source file");
    if (track.trimEndSeconds && !(*track.trimEndSeconds > track.trimStartSeconds))
        problems.add(jsonpath::member(path, "trim_end_s"),
                     "must be after trim_start_s (" + formatNumber(track.trimStartSeconds) + " s)");
    if (track.crossfadeSeconds > 0.0 && track.pregapSeconds != 0.0)
        problems.add(jsonpath::member(path, "crossfade_s"),
                     "a crossfade needs pregap_s 0 (the tracks overlap), got pregap_s " +
                         formatNumber(track.pregapSeconds));
    checkAscending(track.indexMarksSeconds, jsonpath::member(path, "index_marks_s"), " s",
                   problems);
}

// Walks ProjectSchema.h over a project, checking every value against its rule and
// every object against checkObject().
class ValidateVisitor {
public:
    ValidateVisitor(std::string path, const rules::RuleContext& context, Problems& problems)
        : m_path(std::move(path)), m_context(context), m_problems(problems) {}

    template <class T, class Rule = rules::Free>
    void field(std::string_view key, const T& value, const Rule& rule = {}) {
        checkValue(jsonpath::member(m_path, key), value, rule);
    }

    template <class T>
    void object(std::string_view key, const T& nested) {
        visitItem(jsonpath::member(m_path, key), nested);
    }

    template <class T>
    void array(std::string_view key, const std::vector<T>& items) {
        const std::string path = jsonpath::member(m_path, key);
        for (std::size_t i = 0; i < items.size(); ++i)
            visitItem(jsonpath::element(path, i), items[i]);
    }

private:
    template <class T>
    void visitItem(const std::string& path, const T& item) {
        ValidateVisitor nested(path, m_context, m_problems);
        schema::visitFields(nested, item);
        checkObject(item, path, m_problems);
    }

    void visitItem(const std::string& path, const Module& module) {
        std::visit([&](const auto& settings) { visitItem(path, settings); }, module.parameters);
    }

    void report(const std::string& path, const std::optional<std::string>& problem) {
        if (problem)
            m_problems.add(path, *problem);
    }

    template <class Rule>
    void checkValue(const std::string& path, double value, const Rule& rule) {
        if (!std::isfinite(value))
            m_problems.add(path, "must be a finite number");
        else
            report(path, rules::check(value, rule, m_context));
    }

    template <class Rule>
    void checkValue(const std::string& path, int value, const Rule& rule) {
        report(path, rules::check(static_cast<double>(value), rule, m_context));
    }

    template <class Rule>
    void checkValue(const std::string& path, const std::string& value, const Rule& rule) {
        report(path, rules::check(std::string_view(value), rule, m_context));
    }

    template <class T, class Rule>
    void checkValue(const std::string& path, const std::optional<T>& value, const Rule& rule) {
        if (value)
            checkValue(path, *value, rule);
    }

    template <class Rule>
    void checkValue(const std::string& path, const std::vector<double>& values, const Rule& rule) {
        for (std::size_t i = 0; i < values.size(); ++i)
            checkValue(jsonpath::element(path, i), values[i], rule);
    }

    // Enums, flags and paths hold any value of their type.
    template <class T, class Rule>
        requires std::is_enum_v<T> || std::is_same_v<T, bool> ||
                 std::is_same_v<T, std::filesystem::path>
    void checkValue(const std::string&, const T&, const Rule&) {}

    std::string m_path;
    const rules::RuleContext& m_context;
    Problems& m_problems;
};

// Rules that span tracks, and the Red Book's when the album goes to CD.
void checkAlbum(const Project& project, ValidationStage stage, Problems& problems) {
    if (!project.tracks.empty() && project.tracks.front().crossfadeSeconds > 0.0)
        problems.add("tracks[0].crossfade_s", "the first track has no track before it to crossfade with");
    if (!project.exports.ddp.enabled)
        return;
    const std::string why = " (export.ddp.enabled: a CD follows the Red Book)";
    if (project.album.sampleRate != kCdSampleRate)
        problems.add("album.sample_rate", "must be " + std::to_string(kCdSampleRate) + why);
    if (project.tracks.size() > kMaxCdTracks)
        problems.add("tracks", "a CD holds at most " + std::to_string(kMaxCdTracks) +
                                   " tracks, got " + std::to_string(project.tracks.size()) + why);
    if (project.tracks.empty() && stage == ValidationStage::Export)
        problems.add("tracks", "a CD needs at least 1 track" + why);
    if (!project.tracks.empty() && project.tracks.front().pregapSeconds < kMinFirstPregapSeconds)
        problems.add("tracks[0].pregap_s",
                     "the first track needs at least " + formatNumber(kMinFirstPregapSeconds) +
                         " s of pregap" + why);
}

}  // namespace

std::vector<ProjectProblem> validateProject(const Project& project, ValidationStage stage) {
    std::vector<ProjectProblem> list;
    Problems problems(list);
    const rules::RuleContext context{static_cast<double>(project.album.sampleRate)};
    ValidateVisitor visitor("", context, problems);
    schema::visitFields(visitor, project);
    checkAlbum(project, stage, problems);
    return list;
}

std::vector<ProjectProblem> validateChain(const Chain& chain, double sampleRate) {
    std::vector<ProjectProblem> list;
    Problems problems(list);
    const rules::RuleContext context{sampleRate};
    ValidateVisitor visitor("", context, problems);
    schema::visitFields(visitor, chain);
    return list;
}

}  // namespace lathe
