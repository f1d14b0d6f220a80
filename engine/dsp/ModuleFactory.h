#pragma once

#include "dsp/Processor.h"
#include "project/ModuleSettings.h"

#include <memory>

namespace lathe {

// The processor behind each chain module of project-format.md: gain → GainStage,
// eq → ParametricEq (minimum phase) or LinearPhaseEq, compressor → Compressor,
// multiband → Multiband, stereo → StereoImager, declick → Declicker,
// limiter → TruePeakLimiter. The processor is configured but not prepared.
// A disabled module has no processor (nullptr): it costs nothing and changes nothing.
std::unique_ptr<Processor> createProcessor(const Module& module);

// True when the processor made for `previous` can take `next` through its setSettings:
// both enabled, the same type, and nothing that is fixed at prepare() changes (the EQ's
// phase, the multiband's phase mode, the limiter's look-ahead: they change the latency).
bool canUpdateProcessor(const Module& previous, const Module& next);

// Hands `module`'s settings to the processor createProcessor() made for a module that
// canUpdateProcessor() accepts, through its own setSettings (which glides where the
// processor does). Returns false, changing nothing, when the processor is of another
// type. Called between process() calls; a linear-phase EQ designs its new kernel here
// (allocates), every other type does not.
bool updateProcessor(Processor& processor, const Module& module);

}  // namespace lathe
