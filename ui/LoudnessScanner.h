#pragma once

#include "TrackListModel.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>

namespace lathe::ui {

// Measures sources on worker threads so opening an album never blocks the window;
// each result arrives on the UI thread through `measured`.
class LoudnessScanner : public QObject {
    Q_OBJECT
public:
    using Measure = std::function<SourceLoudness(const QString& sourcePath)>;

    explicit LoudnessScanner(QObject* parent = nullptr, Measure measure = measureSource);
    ~LoudnessScanner() override;

    void scan(const QStringList& sourcePaths);
    // Waits for every scan started so far (tests, shutdown).
    void waitForDone();

    // The engine's file analysis: integrated loudness, true peak, duration, loudness
    // range, phase correlation and the short-term loudness history.
    static SourceLoudness measureSource(const QString& sourcePath);

signals:
    void measured(const QString& sourcePath, const lathe::ui::SourceLoudness& loudness);

private:
    Measure m_measure;
    QThreadPool m_pool;
    std::atomic<bool> m_stopping{false};
};

}  // namespace lathe::ui
