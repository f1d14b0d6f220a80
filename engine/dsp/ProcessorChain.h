#pragma once

#include "dsp/Processor.h"
#include "project/ModuleSettings.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace lathe {

// A chain's modules in order, as one Processor. Disabled modules have no processor, so
// an empty or all-disabled chain never touches the samples (bit-transparent), and a
// chain of neutral modules is as transparent as each of them. The latency is the sum
// of the modules' latencies.
class ProcessorChain final : public Processor {
public:
    ProcessorChain() = default;
    explicit ProcessorChain(const Chain& chain);

    // Between process() calls, from the thread that owns the chain. When the chain has
    // the same structure (ModuleFactory's canUpdateProcessor for every module, in
    // order), the settings are handed to the existing processors, which glide where
    // they do, and it returns true. Otherwise it changes nothing and returns false: the
    // caller builds (and prepares) a new ProcessorChain, off the audio thread.
    bool setSettings(const Chain& chain);

    void prepare(double sampleRate, std::size_t maxBlockFrames, std::size_t channels) override;
    void process(const AudioView& audio) noexcept override;
    void reset() noexcept override;
    std::size_t latencyFrames() const noexcept override;

    // The processors of the enabled modules, in order (disabled ones are skipped).
    std::size_t size() const noexcept { return m_processors.size(); }
    Processor& processor(std::size_t index) const noexcept { return *m_processors[index]; }

private:
    Chain m_chain;
    std::vector<std::unique_ptr<Processor>> m_processors;
};

}  // namespace lathe
