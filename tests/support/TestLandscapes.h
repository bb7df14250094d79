// Search spaces and landscapes built in code for the core tests.
#pragma once

#include "space/Landscape.h"
#include "space/SearchSpace.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hplx::test {

// An HP whose values are "0", "1", ..., count - 1.
inline Hyperparameter numbered(const std::string &name, std::uint32_t count, HpKind kind = HpKind::Ordinal)
{
    std::vector<std::string> labels;
    for (std::uint32_t v = 0; v < count; ++v)
        labels.push_back(std::to_string(v));
    return Hyperparameter(name, kind, labels);
}

// HPs hp0, hp1, ... with the given value counts and kinds.
inline SearchSpace makeSpace(const std::vector<std::uint32_t> &sizes, const std::vector<HpKind> &kinds)
{
    std::vector<Hyperparameter> hps;
    for (std::size_t h = 0; h < sizes.size(); ++h)
        hps.push_back(numbered("hp" + std::to_string(h), sizes[h], kinds[h]));
    return SearchSpace(std::move(hps));
}

// lr {0.01, 0.1, 1} (ordinal) x opt {sgd, adam} (categorical) x depth {1, 2, 4, 8}
// (ordinal): 24 configurations.
inline SearchSpace mixedSpace()
{
    return SearchSpace({
        Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
        Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"}),
        Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"}),
    });
}

// A test-split landscape of model "m" on dataset "d" over the given HPs.
inline Landscape makeLandscape(std::vector<Hyperparameter> hps, std::vector<double> loss)
{
    auto space = std::make_shared<const SearchSpace>(std::move(hps));
    LandscapeInfo info;
    info.key = {"m", "d", "", std::nullopt, "test", "loss"};
    return Landscape(space, info, std::move(loss));
}

// The neighbourhood definition read literally, for brute-force checks: exactly
// one HP differs, by one step when it is ordinal.
inline bool areNeighbours(const SearchSpace &space, ConfigId a, ConfigId b)
{
    const auto ia = space.decode(a);
    const auto ib = space.decode(b);
    int differing = 0;
    bool adjacent = true;
    for (std::size_t h = 0; h < space.dimension(); ++h) {
        if (ia[h] == ib[h])
            continue;
        ++differing;
        if (space.hp(h).kind() == HpKind::Ordinal)
            adjacent = adjacent && (ia[h] + 1 == ib[h] || ib[h] + 1 == ia[h]);
    }
    return differing == 1 && adjacent;
}

} // namespace hplx::test
