// The colour maps of the views and the round labels of their colour bars.
// Each map is a few anchor colours, interpolated linearly in sRGB.
#pragma once

#include <QString>

#include <array>
#include <vector>

namespace hplx {

struct Anchor
{
    double t;         // position in [0, 1], ascending
    unsigned int rgb; // 0xRRGGBB
};

// "viridis", "cividis", "magma", "coolwarm", "greys"; empty for other names.
const std::vector<Anchor> &anchors(const QString &name);
// RGB in [0, 1] of map at t (clamped to [0, 1]); map must have 2+ anchors.
std::array<double, 3> mapColour(const std::vector<Anchor> &map, double t);
// Okabe & Ito's colour-blind-safe qualitative palette (black left out: it
// outlines highlights), cycling: 0xRRGGBB of entry index.
unsigned int qualitativeRgb(int index);

// Which of n ordinal levels a colour bar names: at most about eight, evenly
// spread, both ends always (0-based, ascending).
std::vector<int> namedLevels(int n);

// Both ends of [lo, hi] and about four round values (1, 2 or 5 times a power
// of ten) between them that do not crowd the ends.
std::vector<double> colourBarLabels(double lo, double hi);

} // namespace hplx
