#pragma once

#include "export/DdpInspection.h"

#include <nlohmann/json.hpp>

namespace lathe {

enum class DdpJsonDetail {
    Contract,  // exactly the keys of `inspect-ddp --json` in cli.md
    Report,    // plus the lead-out and every track's further index sectors (report.json)
};

// A DDP image's table of contents and problems as JSON, in cli.md's key order. The
// CLI's `inspect-ddp` and the render's read-back record share this one form.
nlohmann::ordered_json ddpInspectionJson(const DdpInspection& inspection, DdpJsonDetail detail);

}  // namespace lathe
