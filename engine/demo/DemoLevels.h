#pragma once

#include "core/AudioBuffer.h"
#include "demo/DemoSongs.h"

namespace lathe::demo {

// Integrated loudness (BS.1770 / EBU R 128) of a buffer, in LUFS.
double integratedLoudness(const AudioBuffer& audio, int sampleRate);

// Brings a raw song mix to its target loudness the way its MixLevel says: normal and
// quiet mixes keep their peaks below -1 dBFS (a soft clipper catches the odd drum hit);
// hot mixes are clipped hard just under full scale. Clipping lowers the loudness, so
// the gain is refined until the result is within a tenth of a LU of the target.
AudioBuffer levelMix(const AudioBuffer& raw, int sampleRate, MixLevel level, double targetLufs);

}  // namespace lathe::demo
