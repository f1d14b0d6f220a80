#pragma once

#include "project/Project.h"
#include "project/ProjectError.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lathe {

// The rules of project-format.md that need the sources' lengths (frames at the
// album's rate, before trimming): trims inside the source, fades and crossfades inside
// the trimmed audio, index marks inside their track, and with DDP enabled the Red
// Book's durations (each track >= 4 s from index 1 to the next track's index 0, the
// album <= 79:57). Every problem is returned, each naming its JSON path.
std::vector<ProjectProblem> validateAlbumTimeline(const Project& project,
                                                  std::span<const std::int64_t> sourceFrames);

// Everything a render checks before it starts: validateProject(project, Export) and
// then validateAlbumTimeline(). The track count and track 1's pregap are
// validateProject's rules, the durations the timeline's.
std::vector<ProjectProblem> validateAlbum(const Project& project, std::span<const std::int64_t> sourceFrames);

}  // namespace lathe
