#include "vtk/ColourMaps.h"

#include <algorithm>
#include <cmath>

namespace hplx {

// Anchor colours sampled from the published maps (matplotlib's viridis,
// cividis and magma; Moreland's diverging cool-warm); linear in sRGB between
// anchors. greys: dark to light, ending short of white so the high end shows
// against a white background.
const std::vector<Anchor> &anchors(const QString &name)
{
    static const std::vector<Anchor> viridis{{0.0, 0x440154},   {0.125, 0x472c7a}, {0.25, 0x3b518b},
                                             {0.375, 0x2c718e}, {0.5, 0x21908d},   {0.625, 0x27ad81},
                                             {0.75, 0x5cc863},  {0.875, 0xaadc32}, {1.0, 0xfde725}};
    static const std::vector<Anchor> cividis{
        {0.0, 0x00224e}, {0.25, 0x3d4e6e}, {0.5, 0x7d7c78}, {0.75, 0xbcaf6f}, {1.0, 0xfee838}};
    static const std::vector<Anchor> magma{{0.0, 0x000004},   {0.125, 0x1c1044}, {0.25, 0x4f127b},
                                           {0.375, 0x812581}, {0.5, 0xb5367a},   {0.625, 0xe55964},
                                           {0.75, 0xfb8761},  {0.875, 0xfec287}, {1.0, 0xfcfdbf}};
    static const std::vector<Anchor> coolwarm{
        {0.0, 0x3b4cc0}, {0.25, 0x8db0fe}, {0.5, 0xdddddd}, {0.75, 0xf49a7b}, {1.0, 0xb40426}};
    static const std::vector<Anchor> greys{{0.0, 0x1a1a1a}, {1.0, 0xe0e0e0}};
    static const std::vector<Anchor> none;
    if (name == QLatin1String("viridis"))
        return viridis;
    if (name == QLatin1String("cividis"))
        return cividis;
    if (name == QLatin1String("magma"))
        return magma;
    if (name == QLatin1String("coolwarm"))
        return coolwarm;
    if (name == QLatin1String("greys"))
        return greys;
    return none;
}

unsigned int qualitativeRgb(int index)
{
    // Okabe & Ito (2008), "Color Universal Design".
    static const unsigned int palette[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
    constexpr int count = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % count) + count) % count];
}

std::vector<int> namedLevels(int n)
{
    std::vector<int> shown;
    const int step = std::max(1, (n + 6) / 8);
    for (int i = 0; i < n; i += step)
        shown.push_back(i);
    if (n > 0 && (n - 1) % step != 0)
        shown.push_back(n - 1);
    return shown;
}

std::array<double, 3> mapColour(const std::vector<Anchor> &map, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    std::size_t upper = 1;
    while (upper + 1 < map.size() && map[upper].t < t)
        ++upper;
    const Anchor &a = map[upper - 1];
    const Anchor &b = map[upper];
    const double f = b.t > a.t ? std::clamp((t - a.t) / (b.t - a.t), 0.0, 1.0) : 0.0;
    std::array<double, 3> rgb{};
    for (int c = 0; c < 3; ++c) {
        const double ca = ((a.rgb >> (16 - 8 * c)) & 0xffU) / 255.0;
        const double cb = ((b.rgb >> (16 - 8 * c)) & 0xffU) / 255.0;
        rgb[static_cast<std::size_t>(c)] = ca + f * (cb - ca);
    }
    return rgb;
}

// Colour-bar labels: both ends of the range and round values (steps of 1, 2
// or 5 times a power of ten, about four of them) not crowding the ends.
std::vector<double> colourBarLabels(double lo, double hi)
{
    std::vector<double> labels{lo};
    const double range = hi - lo;
    if (range > 0.0) {
        const double raw = range / 4.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        double step = 10.0 * magnitude;
        for (double factor : {1.0, 2.0, 5.0}) {
            if (factor * magnitude >= raw) {
                step = factor * magnitude;
                break;
            }
        }
        for (double v = std::ceil(lo / step) * step; v < hi; v += step)
            if (v - lo > 0.08 * range && hi - v > 0.08 * range)
                labels.push_back(v);
    }
    labels.push_back(hi);
    return labels;
}

} // namespace hplx
