#include "dsp/ButterworthCutDesign.h"

#include "dsp/MatchedBiquadDesign.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lathe {

int ButterworthCutDesign::orderForSlope(int slopeDbPerOctave) noexcept {
    const int order = (slopeDbPerOctave + kDbPerOctavePerOrder / 2) / kDbPerOctavePerOrder;
    return std::clamp(order, kMinOrder, kMaxOrder);
}

double ButterworthCutDesign::sectionQ(int order, int section) noexcept {
    // Poles at angles theta from the negative real axis; a pair has Q = 1 / (2 cos theta).
    // Even orders: theta = (2k + 1) pi / (2N); odd orders: theta = (k + 1) pi / N.
    const double theta = order % 2 == 0
                             ? (2.0 * section + 1.0) * std::numbers::pi / (2.0 * order)
                             : (section + 1.0) * std::numbers::pi / order;
    return 1.0 / (2.0 * std::cos(theta));
}

namespace {

template <typename SecondOrder, typename FirstOrder>
SectionList cascade(double w0, int order, SecondOrder secondOrder, FirstOrder firstOrder) {
    SectionList list;
    order = std::clamp(order, ButterworthCutDesign::kMinOrder, ButterworthCutDesign::kMaxOrder);
    for (int k = 0; k < order / 2; ++k)
        list.sections[list.count++] = secondOrder(w0, ButterworthCutDesign::sectionQ(order, k));
    if (order % 2 != 0)
        list.sections[list.count++] = firstOrder(w0);
    return list;
}

}  // namespace

SectionList ButterworthCutDesign::lowCut(double w0, int order) noexcept {
    return cascade(w0, order, MatchedBiquadDesign::highPass, MatchedBiquadDesign::highPass1);
}

SectionList ButterworthCutDesign::highCut(double w0, int order) noexcept {
    return cascade(w0, order, MatchedBiquadDesign::lowPass, MatchedBiquadDesign::lowPass1);
}

}  // namespace lathe
