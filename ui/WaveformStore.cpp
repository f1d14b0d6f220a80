#include "WaveformStore.h"

#include "analysis/PeakPyramidWorker.h"

#include <QMetaObject>
#include <QPointer>

namespace lathe::ui {

WaveformStore::WaveformStore(const std::filesystem::path& cacheFolder, QObject* parent) : QObject(parent) {
    m_worker = std::make_unique<PeakPyramidWorker>(PeakCache(cacheFolder), [this](PeakPyramidWorker::Outcome outcome) {
        // Runs on the worker thread: hand the result to the UI thread. The worker is
        // destroyed (and joined) before this object, so `this` outlives the call.
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome)] {
                deliver(QString::fromStdString(outcome.source.string()), outcome.pyramid, outcome.fromCache,
                        QString::fromStdString(outcome.error));
            },
            Qt::QueuedConnection);
    });
}

WaveformStore::~WaveformStore() { m_worker.reset(); }

void WaveformStore::request(const QStringList& sources) {
    for (const QString& source : sources) {
        if (m_pyramids.contains(source) || m_pending.contains(source) || m_errors.contains(source))
            continue;
        m_pending.insert(source);
        m_worker->request(source.toStdString());
    }
}

std::shared_ptr<const PeakPyramid> WaveformStore::pyramid(const QString& source) const {
    return m_pyramids.value(source);
}

std::optional<double> WaveformStore::seconds(const QString& source) const {
    const auto pyramid = m_pyramids.value(source);
    if (!pyramid || pyramid->sampleRate() <= 0)
        return std::nullopt;
    return static_cast<double>(pyramid->frames()) / pyramid->sampleRate();
}

void WaveformStore::deliver(const QString& source, std::shared_ptr<const PeakPyramid> pyramid, bool fromCache,
                            const QString& error) {
    m_pending.remove(source);
    if (pyramid)
        m_pyramids.insert(source, std::move(pyramid));
    else
        m_errors.insert(source, error);
    m_cacheHits += fromCache ? 1 : 0;
    emit ready(source);
    if (m_pending.isEmpty())
        emit allReady();
}

}  // namespace lathe::ui
