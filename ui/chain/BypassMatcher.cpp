#include "BypassMatcher.h"

#include "PlaybackController.h"
#include "ProjectDocument.h"
#include "Transport.h"

#include "render/LoudnessChange.h"

#include <algorithm>
#include <exception>

namespace lathe::ui {

BypassMatcher::BypassMatcher(ProjectDocument* document, PlaybackController* playback, Transport* transport,
                             QObject* parent)
    : QObject(parent), m_document(document), m_playback(playback), m_transport(transport) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &BypassMatcher::startMeasuring);
    connect(document, &ProjectDocument::changed, this, &BypassMatcher::documentChanged);
    // Another passage may make the module work differently: measure there.
    connect(transport, &Transport::seekRequested, this, [this] {
        if (!m_matched.empty())
            m_settle.start();
    });
    connect(document, &ProjectDocument::opened, this, [this] {
        m_matched.clear();
        documentChanged();
    });
}

BypassMatcher::~BypassMatcher() {
    if (m_worker.joinable())
        m_worker.join();
}

void BypassMatcher::setMatching(bool on) {
    if (on == m_matching)
        return;
    m_matching = on;
    if (on) {
        // Modules already bypassed are not matched: only what is bypassed from now on.
        documentChanged();
    } else {
        m_matched.clear();
        documentChanged();
    }
}

void BypassMatcher::noteBypassed(ModuleAddress address) {
    if (m_matching && std::find(m_matched.begin(), m_matched.end(), address) == m_matched.end())
        m_matched.push_back(address);
}

void BypassMatcher::documentChanged() {
    const Project& project = m_document->project();
    std::erase_if(m_matched, [&](const ModuleAddress& address) {
        const Module* module = address.moduleIn(project);
        return module == nullptr || module->enabled;
    });
    ++m_generation;
    if (m_matched.empty()) {
        m_settle.stop();
        apply(std::nullopt);
        return;
    }
    m_settle.start();
}

void BypassMatcher::startMeasuring() {
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_worker.joinable())
        m_worker.join();  // finished: it reported before m_running dropped
    const Project reference = m_document->project();
    Project processed = reference;
    for (const ModuleAddress& address : m_matched)
        if (Module* module = address.moduleIn(processed))
            module->enabled = true;
    const double centre = m_transport->position();
    const std::uint64_t generation = m_generation;
    m_running = true;
    m_worker = std::thread([this, processed, reference, centre, generation] {
        std::optional<double> trim;
        try {
            trim = LoudnessChange::measureDb(processed, reference, centre);
        } catch (const std::exception&) {
            trim.reset();  // unreadable sources: no trim rather than a wrong one
        }
        QMetaObject::invokeMethod(
            this, [this, generation, trim] { measured(generation, trim); }, Qt::QueuedConnection);
    });
}

void BypassMatcher::measured(std::uint64_t generation, std::optional<double> trimDb) {
    m_running = false;
    if (generation == m_generation && !m_matched.empty())
        apply(trimDb);
    if (m_again || generation != m_generation) {
        m_again = false;
        if (!m_matched.empty())
            startMeasuring();
    }
}

void BypassMatcher::apply(std::optional<double> trimDb) {
    m_trimDb = trimDb;
    if (m_playback)
        m_playback->setMonitorTrimDb(trimDb.value_or(0.0));
    emit trimChanged();
}

}  // namespace lathe::ui
