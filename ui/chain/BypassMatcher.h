#pragma once

#include "ModuleAddress.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace lathe::ui {

class PlaybackController;
class ProjectDocument;
class Transport;

// The level-matched bypass. While matching is on, a module bypassed through the chain
// editor is remembered; the loudness the bypassed modules added is measured offline on a
// worker thread (LoudnessChange: a stretch of the album around the play head rendered
// with them on and off) and sent to the engine as a monitor-only trim on the master, so
// the bypassed signal plays as loud as the processed one and the comparison is of sound,
// not level. The trim glides, is never stored in the project and never rendered; it
// returns to 0 when the modules are active again, removed, or matching is switched off.
//
// Measuring instead of following the meters live keeps the trim steady (a live
// difference would pump with the music) and works while stopped; a seek measures again
// around the new place.
class BypassMatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 250;  // edits in a burst are measured once

    BypassMatcher(ProjectDocument* document, PlaybackController* playback, Transport* transport,
                  QObject* parent = nullptr);
    ~BypassMatcher() override;

    void setMatching(bool on);
    bool isMatching() const { return m_matching; }
    // A module about to be bypassed by the user: it is matched once it is.
    void noteBypassed(ModuleAddress address);
    const std::vector<ModuleAddress>& matched() const { return m_matched; }

    // The trim in use (dB), nullopt while none applies or it is being measured.
    std::optional<double> trimDb() const { return m_trimDb; }
    bool isMeasuring() const { return m_running; }

signals:
    void trimChanged();

private:
    void documentChanged();
    void startMeasuring();
    void measured(std::uint64_t generation, std::optional<double> trimDb);
    void apply(std::optional<double> trimDb);

    ProjectDocument* m_document;
    PlaybackController* m_playback;
    Transport* m_transport;
    bool m_matching = false;
    std::vector<ModuleAddress> m_matched;
    std::optional<double> m_trimDb;
    QTimer m_settle;
    std::thread m_worker;
    bool m_running = false;
    bool m_again = false;            // an edit arrived while measuring
    std::uint64_t m_generation = 0;  // results of older requests are dropped
};

}  // namespace lathe::ui
