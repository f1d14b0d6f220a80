#pragma once

#include "analysis/AlbumReport.h"
#include "analysis/FileReport.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace lathe {

// `lathe-cli analyze --json`'s document (cli.md, "schema": 1): the keys in the
// contract's order, undefined loudness and the peaks of silence as null (never
// -inf), values rounded to what the measurements resolve: 2 decimals for dB and LU,
// 6 significant digits for DC offsets, 3 decimals for the correlation.
class AnalysisJson {
public:
    static constexpr int kSchema = 1;

    static nlohmann::ordered_json document(const std::vector<FileReport>& files,
                                           const AlbumReport& album);
    static nlohmann::ordered_json file(const FileReport& report);
    static nlohmann::ordered_json album(const AlbumReport& report);
};

}  // namespace lathe
