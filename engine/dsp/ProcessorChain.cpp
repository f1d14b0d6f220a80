#include "dsp/ProcessorChain.h"

#include "dsp/ModuleFactory.h"

namespace lathe {

ProcessorChain::ProcessorChain(const Chain& chain) : m_chain(chain) {
    for (const Module& module : chain.modules)
        if (auto processor = createProcessor(module))
            m_processors.push_back(std::move(processor));
}

bool ProcessorChain::setSettings(const Chain& chain) {
    if (chain.modules.size() != m_chain.modules.size())
        return false;
    for (std::size_t i = 0; i < chain.modules.size(); ++i) {
        const Module& previous = m_chain.modules[i];
        const Module& next = chain.modules[i];
        // Two disabled modules have no processor either way.
        if ((previous.enabled || next.enabled) && !canUpdateProcessor(previous, next))
            return false;
    }
    std::size_t index = 0;
    for (const Module& module : chain.modules)
        if (module.enabled)
            updateProcessor(*m_processors[index++], module);
    m_chain = chain;
    return true;
}

void ProcessorChain::prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) {
    for (auto& processor : m_processors)
        processor->prepare(sampleRate, maxBlockFrames, channels);
}

void ProcessorChain::process(const AudioView& audio) noexcept {
    for (auto& processor : m_processors)
        processor->process(audio);
}

void ProcessorChain::reset() noexcept {
    for (auto& processor : m_processors)
        processor->reset();
}

std::size_t ProcessorChain::latencyFrames() const noexcept {
    std::size_t total = 0;
    for (const auto& processor : m_processors)
        total += processor->latencyFrames();
    return total;
}

}  // namespace lathe
