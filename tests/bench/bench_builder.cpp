// The landscape builder's throughput: evaluations per second, the share of
// the threads' time spent outside the learners (the builder's overhead; goal
// under 10 %), and the speed-up from 1 to 2 threads, measured in one run.
// Fast SVM fits on iris are the worst case for overhead; XGBoost is typical.
#include "build/BuildSpec.h"
#include "build/Dataset.h"
#include "build/GridRunner.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace {

using namespace hplx::build;

std::string writeSpec(const std::string &learner)
{
    const auto dir = std::filesystem::temp_directory_path() / "hplx-bench-builder";
    std::filesystem::create_directories(dir);
    const auto path = dir / (learner + ".json");
    std::ofstream out(path);
    if (learner == "svm")
        out << R"({"learner": "svm", "datasets": [{"sklearn": "iris"}, {"sklearn": "wine"}],
                   "hyperparameters": {"C": [0.01, 0.1, 1, 10, 100, 1000], "gamma": [0.001, 0.01, 0.1, 1, 10]},
                   "fidelity": {"values": [0.25, 1.0]}, "protocol": {"seed": 1}})";
    else
        out << R"({"learner": "xgboost", "datasets": [{"sklearn": "iris"}, {"sklearn": "wine"}],
                   "hyperparameters": {"eta": [0.03, 0.3], "max_depth": [2, 4, 6], "subsample": [0.5, 1.0]},
                   "fixed": {"n_estimators": 30},
                   "fidelity": {"values": [0.25, 1.0]}, "protocol": {"seed": 1}})";
    return path.string();
}

// Wall seconds per build at 1 thread, per learner, for the speed-up counter.
std::map<std::string, double> g_oneThreadSeconds;

void runBuilder(benchmark::State &state, const std::string &learner)
{
    if (findSklearnDataDir().empty()) {
        state.SkipWithError("python3-sklearn's datasets not found");
        return;
    }
    const BuildSpec spec = loadBuildSpec(writeSpec(learner));
    BuildOptions options;
    options.threads = static_cast<int>(state.range(0));
    double seconds = 0.0, busy = 0.0, learnerSeconds = 0.0;
    std::uint64_t evaluations = 0;
    for (auto _ : state) {
        const BuildResult result = runBuild(spec, options);
        seconds += result.seconds;
        busy += result.seconds * result.threads;
        learnerSeconds += result.learnerSeconds;
        evaluations += result.evaluations;
    }
    const double perBuild = seconds / static_cast<double>(state.iterations());
    if (options.threads == 1)
        g_oneThreadSeconds[learner] = perBuild;
    state.counters["evals_per_s"] = static_cast<double>(evaluations) / seconds;
    state.counters["overhead_pct"] = 100.0 * (1.0 - learnerSeconds / busy);
    if (options.threads > 1 && g_oneThreadSeconds.count(learner))
        state.counters["speedup_vs_1_thread"] = g_oneThreadSeconds[learner] / perBuild;
}

void BM_BuildSvm(benchmark::State &state)
{
    runBuilder(state, "svm");
}
void BM_BuildXgboost(benchmark::State &state)
{
    runBuilder(state, "xgboost");
}

BENCHMARK(BM_BuildSvm)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BuildXgboost)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
