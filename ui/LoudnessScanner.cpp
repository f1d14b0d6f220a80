#include "LoudnessScanner.h"

#include "analysis/FileAnalyzer.h"
#include "analysis/LoudnessHistory.h"
#include "core/Error.h"

#include <cmath>

#include <QMetaObject>

namespace lathe::ui {

LoudnessScanner::LoudnessScanner(QObject* parent, Measure measure)
    : QObject(parent), m_measure(std::move(measure)) {
    qRegisterMetaType<lathe::ui::SourceLoudness>("lathe::ui::SourceLoudness");
    // The engine's analysis already uses both cores per file; one file at a time keeps
    // the window responsive.
    m_pool.setMaxThreadCount(1);
}

LoudnessScanner::~LoudnessScanner() {
    m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void LoudnessScanner::scan(const QStringList& sourcePaths) {
    for (const QString& path : sourcePaths) {
        m_pool.start([this, path] {
            if (m_stopping)
                return;
            const SourceLoudness loudness = m_measure(path);
            QMetaObject::invokeMethod(
                this, [this, path, loudness] { emit measured(path, loudness); }, Qt::QueuedConnection);
        });
    }
}

void LoudnessScanner::waitForDone() { m_pool.waitForDone(); }

SourceLoudness LoudnessScanner::measureSource(const QString& sourcePath) {
    SourceLoudness loudness;
    try {
        const FileReport report = FileAnalyzer().analyze(sourcePath.toStdString()).report;
        loudness.integratedLufs = report.integratedLufs;
        if (std::isfinite(report.truePeakDbtp))
            loudness.truePeakDbtp = report.truePeakDbtp;
        loudness.durationSeconds = report.info.durationSeconds();
        loudness.loudnessRangeLu = report.loudnessRangeLu;
        loudness.correlation = report.phaseCorrelation;
        const LoudnessHistory history = LoudnessHistory::measure(sourcePath.toStdString());
        loudness.historyIntervalSeconds = history.intervalSeconds;
        loudness.shortTermLufs = history.shortTermLufs;
    } catch (const Error& error) {
        loudness.error = QString::fromStdString(error.what());
    }
    return loudness;
}

}  // namespace lathe::ui
