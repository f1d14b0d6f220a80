#pragma once

#include "analysis/AlbumReport.h"
#include "analysis/FileReport.h"
#include "analysis/LoudnessMeter.h"

#include <vector>

namespace lathe {

// Collects analysed files and measures them as one album (EBU R 128 album
// loudness): integrated loudness and loudness range over the blocks of all files
// together, not an average of the files' values; peaks the largest of any file.
class AlbumAnalysis {
public:
    AlbumAnalysis();
    void add(const FileReport& file, LoudnessMeter loudness);
    AlbumReport report() const;

private:
    std::vector<LoudnessMeter> m_meters;
    AlbumReport m_peaks;
};

}  // namespace lathe
