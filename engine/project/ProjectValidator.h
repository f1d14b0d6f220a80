#pragma once

#include "project/Project.h"
#include "project/ProjectError.h"

#include <vector>

namespace lathe {

// When a rule applies: an album being edited may still have no tracks; one being
// exported to CD must have at least one.
enum class ValidationStage { Editing, Export };

// Every rule of project-format.md that needs no audio: each value's rule from
// ProjectSchema.h (ranges, ISRC, UPC/EAN, frequencies below Nyquist, ...) and the
// rules between values (trim end after start, crossfades, index marks, band counts,
// Red Book limits when DDP is enabled). Red Book durations need the sources' lengths
// and are checked by the timeline. Problems name their JSON paths.
std::vector<ProjectProblem> validateProject(const Project& project,
                                            ValidationStage stage = ValidationStage::Editing);

// The same rules for a chain on its own (a `--chain` file) that will run at `sampleRate`;
// paths are rooted at the chain (`modules[0].bands[2].freq_hz`).
std::vector<ProjectProblem> validateChain(const Chain& chain, double sampleRate);

}  // namespace lathe
