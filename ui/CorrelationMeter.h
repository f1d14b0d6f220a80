#pragma once

#include <QWidget>
#include <optional>

namespace lathe::ui {

// Phase correlation from −1 (out of phase: cancels in mono) through 0 (wide) to +1
// (mono), as a horizontal bar with its centre at 0.
class CorrelationMeter : public QWidget {
    Q_OBJECT
public:
    explicit CorrelationMeter(QWidget* parent = nullptr);
    void setCorrelation(std::optional<double> correlation);
    std::optional<double> correlation() const { return m_correlation; }
    QSize sizeHint() const override { return {200, 26}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<double> m_correlation;
};

}  // namespace lathe::ui
