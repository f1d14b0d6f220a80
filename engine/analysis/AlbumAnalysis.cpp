#include "analysis/AlbumAnalysis.h"

#include <algorithm>
#include <limits>

namespace lathe {

AlbumAnalysis::AlbumAnalysis() {
    m_peaks.truePeakDbtp = m_peaks.samplePeakDbfs = -std::numeric_limits<double>::infinity();
}

void AlbumAnalysis::add(const FileReport& file, LoudnessMeter loudness) {
    m_peaks.truePeakDbtp = std::max(m_peaks.truePeakDbtp, file.truePeakDbtp);
    m_peaks.samplePeakDbfs = std::max(m_peaks.samplePeakDbfs, file.samplePeakDbfs);
    m_meters.push_back(std::move(loudness));
}

AlbumReport AlbumAnalysis::report() const {
    AlbumReport report = m_peaks;
    report.fileCount = m_meters.size();
    if (m_meters.empty())
        return report;
    std::vector<const LoudnessMeter*> meters;
    for (const LoudnessMeter& meter : m_meters)
        meters.push_back(&meter);
    report.integratedLufs = LoudnessMeter::integratedLufs(meters);
    report.loudnessRangeLu = LoudnessMeter::loudnessRangeLu(meters);
    return report;
}

}  // namespace lathe
