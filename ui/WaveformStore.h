#pragma once

#include "analysis/PeakPyramid.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <filesystem>
#include <memory>

namespace lathe {
class PeakPyramidWorker;
}

namespace lathe::ui {

// The peak pyramids of the open album's sources, computed or loaded from the disk
// cache on a worker thread; each arrives on the UI thread through `ready`.
class WaveformStore : public QObject {
    Q_OBJECT
public:
    // `cacheFolder`: where pyramids are kept between sessions (the user's cache folder).
    explicit WaveformStore(const std::filesystem::path& cacheFolder, QObject* parent = nullptr);
    ~WaveformStore() override;

    // Asks for every source not yet known or requested.
    void request(const QStringList& sources);
    std::shared_ptr<const PeakPyramid> pyramid(const QString& source) const;
    std::optional<double> seconds(const QString& source) const;
    // Why a source could not be read (empty while it is pending or fine).
    QString error(const QString& source) const { return m_errors.value(source); }
    bool isPending() const { return !m_pending.isEmpty(); }
    int cacheHits() const { return m_cacheHits; }

signals:
    void ready(const QString& source);
    void allReady();

private:
    void deliver(const QString& source, std::shared_ptr<const PeakPyramid> pyramid, bool fromCache,
                 const QString& error);

    QHash<QString, std::shared_ptr<const PeakPyramid>> m_pyramids;
    QHash<QString, QString> m_errors;
    QSet<QString> m_pending;
    int m_cacheHits = 0;
    std::unique_ptr<PeakPyramidWorker> m_worker;
};

}  // namespace lathe::ui
