#include "io/SoundFileFormatNames.h"

#include <array>
#include <sndfile.h>
#include <utility>

namespace lathe {
namespace {

struct SubtypeEntry {
    int code;
    const char* name;
    int bits;
};

constexpr std::array<std::pair<int, const char*>, 25> kMajorFormats{{
    {SF_FORMAT_WAV, "WAV"},     {SF_FORMAT_AIFF, "AIFF"},   {SF_FORMAT_AU, "AU"},
    {SF_FORMAT_RAW, "RAW"},     {SF_FORMAT_PAF, "PAF"},     {SF_FORMAT_SVX, "SVX"},
    {SF_FORMAT_NIST, "NIST"},   {SF_FORMAT_VOC, "VOC"},     {SF_FORMAT_IRCAM, "IRCAM"},
    {SF_FORMAT_W64, "W64"},     {SF_FORMAT_MAT4, "MAT4"},   {SF_FORMAT_MAT5, "MAT5"},
    {SF_FORMAT_PVF, "PVF"},     {SF_FORMAT_XI, "XI"},       {SF_FORMAT_HTK, "HTK"},
    {SF_FORMAT_SDS, "SDS"},     {SF_FORMAT_AVR, "AVR"},     {SF_FORMAT_WAVEX, "WAVEX"},
    {SF_FORMAT_SD2, "SD2"},     {SF_FORMAT_FLAC, "FLAC"},   {SF_FORMAT_CAF, "CAF"},
    {SF_FORMAT_WVE, "WVE"},     {SF_FORMAT_OGG, "OGG"},     {SF_FORMAT_MPC2K, "MPC2K"},
    {SF_FORMAT_RF64, "RF64"},
}};

constexpr std::array<SubtypeEntry, 26> kSubtypes{{
    {SF_FORMAT_PCM_S8, "PCM_S8", 8},   {SF_FORMAT_PCM_16, "PCM_16", 16},
    {SF_FORMAT_PCM_24, "PCM_24", 24},  {SF_FORMAT_PCM_32, "PCM_32", 32},
    {SF_FORMAT_PCM_U8, "PCM_U8", 8},   {SF_FORMAT_FLOAT, "FLOAT", 0},
    {SF_FORMAT_DOUBLE, "DOUBLE", 0},   {SF_FORMAT_ULAW, "ULAW", 0},
    {SF_FORMAT_ALAW, "ALAW", 0},       {SF_FORMAT_IMA_ADPCM, "IMA_ADPCM", 0},
    {SF_FORMAT_MS_ADPCM, "MS_ADPCM", 0}, {SF_FORMAT_GSM610, "GSM610", 0},
    {SF_FORMAT_VOX_ADPCM, "VOX_ADPCM", 0}, {SF_FORMAT_G721_32, "G721_32", 0},
    {SF_FORMAT_G723_24, "G723_24", 0}, {SF_FORMAT_G723_40, "G723_40", 0},
    {SF_FORMAT_DWVW_12, "DWVW_12", 12}, {SF_FORMAT_DWVW_16, "DWVW_16", 16},
    {SF_FORMAT_DWVW_24, "DWVW_24", 24}, {SF_FORMAT_DPCM_8, "DPCM_8", 8},
    {SF_FORMAT_DPCM_16, "DPCM_16", 16}, {SF_FORMAT_VORBIS, "VORBIS", 0},
    {SF_FORMAT_ALAC_16, "ALAC_16", 16}, {SF_FORMAT_ALAC_20, "ALAC_20", 20},
    {SF_FORMAT_ALAC_24, "ALAC_24", 24}, {SF_FORMAT_ALAC_32, "ALAC_32", 32},
}};

// Formats newer than the oldest libsndfile we build against, by their stable codes.
constexpr int kFormatMpeg = 0x230000;
constexpr int kSubtypeOpus = 0x0064;
constexpr int kSubtypeMpegLayer1 = 0x0080;
constexpr int kSubtypeMpegLayer2 = 0x0081;
constexpr int kSubtypeMpegLayer3 = 0x0082;

const SubtypeEntry* findSubtype(int format) {
    const int code = format & SF_FORMAT_SUBMASK;
    for (const auto& entry : kSubtypes)
        if (entry.code == code)
            return &entry;
    return nullptr;
}

}  // namespace

std::string majorFormatName(int sndfileFormat) {
    const int code = sndfileFormat & SF_FORMAT_TYPEMASK;
    if (code == kFormatMpeg)
        return "MPEG";
    for (const auto& [value, name] : kMajorFormats)
        if (value == code)
            return name;
    return "UNKNOWN";
}

std::string subtypeName(int sndfileFormat) {
    switch (sndfileFormat & SF_FORMAT_SUBMASK) {
    case kSubtypeOpus: return "OPUS";
    case kSubtypeMpegLayer1: return "MPEG_LAYER_I";
    case kSubtypeMpegLayer2: return "MPEG_LAYER_II";
    case kSubtypeMpegLayer3: return "MPEG_LAYER_III";
    default: break;
    }
    const SubtypeEntry* entry = findSubtype(sndfileFormat);
    return entry ? entry->name : "UNKNOWN";
}

int subtypeBits(int sndfileFormat) {
    const SubtypeEntry* entry = findSubtype(sndfileFormat);
    return entry ? entry->bits : 0;
}

bool subtypeIsFloat(int sndfileFormat) {
    const int code = sndfileFormat & SF_FORMAT_SUBMASK;
    return code == SF_FORMAT_FLOAT || code == SF_FORMAT_DOUBLE;
}

}  // namespace lathe
