// Embedding benchmarks: HOPE (k = 64) on a 62,208-configuration landscape,
// the size of FC-Net, where the embedding issue quotes 15-25 s for scipy's
// svds; exact kNN and trustworthiness (k = 15) at n = 5,000, a 128-D input
// against a 2-D layout, as every embedding will report. UMAP (METRICS.md §5
// defaults, 2-D) on the HOPE embeddings of FC-Net naval (62,208
// configurations) and the logreg MNIST grid (9,680) from ../shared/data
// (HPLX_SHARED_DATA) when present, and on synthetic clusters; trustworthiness
// (k = 15, 5,000-point subsample) as the counter T, kNN recall as "recall".
// UmapSgd times the SGD alone (same graph and start as BM_Umap) with fastPow
// (arg 0) or std::pow (arg 1).
#include "embed/FuzzySet.h"
#include "embed/Hope.h"
#include "embed/NearestNeighbours.h"
#include "embed/SpectralInit.h"
#include "embed/Trustworthiness.h"
#include "embed/Umap.h"
#include "embed/UmapSgd.h"
#include "graph/NeighbourGraph.h"
#include "import/CsvImport.h"
#include "space/Landscape.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Random.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <unistd.h>

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

namespace fs = std::filesystem;

fs::path sharedData()
{
    const char *fromEnv = std::getenv("HPLX_SHARED_DATA");
    return fromEnv && *fromEnv ? fs::path(fromEnv) : fs::path(HPLX_SHARED_DATA);
}

struct Embedded
{
    Eigen::MatrixXf coordinates; // HOPE, default options (128 columns)
    std::string error;           // why the input is unavailable, empty when fine
};

// HOPE embedding of the first landscape that importing `file` gives.
Embedded hopeOfCsv(const std::string &file, CsvImportOptions options)
{
    Embedded out;
    const fs::path csv = sharedData() / file;
    if (!fs::exists(csv)) {
        out.error = csv.string() + " not found (set HPLX_SHARED_DATA)";
        return out;
    }
    const fs::path db = fs::temp_directory_path() / ("hplx-bench-embed-" + std::to_string(::getpid()) + ".db");
    try {
        options.csvPath = csv.string();
        options.dbPath = db.string();
        const CsvImportReport report = importCsv(options);
        const Landscape landscape = LandscapeDatabase(db.string()).loadLandscape(report.landscapes.front().id);
        const NeighbourGraph graph = NeighbourGraph::build(landscape.space(), landscape.losses());
        out.coordinates = hopeEmbedding(graph, landscape.losses()).coordinates;
    } catch (const Error &e) {
        out.error = e.what();
    }
    std::error_code ignored;
    fs::remove(db, ignored);
    return out;
}

const Embedded &naval()
{
    static const Embedded e = [] {
        CsvImportOptions options;
        options.hps = {"activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                       "init_lr",         "lr_schedule",     "n_units_1",  "n_units_2"};
        options.categorical = {"activation_fn_1", "activation_fn_2", "lr_schedule"};
        options.groupBy = "dataset";
        options.lossColumns = {"valid_mse_epoch100_mean"};
        return hopeOfCsv("fcnet_naval_propulsion.csv", options);
    }();
    return e;
}

const Embedded &logreg()
{
    static const Embedded e = [] {
        CsvImportOptions options;
        options.hps = {"lrate_index", "l2_reg", "batchsize", "n_epochs"};
        options.lossColumns = {"valid_error"};
        options.model = "logreg";
        options.dataset = "mnist";
        return hopeOfCsv("logreg_mnist_grid.csv", options);
    }();
    return e;
}

// Gaussian clusters (sd 1) around uniform centres in [0, 20]^d.
const Embedded &clusters()
{
    static const Embedded e = [] {
        Embedded out;
        constexpr int kRows = 20000;
        constexpr int kColumns = 32;
        constexpr int kClusters = 20;
        const Eigen::MatrixXf centres = 20.0f * randomPoints(kClusters, kColumns, 71);
        Shuffler rng(72);
        const auto uniform = [&] { return (static_cast<double>(rng.below(1u << 30)) + 0.5) / (1u << 30); };
        out.coordinates.resize(kRows, kColumns);
        for (int r = 0; r < kRows; ++r)
            for (int c = 0; c < kColumns; ++c) {
                const double normal = std::sqrt(-2.0 * std::log(uniform())) * std::cos(6.283185307179586 * uniform());
                out.coordinates(r, c) = centres(r % kClusters, c) + static_cast<float>(normal);
            }
        return out;
    }();
    return e;
}

void BM_Umap(benchmark::State &state, const Embedded &(*get)())
{
    const Embedded &in = get();
    if (!in.error.empty()) {
        state.SkipWithError(in.error.c_str());
        return;
    }
    UmapOptions options;
    options.threads = static_cast<unsigned>(state.range(0));
    UmapResult result;
    for (auto _ : state) {
        result = umap(in.coordinates, options);
        benchmark::DoNotOptimize(result.layout.data());
    }
    state.counters["T"] = trustworthiness(in.coordinates, result.layout);
    state.counters["rows"] = static_cast<double>(in.coordinates.rows());
    state.SetLabel(result.init + (result.knnExact ? ", exact kNN" : ", approximate kNN"));
}
BENCHMARK_CAPTURE(BM_Umap, fcnet_naval, naval)->Arg(2)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Umap, logreg_mnist, logreg)->Arg(2)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Umap, clusters_20k_32d, clusters)->Arg(2)->Unit(benchmark::kSecond)->Iterations(1);

