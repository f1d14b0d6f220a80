#pragma once

#include <QWidget>
#include <vector>

namespace lathe::ui {

// The last kSeconds of gain reduction as a scrolling graph (newest at the right), one
// reading per meter frame: shows how hard and how often the limiter works over a phrase.
class ReductionHistory : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFramesPerSecond = 60;
    static constexpr int kSeconds = 8;
    static constexpr double kRangeDb = 12.0;

    explicit ReductionHistory(QWidget* parent = nullptr);

    void push(double reductionDb);
    void clear();
    // The newest reading, and the largest one still on screen.
    double latest() const;
    double largest() const;

    QSize sizeHint() const override { return {300, 70}; }
    QSize minimumSizeHint() const override { return {120, 50}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<float> m_readings;  // circular
    std::size_t m_next = 0;
};

}  // namespace lathe::ui
