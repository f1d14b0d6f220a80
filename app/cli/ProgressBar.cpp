#include "ProgressBar.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace lathe::cli {

namespace {
constexpr int kPermille = 1000;
}

ProgressBar::ProgressBar(std::string label, bool quiet)
    : m_label(std::move(label)), m_enabled(!quiet && ::isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(double fraction, const std::string& detail) {
    if (!m_enabled)
        return;
    const int permille = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kPermille);
    if (permille == m_lastPermille && detail == m_lastDetail)
        return;
    m_lastPermille = permille;
    m_lastDetail = detail;
    const int filled = permille * kWidth / kPermille;
    const std::string bar = std::string(static_cast<std::size_t>(filled), '#') +
                            std::string(static_cast<std::size_t>(kWidth - filled), '-');
    std::fprintf(stderr, "\r%s [%s] %5.1f%%%s%s\033[K", m_label.c_str(), bar.c_str(), permille / 10.0,
                 detail.empty() ? "" : "  ", detail.c_str());
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish() {
    if (m_drawn)
        std::fputc('\n', stderr);
    m_drawn = false;
}

}  // namespace lathe::cli
