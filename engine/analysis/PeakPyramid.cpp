#include "analysis/PeakPyramid.h"

#include "io/AudioFileReader.h"

#include <algorithm>
#include <array>
#include <istream>
#include <limits>
#include <ostream>

namespace lathe {
namespace {

constexpr std::array<char, 4> kMagic{'L', 'T', 'P', 'K'};
constexpr std::uint32_t kFileVersion = 1;
constexpr std::size_t kReadBlockFrames = 1 << 16;
// A cache file claiming more than this is corrupt, not a real source.
constexpr std::int64_t kMaxPlausibleFrames = std::int64_t{1} << 40;

PeakPair merge(PeakPair a, PeakPair b) { return {std::min(a.min, b.min), std::max(a.max, b.max)}; }

constexpr PeakPair kEmpty{std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest()};

template <typename T>
void writeValue(std::ostream& out, const T& value) {
    out.write(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T>
bool readValue(std::istream& in, T& value) {
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&value), sizeof(T)));
}

}  // namespace

// Accumulates level-0 buckets from blocks of any size.
class PeakPyramid::Builder {
public:
    Builder(std::size_t channels, int sampleRate) : m_current(channels, kEmpty), m_base(channels) {
        m_pyramid.m_sampleRate = sampleRate;
    }

    void add(const AudioView& block) {
        std::size_t frame = 0;
        while (frame < block.frameCount()) {
            const auto take = std::min(block.frameCount() - frame,
                                       static_cast<std::size_t>(kBaseFramesPerPeak - m_filled));
            for (std::size_t ch = 0; ch < m_current.size(); ++ch) {
                const float* samples = block.channel(ch) + frame;
                const auto [low, high] = std::minmax_element(samples, samples + take);
                m_current[ch] = merge(m_current[ch], {*low, *high});
            }
            frame += take;
            m_filled += static_cast<std::int64_t>(take);
            if (m_filled == kBaseFramesPerPeak)
                flush();
        }
        m_pyramid.m_frames += static_cast<std::int64_t>(block.frameCount());
    }

    PeakPyramid finish() {
        if (m_filled > 0)
            flush();
        m_pyramid.m_levels.push_back(std::move(m_base));
        m_pyramid.buildUpperLevels();
        return std::move(m_pyramid);
    }

private:
    void flush() {
        for (std::size_t ch = 0; ch < m_current.size(); ++ch) {
            m_base[ch].push_back(m_current[ch]);
            m_current[ch] = kEmpty;
        }
        m_filled = 0;
    }

    std::vector<PeakPair> m_current;
    std::vector<std::vector<PeakPair>> m_base;
    std::int64_t m_filled = 0;
    PeakPyramid m_pyramid;
};

PeakPyramid PeakPyramid::fromAudio(const AudioView& audio, int sampleRate) {
    Builder builder(audio.channelCount(), sampleRate);
    builder.add(audio);
    return builder.finish();
}

std::optional<PeakPyramid> PeakPyramid::fromFile(const std::filesystem::path& source, std::stop_token stop) {
    AudioFileReader reader(source);
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    AudioBuffer block(channels, kReadBlockFrames);
    Builder builder(channels, reader.info().sampleRate);
    while (true) {
        if (stop.stop_requested())
            return std::nullopt;
        const std::size_t read = reader.read(block.view());
        if (read == 0)
            break;
        builder.add(block.view(read));
    }
    return builder.finish();
}

void PeakPyramid::buildUpperLevels() {
    m_levels.resize(1);
    while (!m_levels.back().empty() && m_levels.back().front().size() > kCoarsestBuckets) {
        const auto& below = m_levels.back();
        std::vector<std::vector<PeakPair>> above(below.size());
        for (std::size_t ch = 0; ch < below.size(); ++ch) {
            const auto& source = below[ch];
            auto& merged = above[ch];
            merged.reserve((source.size() + kLevelFactor - 1) / kLevelFactor);
            for (std::size_t i = 0; i < source.size(); i += kLevelFactor) {
                const auto last = std::min(source.size(), i + static_cast<std::size_t>(kLevelFactor));
                PeakPair peak = kEmpty;
                for (std::size_t j = i; j < last; ++j)
                    peak = merge(peak, source[j]);
                merged.push_back(peak);
            }
        }
        m_levels.push_back(std::move(above));
    }
}

