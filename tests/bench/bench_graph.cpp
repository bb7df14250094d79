// Graph benchmarks: neighbour graph build, analyseImproving and the global
// optimum's accessible basin on a synthetic 1,000,000-configuration landscape
// and on FC-Net naval (../shared/data, 62,208 configurations) when present.
// Not a test: run build/<dir>/tests/bench/bench_graph by hand (Release build).
#include "graph/ImprovingGraph.h"
#include "graph/LocalOptimaNetwork.h"
#include "graph/NeighbourGraph.h"
#include "import/CsvImport.h"
#include "jobs/Feedback.h"
#include "metrics/LandscapeMetrics.h"
#include "space/Hyperparameter.h"
#include "space/Landscape.h"
#include "space/SearchSpace.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace hplx;

namespace {

fs::path sharedData()
{
    const char *fromEnv = std::getenv("HPLX_SHARED_DATA");
    return fromEnv && *fromEnv ? fs::path(fromEnv) : fs::path(HPLX_SHARED_DATA);
}

struct Input
{
    std::shared_ptr<const SearchSpace> space;
    std::vector<double> loss;
    std::string error; // why the input is unavailable, empty when fine
};

// 10 HPs, 5^6 * 2^2 * 4^2 = 1,000,000 configurations (as bench_store), seeded
// uniform losses: the worst case for the number of local optima.
const Input &synthetic()
{
    static const Input input = [] {
        Input in;
        std::vector<Hyperparameter> hps;
        const std::uint32_t sizes[] = {5, 5, 5, 5, 5, 5, 2, 2, 4, 4};
        for (std::size_t h = 0; h < std::size(sizes); ++h) {
            std::vector<std::string> labels;
            for (std::uint32_t v = 0; v < sizes[h]; ++v)
                labels.push_back(std::to_string(v + 1));
            hps.emplace_back("hp" + std::to_string(h), h % 3 == 2 ? HpKind::Categorical : HpKind::Ordinal,
                             std::move(labels));
        }
        in.space = std::make_shared<const SearchSpace>(std::move(hps));
        in.loss.resize(in.space->size());
        std::uint64_t state = 0x9E3779B97F4A7C15ull;
        for (auto &value : in.loss) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            value = static_cast<double>(state >> 11) * 0x1.0p-53;
        }
        return in;
    }();
    return input;
}

const Input &naval()
{
    static const Input input = [] {
        Input in;
        const fs::path csv = sharedData() / "fcnet_naval_propulsion.csv";
        if (!fs::exists(csv)) {
            in.error = csv.string() + " not found (set HPLX_SHARED_DATA)";
            return in;
        }
        const fs::path db = fs::temp_directory_path() / ("hplx-bench-graph-" + std::to_string(::getpid()) + ".db");
        try {
            CsvImportOptions options;
            options.csvPath = csv.string();
            options.dbPath = db.string();
            options.hps = {"activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                           "init_lr",         "lr_schedule",     "n_units_1",  "n_units_2"};
            options.categorical = {"activation_fn_1", "activation_fn_2", "lr_schedule"};
            options.groupBy = "dataset";
            options.lossColumns = {"valid_mse_epoch100_mean"};
            const CsvImportReport report = importCsv(options);
            const Landscape landscape = LandscapeDatabase(db.string()).loadLandscape(report.landscapes.front().id);
            in.space = std::make_shared<const SearchSpace>(landscape.space());
            in.loss = landscape.losses();
        } catch (const Error &e) {
            in.error = e.what();
        }
        std::error_code ignored;
        fs::remove(db, ignored);
        return in;
    }();
    return input;
}

const Input *inputOrSkip(benchmark::State &state, const Input &input)
{
    if (!input.error.empty()) {
        state.SkipWithError(input.error.c_str());
        return nullptr;
    }
    return &input;
}

void BM_BuildGraph(benchmark::State &state, const Input &(*get)())
{
    const Input *in = inputOrSkip(state, get());
    if (!in)
        return;
    const auto threads = static_cast<unsigned>(state.range(0));
    std::uint64_t edges = 0;
    for (auto _ : state) {
        const NeighbourGraph graph = NeighbourGraph::build(*in->space, in->loss, nullptr, threads);
        edges = graph.edgeCount();
        benchmark::DoNotOptimize(graph.begin(0));
    }
    state.counters["configs"] = static_cast<double>(in->loss.size());
    state.counters["edges"] = static_cast<double>(edges);
}
BENCHMARK_CAPTURE(BM_BuildGraph, naval, naval)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildGraph, synthetic_1m, synthetic)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