// The fuzzy graph and spectral start of BM_Umap (default options, seed 0;
// the seed streams are Umap.cpp's).
struct SgdInput
{
    FuzzyGraph graph;
    Eigen::MatrixXf start;
};

const SgdInput &sgdInput(const Embedded &in)
{
    static std::map<const Embedded *, SgdInput> cache;
    auto found = cache.find(&in);
    if (found != cache.end())
        return found->second;
    const UmapOptions options;
    KnnOptions knn;
    knn.k = options.nNeighbors - 1;
    knn.exactThreshold = options.exactKnnThreshold;
    knn.seed = mixSeed(options.seed, 1);
    SgdInput input;
    input.graph = fuzzySimplicialSet(nearestNeighbours(in.coordinates, knn), options.nNeighbors);
    std::string failure;
    input.start = spectralLayout(input.graph, 2, mixSeed(options.seed, 2), failure);
    if (input.start.size() == 0)
        input.start = randomLayout(input.graph.n, 2, mixSeed(options.seed, 3));
    rescaleColumns(input.start);
    return cache.emplace(&in, std::move(input)).first->second;
}

void BM_UmapSgd(benchmark::State &state, const Embedded &(*get)())
{
    const Embedded &in = get();
    if (!in.error.empty()) {
        state.SkipWithError(in.error.c_str());
        return;
    }
    const SgdInput &input = sgdInput(in);
    const UmapOptions options;
    UmapSgdSettings settings;
    settings.nEpochs = options.nEpochs;
    settings.curve = fitUmapCurve(options.minDist, options.spread);
    settings.seed = mixSeed(options.seed, 4);
    settings.threads = 2;
    settings.exactPow = state.range(0) != 0;
    Eigen::MatrixXf layout;
    for (auto _ : state) {
        layout = input.start;
        optimizeLayout(input.graph, layout, settings);
        benchmark::DoNotOptimize(layout.data());
    }
    state.counters["T"] = trustworthiness(in.coordinates, layout);
    state.SetLabel(settings.exactPow ? "std::pow, 2 threads" : "fastPow, 2 threads");
}
BENCHMARK_CAPTURE(BM_UmapSgd, fcnet_naval, naval)->Arg(0)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_UmapSgd, logreg_mnist, logreg)->Arg(0)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1);

// Approximate kNN (k = 15) and its recall against a brute-force search for
// 500 seeded query rows.
void BM_NearestNeighbours(benchmark::State &state, const Embedded &(*get)())
{
    const Embedded &in = get();
    if (!in.error.empty()) {
        state.SkipWithError(in.error.c_str());
        return;
    }
    const Eigen::MatrixXf &points = in.coordinates;
    KnnOptions options;
    options.exactThreshold = 0;
    options.threads = static_cast<unsigned>(state.range(0));
    KnnGraph graph;
    for (auto _ : state) {
        graph = nearestNeighbours(points, options);
        benchmark::DoNotOptimize(graph.indices.data());
    }
    const auto n = static_cast<std::uint32_t>(points.rows());
    Shuffler rng(5);
    std::size_t hits = 0;
    constexpr int kQueries = 500;
    std::vector<std::pair<double, std::uint32_t>> all(n);
    for (int q = 0; q < kQueries; ++q) {
        const auto i = static_cast<std::uint32_t>(rng.below(n));
        for (std::uint32_t j = 0; j < n; ++j)
            all[j] = {j == i ? INFINITY : (points.row(i) - points.row(j)).cast<double>().squaredNorm(), j};
        std::partial_sort(all.begin(), all.begin() + options.k, all.end());
        // A found neighbour counts when it is at most as far as the true k-th.
        const double kth = all[static_cast<std::size_t>(options.k) - 1].first;
        for (int m = 0; m < options.k; ++m) {
            const std::uint32_t j = graph.neighbour(i, m);
            hits += (points.row(i) - points.row(j)).cast<double>().squaredNorm() <= kth * (1 + 1e-6) ? 1 : 0;
        }
    }
    state.counters["recall"] = static_cast<double>(hits) / (kQueries * options.k);
}
BENCHMARK_CAPTURE(BM_NearestNeighbours, fcnet_naval, naval)->Arg(2)->Arg(1)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_NearestNeighbours, clusters_20k_32d, clusters)->Arg(2)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
