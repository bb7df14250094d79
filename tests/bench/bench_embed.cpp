// Embedding benchmarks: HOPE (k = 64) on a 62,208-configuration landscape,
// the size of FC-Net, where the embedding issue quotes 15-25 s for scipy's
// svds; exact kNN and trustworthiness (k = 15) at n = 5,000, a 128-D input
// against a 2-D layout, as every embedding will report.
#include "embed/Hope.h"
#include "embed/Trustworthiness.h"
#include "graph/NeighbourGraph.h"
#include "util/Random.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

namespace {

using namespace hplx;

struct Grid
{
    std::unique_ptr<SearchSpace> space;
    std::vector<double> loss;
};

// 6^5 x 8 = 62,208 ordinal configurations, a smooth bowl plus seeded noise.
const Grid &grid()
{
    static const Grid g = [] {
        Grid out;
        std::vector<Hyperparameter> hps;
        for (int h = 0; h < 6; ++h) {
            std::vector<std::string> labels;
            for (int v = 0; v < (h < 5 ? 6 : 8); ++v)
                labels.push_back(std::to_string(v));
            hps.emplace_back("h" + std::to_string(h), HpKind::Ordinal, labels);
        }
        out.space = std::make_unique<SearchSpace>(hps);
        out.loss.resize(out.space->size());
        Shuffler noise(11);
        for (ConfigId id = 0; id < out.space->size(); ++id) {
            double smooth = 0.0;
            for (std::size_t h = 0; h < out.space->dimension(); ++h) {
                const double x =
                    static_cast<double>(out.space->valueIndex(id, h)) / static_cast<double>(out.space->hp(h).size() - 1)
                    - 0.3;
                smooth += x * x;
            }
            out.loss[id] = smooth + 0.05 * static_cast<double>(noise.below(1u << 20)) / (1u << 20);
        }
        return out;
    }();
    return g;
}

Eigen::MatrixXf randomPoints(int rows, int columns, std::uint64_t seed)
{
    Shuffler rng(seed);
    Eigen::MatrixXf points(rows, columns);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            points(r, c) = static_cast<float>(rng.below(1u << 20)) / static_cast<float>(1u << 20);
    }
    return points;
}

void BM_Hope(benchmark::State &state)
{
    const Grid &g = grid();
    const NeighbourGraph graph = NeighbourGraph::build(*g.space, g.loss);
    HopeOptions options;
    options.variant = state.range(0) == 0 ? HopeVariant::SelfLoopSquare : HopeVariant::Katz;
    for (auto _ : state) {
        const HopeEmbedding e = hopeEmbedding(graph, g.loss, options);
        benchmark::DoNotOptimize(e.coordinates.data());
    }
    state.SetLabel(toString(options.variant) + ", 62,208 configurations, k = 64");
}
BENCHMARK(BM_Hope)->Arg(0)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1);

void BM_ExactKnn(benchmark::State &state)
{
    const Eigen::MatrixXf points = randomPoints(5000, static_cast<int>(state.range(0)), 61);
    for (auto _ : state)
        benchmark::DoNotOptimize(exactKnn(points, 15).data());
}
BENCHMARK(BM_ExactKnn)->Arg(2)->Arg(128)->Unit(benchmark::kMillisecond);

void BM_Trustworthiness(benchmark::State &state)
{
    const Eigen::MatrixXf input = randomPoints(5000, 128, 61);
    const Eigen::MatrixXf layout = input.leftCols(2) + 0.2f * randomPoints(5000, 2, 62);
    double value = 0.0;
    for (auto _ : state)
        value = trustworthiness(input, layout);
    state.counters["T"] = value;
}
BENCHMARK(BM_Trustworthiness)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
