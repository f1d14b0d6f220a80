#include "export/DdpDisc.h"

namespace lathe {

DdpDisc makeDdpDisc(const Project& project, const AlbumTimeline& timeline, std::string masterId) {
    DdpDisc disc;
    disc.toc = timeline.cdTableOfContents();
    disc.upcEan = project.album.upcEan;
    disc.masterId = std::move(masterId);
    disc.albumText = project.album.text;
    for (const Track& track : project.tracks)
        disc.tracks.push_back({track.isrc, track.text});
    return disc;
}

}  // namespace lathe
