#include "io/Resampler.h"

#include "core/Error.h"

#include <soxr.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>
#include <vector>

namespace lathe {

namespace {

void checkRate(double rate, const char* which) {
    if (!(rate > 0.0 && rate <= Resampler::kMaxRate))
        throw badInput(which, "sample rate " + std::to_string(rate) + " Hz is out of range (1 to " +
                                  std::to_string(static_cast<long>(Resampler::kMaxRate)) + " Hz)");
}

}  // namespace

Resampler::Resampler(double inputRate, double outputRate, std::size_t channels, Layout layout)
    : m_inputRate(inputRate), m_outputRate(outputRate), m_channels(channels), m_layout(layout) {
    checkRate(inputRate, "input rate");
    checkRate(outputRate, "output rate");
    if (channels == 0)
        throw badInput("resampler", "no channels");
    const soxr_datatype_t type = layout == Layout::Planar ? SOXR_FLOAT32_S : SOXR_FLOAT32_I;
    const soxr_io_spec_t io = soxr_io_spec(type, type);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_VHQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    soxr_error_t error = nullptr;
    m_soxr = soxr_create(inputRate, outputRate, static_cast<unsigned>(channels), &error, &io,
                         &quality, &runtime);
    if (error || !m_soxr)
        throw Error(ErrorKind::Internal, "libsoxr", error ? error : "cannot create a resampler");
}

Resampler::~Resampler() {
    soxr_delete(m_soxr);
}

Resampler::Progress Resampler::run(const void* input, std::size_t inputFrames, void* output,
                                   std::size_t outputCapacity) {
    Progress progress;
    const soxr_error_t error = soxr_process(m_soxr, input, inputFrames, &progress.consumed, output,
                                            outputCapacity, &progress.produced);
    if (error)
        throw Error(ErrorKind::Internal, "libsoxr", error);
    return progress;
}

Resampler::Progress Resampler::process(const float* const* input, std::size_t inputFrames,
                                       float* const* output, std::size_t outputCapacity) {
    assert(m_layout == Layout::Planar);
    // soxr only reads the pointer array of a split output; its type just lacks the const.
    return run(input, inputFrames, const_cast<float**>(output), outputCapacity);
}

std::size_t Resampler::flush(float* const* output, std::size_t outputCapacity) {
    assert(m_layout == Layout::Planar);
    return run(nullptr, 0, const_cast<float**>(output), outputCapacity).produced;
}

Resampler::Progress Resampler::processInterleaved(const float* input, std::size_t inputFrames,
                                                  float* output, std::size_t outputCapacity) {
    assert(m_layout == Layout::Interleaved);
    return run(input, inputFrames, output, outputCapacity);
}

std::size_t Resampler::flushInterleaved(float* output, std::size_t outputCapacity) {
    assert(m_layout == Layout::Interleaved);
    return run(nullptr, 0, output, outputCapacity).produced;
}

double Resampler::delayFrames() const {
    return soxr_delay(m_soxr);
}

void Resampler::reset() {
    soxr_clear(m_soxr);
}

std::size_t Resampler::outputFramesFor(std::size_t inputFrames, double inputRate, double outputRate) {
    return static_cast<std::size_t>(std::llround(static_cast<double>(inputFrames) * outputRate / inputRate));
}

AudioBuffer Resampler::resample(const AudioBuffer& input, double inputRate, double outputRate) {
    const std::size_t channels = input.channelCount();
    const std::size_t wanted = outputFramesFor(input.frameCount(), inputRate, outputRate);
    AudioBuffer output(channels, wanted);
    if (wanted == 0)
        return output;
    Resampler resampler(inputRate, outputRate, channels);

    std::vector<const float*> in(channels);
    std::vector<float*> out(channels);
    const auto pointAt = [&](std::size_t consumed, std::size_t produced) {
        for (std::size_t c = 0; c < channels; ++c) {
            in[c] = input.channel(c) + consumed;
            out[c] = output.channel(c) + produced;
        }
    };

    std::size_t consumed = 0;
    std::size_t produced = 0;
    while (consumed < input.frameCount() && produced < wanted) {
        pointAt(consumed, produced);
        const Progress step = resampler.process(in.data(), input.frameCount() - consumed, out.data(),
                                                wanted - produced);
        consumed += step.consumed;
        produced += step.produced;
        if (step.consumed == 0 && step.produced == 0)
            break;
    }
    while (produced < wanted) {
        pointAt(consumed, produced);
        const std::size_t step = resampler.flush(out.data(), wanted - produced);
        if (step == 0)
            break;  // soxr had less than the rounded length: the rest stays silent
        produced += step;
    }
    return output;
}

}  // namespace lathe
