// Similarity and functional ANOVA benchmarks on synthetic complete grids: the
// FC-Net shape (9 HPs, 62,208 configurations) and a 10-HP grid of 1,000,000.
// Not a test: run build/<dir>/tests/bench/bench_metrics by hand (Release build).
#include "metrics/Fanova.h"
#include "metrics/Similarity.h"
#include "space/Hyperparameter.h"
#include "space/Landscape.h"
#include "space/SearchSpace.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

using namespace hplx;

namespace {

// FC-Net: 6 * 2 * 2 * 2 * 4 * 3 * 3 * 6 * 6 = 62,208.
const std::vector<std::uint32_t> kFcnetSizes{6, 2, 2, 2, 4, 3, 3, 6, 6};
// 5^6 * 4^2 * 2^2 = 1,000,000.
const std::vector<std::uint32_t> kMillionSizes{5, 5, 4, 4, 5, 5, 2, 2, 5, 5};

std::shared_ptr<const SearchSpace> grid(const std::vector<std::uint32_t> &sizes)
{
    std::vector<Hyperparameter> hps;
    for (std::size_t h = 0; h < sizes.size(); ++h) {
        std::vector<std::string> labels;
        for (std::uint32_t v = 0; v < sizes[h]; ++v)
            labels.push_back(std::to_string(v));
        hps.emplace_back("h" + std::to_string(h), HpKind::Ordinal, labels);
    }
    return std::make_shared<const SearchSpace>(std::move(hps));
}

// Reproducible uniform [0, 1) without <random>'s engine cost.
class XorShift
{
public:
    double next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return static_cast<double>(m_state >> 11) * 0x1.0p-53;
    }

private:
    std::uint64_t m_state = 0x9E3779B97F4A7C15ull;
};

// Main effects, a few interactions and noise, rounded to 4 decimals so that
// ranks have ties like real accuracy-based losses.
std::vector<double> syntheticLoss(const SearchSpace &space, XorShift &rng)
{
    std::vector<double> loss(space.size());
    std::vector<std::uint32_t> x(space.dimension());
    for (ConfigId id = 0; id < space.size(); ++id) {
        space.decode(id, x.data());
        double value = 0.0;
        for (std::size_t h = 0; h < x.size(); ++h)
            value += std::sin(1.0 + static_cast<double>(h) + x[h]) / static_cast<double>(h + 1);
        value += 0.3 * x[0] * x[1] + 0.1 * x[2] * x[x.size() - 1];
        value += 0.2 * rng.next();
        loss[id] = std::round(value * 1e4) / 1e4 + 10.0;
    }
    return loss;
}

struct Fixture
{
    std::shared_ptr<const SearchSpace> space;
    std::vector<double> a;
    std::vector<double> b; // a perturbed, 5 % NaN holes
};

const Fixture &fixture(bool million)
{
    static const auto make = [](const std::vector<std::uint32_t> &sizes) {
        Fixture result;
        result.space = grid(sizes);
        XorShift rng;
        result.a = syntheticLoss(*result.space, rng);
        result.b = result.a;
        for (double &v : result.b)
            v = rng.next() < 0.05 ? std::numeric_limits<double>::quiet_NaN() : v + 0.5 * rng.next();
        return result;
    };
    static const Fixture fcnet = make(kFcnetSizes);
    static const Fixture large = make(kMillionSizes);
    return million ? large : fcnet;
}

void BM_CompareLandscapes(benchmark::State &state)
{
    const Fixture &data = fixture(state.range(0) != 0);
    for (auto _ : state) {
        SimilarityResult result = compareLandscapes(data.a, data.b);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * data.space->size());
}

void BM_FunctionalAnova(benchmark::State &state)
{
    const Fixture &data = fixture(state.range(0) != 0);
    const Landscape landscape(data.space, LandscapeInfo{}, data.a);
    FanovaOptions options;
    options.scale = static_cast<LossScale>(state.range(1));
    options.pairs = state.range(2) != 0;
    for (auto _ : state) {
        FanovaResult result = functionalAnova(landscape, options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * data.space->size());
}

} // namespace

// Arg 0: 62,208-configuration FC-Net-shaped grid; 1: the 1,000,000 grid.
BENCHMARK(BM_CompareLandscapes)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
// Args: grid, scale (0 raw, 2 rank), pairs.
BENCHMARK(BM_FunctionalAnova)
    ->ArgNames({"million", "scale", "pairs"})
    ->Args({0, 0, 1})
    ->Args({0, 0, 0})
    ->Args({0, 2, 1})
    ->Args({1, 0, 1})
    ->Args({1, 0, 0})
    ->Args({1, 2, 1})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
