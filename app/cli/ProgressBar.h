#pragma once

#include <string>

namespace lathe::cli {

// A one-line progress bar on stderr for long work (cli.md): drawn only when stderr is
// a terminal and not silenced, redrawn only when what it shows changes.
class ProgressBar {
public:
    static constexpr int kWidth = 40;

    ProgressBar(std::string label, bool quiet);
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    // fraction in [0, 1]; `detail` follows the percentage ("pass 2").
    void update(double fraction, const std::string& detail = {});
    // Ends the line, if one was drawn.
    void finish();

private:
    std::string m_label;
    bool m_enabled;
    bool m_drawn = false;
    int m_lastPermille = -1;
    std::string m_lastDetail;
};

}  // namespace lathe::cli