std::int64_t PeakPyramid::framesPerPeak(int level) {
    std::int64_t frames = kBaseFramesPerPeak;
    for (int i = 0; i < level; ++i)
        frames *= kLevelFactor;
    return frames;
}

std::span<const PeakPair> PeakPyramid::level(int level, int channel) const {
    return m_levels.at(static_cast<std::size_t>(level)).at(static_cast<std::size_t>(channel));
}

PeakPair PeakPyramid::range(int channel, std::int64_t begin, std::int64_t end) const {
    begin = std::clamp<std::int64_t>(begin, 0, m_frames);
    end = std::clamp<std::int64_t>(end, begin, m_frames);
    if (end <= begin || m_levels.empty())
        return {};
    int chosen = 0;
    while (chosen + 1 < levelCount() && framesPerPeak(chosen + 1) <= end - begin)
        ++chosen;
    const auto buckets = level(chosen, channel);
    const std::int64_t width = framesPerPeak(chosen);
    const auto first = static_cast<std::size_t>(begin / width);
    const auto last = std::min(buckets.size(), static_cast<std::size_t>((end + width - 1) / width));
    PeakPair peak = kEmpty;
    for (std::size_t i = first; i < last; ++i)
        peak = merge(peak, buckets[i]);
    return peak;
}

void PeakPyramid::write(std::ostream& out) const {
    out.write(kMagic.data(), kMagic.size());
    writeValue(out, kFileVersion);
    writeValue(out, static_cast<std::uint32_t>(channels()));
    writeValue(out, static_cast<std::int32_t>(m_sampleRate));
    writeValue(out, m_frames);
    for (int ch = 0; ch < channels(); ++ch) {
        const auto base = level(0, ch);
        out.write(reinterpret_cast<const char*>(base.data()),
                  static_cast<std::streamsize>(base.size() * sizeof(PeakPair)));
    }
}

std::optional<PeakPyramid> PeakPyramid::read(std::istream& in) {
    std::array<char, 4> magic{};
    std::uint32_t version = 0;
    std::uint32_t channels = 0;
    std::int32_t sampleRate = 0;
    PeakPyramid pyramid;
    if (!in.read(magic.data(), magic.size()) || magic != kMagic || !readValue(in, version) ||
        version != kFileVersion || !readValue(in, channels) || !readValue(in, sampleRate) ||
        !readValue(in, pyramid.m_frames))
        return std::nullopt;
    if (channels == 0 || channels > static_cast<std::uint32_t>(AudioFileReader::kMaxChannels) ||
        sampleRate <= 0 || pyramid.m_frames < 0 || pyramid.m_frames > kMaxPlausibleFrames)
        return std::nullopt;
    pyramid.m_sampleRate = sampleRate;
    const auto buckets =
        static_cast<std::size_t>((pyramid.m_frames + kBaseFramesPerPeak - 1) / kBaseFramesPerPeak);
    std::vector<std::vector<PeakPair>> base(channels, std::vector<PeakPair>(buckets));
    for (auto& channel : base)
        if (!in.read(reinterpret_cast<char*>(channel.data()),
                     static_cast<std::streamsize>(buckets * sizeof(PeakPair))))
            return std::nullopt;
    if (in.peek() != std::char_traits<char>::eof())
        return std::nullopt;
    pyramid.m_levels.push_back(std::move(base));
    pyramid.buildUpperLevels();
    return pyramid;
}

}  // namespace lathe
