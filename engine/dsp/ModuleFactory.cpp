#include "dsp/ModuleFactory.h"

#include "dsp/Compressor.h"
#include "dsp/Declicker.h"
#include "dsp/GainStage.h"
#include "dsp/LinearPhaseEq.h"
#include "dsp/Multiband.h"
#include "dsp/ParametricEq.h"
#include "dsp/StereoImager.h"
#include "dsp/TruePeakLimiter.h"

#include <type_traits>

namespace lathe {
namespace {

std::unique_ptr<Processor> createEq(const EqSettings& settings) {
    if (settings.phase == EqPhase::Linear) {
        auto eq = std::make_unique<LinearPhaseEq>();
        eq->setSettings(settings);
        return eq;
    }
    auto eq = std::make_unique<ParametricEq>();
    eq->setSettings(settings, true);
    return eq;
}

// The processor type of each settings type (the EQ picks one of two by its phase).
template <class Settings> struct ProcessorOf;
template <> struct ProcessorOf<GainSettings> { using Type = GainStage; };
template <> struct ProcessorOf<CompressorSettings> { using Type = Compressor; };
template <> struct ProcessorOf<MultibandSettings> { using Type = Multiband; };
template <> struct ProcessorOf<StereoSettings> { using Type = StereoImager; };
template <> struct ProcessorOf<DeclickSettings> { using Type = Declicker; };
template <> struct ProcessorOf<LimiterSettings> { using Type = TruePeakLimiter; };

bool updateEq(Processor& processor, const EqSettings& settings) {
    if (settings.phase == EqPhase::Linear) {
        auto* eq = dynamic_cast<LinearPhaseEq*>(&processor);
        if (eq != nullptr)
            eq->setSettings(settings);
        return eq != nullptr;
    }
    auto* eq = dynamic_cast<ParametricEq*>(&processor);
    if (eq != nullptr)
        eq->setSettings(settings);
    return eq != nullptr;
}

}  // namespace

std::unique_ptr<Processor> createProcessor(const Module& module) {
    if (!module.enabled)
        return nullptr;
    return std::visit(
        [](const auto& settings) -> std::unique_ptr<Processor> {
            using Settings = std::decay_t<decltype(settings)>;
            if constexpr (std::is_same_v<Settings, EqSettings>)
                return createEq(settings);
            else
                return std::make_unique<typename ProcessorOf<Settings>::Type>(settings);
        },
        module.parameters);
}

bool canUpdateProcessor(const Module& previous, const Module& next) {
    if (!previous.enabled || !next.enabled || previous.parameters.index() != next.parameters.index())
        return false;
    if (const auto* eq = std::get_if<EqSettings>(&previous.parameters))
        return eq->phase == std::get<EqSettings>(next.parameters).phase;
    if (const auto* multiband = std::get_if<MultibandSettings>(&previous.parameters))
        return multiband->linearPhase == std::get<MultibandSettings>(next.parameters).linearPhase;
    if (const auto* limiter = std::get_if<LimiterSettings>(&previous.parameters))
        return limiter->lookaheadMs == std::get<LimiterSettings>(next.parameters).lookaheadMs;
    return true;
}

bool updateProcessor(Processor& processor, const Module& module) {
    if (!module.enabled)
        return false;
    return std::visit(
        [&processor](const auto& settings) {
            using Settings = std::decay_t<decltype(settings)>;
            if constexpr (std::is_same_v<Settings, EqSettings>) {
                return updateEq(processor, settings);
            } else {
                auto* typed = dynamic_cast<typename ProcessorOf<Settings>::Type*>(&processor);
                if (typed != nullptr)
                    typed->setSettings(settings);
                return typed != nullptr;
            }
        },
        module.parameters);
}

}  // namespace lathe