void BM_AnalyseImproving(benchmark::State &state, const Input &(*get)())
{
    const Input *in = inputOrSkip(state, get());
    if (!in)
        return;
    const auto threads = static_cast<unsigned>(state.range(0));
    const NeighbourGraph graph = NeighbourGraph::build(*in->space, in->loss);
    std::size_t optima = 0;
    for (auto _ : state) {
        const ImprovingGraph result = analyseImproving(graph, in->loss, nullptr, threads);
        optima = result.localOptima.size();
        benchmark::DoNotOptimize(result.attractor.data());
    }
    state.counters["local_optima"] = static_cast<double>(optima);
}
BENCHMARK_CAPTURE(BM_AnalyseImproving, naval, naval)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnalyseImproving, synthetic_1m, synthetic)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

void BM_AccessibleBasin(benchmark::State &state, const Input &(*get)())
{
    const Input *in = inputOrSkip(state, get());
    if (!in)
        return;
    const NeighbourGraph graph = NeighbourGraph::build(*in->space, in->loss);
    const ConfigId optimum = analyseImproving(graph, in->loss).globalOptimum;
    std::int64_t members = 0;
    for (auto _ : state) {
        const std::vector<char> mask = accessibleBasin(graph, in->loss, optimum);
        members = std::count(mask.begin(), mask.end(), 1);
        benchmark::DoNotOptimize(mask.data());
    }
    state.counters["accessible"] = static_cast<double>(members);
}
BENCHMARK_CAPTURE(BM_AccessibleBasin, naval, naval)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AccessibleBasin, synthetic_1m, synthetic)->Unit(benchmark::kMillisecond);

// The three together, as the metrics suite runs them.
void BM_GraphPipeline(benchmark::State &state, const Input &(*get)())
{
    const Input *in = inputOrSkip(state, get());
    if (!in)
        return;
    for (auto _ : state) {
        const NeighbourGraph graph = NeighbourGraph::build(*in->space, in->loss);
        const ImprovingGraph result = analyseImproving(graph, in->loss);
        const std::vector<char> mask = accessibleBasin(graph, in->loss, result.globalOptimum);
        benchmark::DoNotOptimize(mask.data());
    }
}
BENCHMARK_CAPTURE(BM_GraphPipeline, naval, naval)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GraphPipeline, synthetic_1m, synthetic)->Unit(benchmark::kMillisecond);

// The whole analysis suite as `hplx-cli analyze` and `lon` run it: every
// metric of METRICS.md section 2 (with its own graph) plus the local optima
// network. Counters give the time of each step of computeMetrics, from its
// progress reports (ms); the target on FC-Net is 0.25 s in total.
void BM_FullSuite(benchmark::State &state, const Input &(*get)())
{
    const Input *in = inputOrSkip(state, get());
    if (!in)
        return;
    LandscapeInfo info;
    info.key = {"bench", "bench", "", std::nullopt, "valid", "loss"};
    const Landscape landscape(in->space, info, in->loss);
    for (auto _ : state) {
        const LandscapeMetrics metrics = computeMetrics(landscape);
        const NeighbourGraph graph = NeighbourGraph::build(*in->space, in->loss);
        const LocalOptimaNetwork lon = buildLocalOptimaNetwork(landscape, analyseImproving(graph, in->loss));
        benchmark::DoNotOptimize(metrics.values.data());
        benchmark::DoNotOptimize(lon.edges.data());
    }
    // One more run with a progress callback at every step, to time each metric.
    std::vector<std::pair<std::string, std::chrono::steady_clock::time_point>> marks;
    Feedback feedback(
        [&](double, const std::string &status) { marks.emplace_back(status, std::chrono::steady_clock::now()); },
        std::chrono::milliseconds(0));
    computeMetrics(landscape, {}, &feedback);
    for (std::size_t k = 0; k + 1 < marks.size(); ++k) {
        if (marks[k].first == marks[k + 1].first)
            continue;
        state.counters[marks[k].first + "_ms"] +=
            std::chrono::duration<double, std::milli>(marks[k + 1].second - marks[k].second).count();
    }
}
BENCHMARK_CAPTURE(BM_FullSuite, naval, naval)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FullSuite, synthetic_1m, synthetic)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
