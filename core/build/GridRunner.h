// Trains a spec's learner on every (dataset, fidelity, configuration, repeat,
// fold) on all cores and turns the evaluations into train/valid/test
// landscapes. Deterministic for a spec whatever the thread count: every
// evaluation has its own seed and results are combined in a fixed order.
#pragma once

#include "build/BuildSpec.h"
#include "build/Split.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hplx {
class Feedback;
}

namespace hplx::build {

struct BuildOptions
{
    int threads = 0;         // 0: one per core
    std::string journalPath; // empty: no journal (nothing survives an interruption)
    // Stop after this many new evaluations (0: run to the end), to split a long
    // build into sessions; needs a journal to be of use.
    std::uint64_t maxEvaluations = 0;
};

struct BuildProgress
{
    std::uint64_t done = 0; // evaluations finished, resumed ones included
    std::uint64_t total = 0;
    std::uint64_t resumed = 0;  // taken from the journal
    double ratePerSecond = 0.0; // of this run's evaluations
    double etaSeconds = 0.0;
};

struct BuiltLandscape
{
    std::size_t dataset = 0; // index into spec.datasets
    double fidelity = 1.0;
    std::string split;        // train | valid | test
    std::vector<double> loss; // per configuration; NaN where the learner failed
};

struct BuildResult
{
    std::vector<BuiltLandscape> landscapes; // dataset-major, then fidelity, then train/valid/test
    std::uint64_t evaluations = 0;          // all units of the build
    std::uint64_t resumed = 0;              // of which taken from the journal
    std::uint64_t failures = 0;             // units whose learner threw
    std::string firstFailure;
    double seconds = 0.0;        // wall time of this run
    double learnerSeconds = 0.0; // time inside the learners' fit and predict, summed over threads
    int threads = 1;
};

// The rows one (dataset, fidelity, repeat) of a build fits and scores on:
// folds over the (subsampled) training part, and the refit's rows and test rows.
struct ProtocolRows
{
    std::vector<std::size_t> train; // the kept training part: the refit's rows
    std::vector<std::size_t> test;  // the hold-out
    std::vector<Fold> folds;
};
ProtocolRows protocolRows(const BuildSpec &spec, std::size_t dataset, std::size_t fidelity, std::size_t repeat);

// The number of evaluation units of a spec: datasets x fidelities x
// configurations x repeats x (folds + 1 refit).
std::uint64_t unitCount(const BuildSpec &spec);

// Runs (or resumes) the build. Progress is called from this thread about
// every 200 ms. When feedback is cancelled, or maxEvaluations is reached, the
// finished evaluations are in the journal and Error(Cancelled) is thrown.
BuildResult runBuild(const BuildSpec &spec, const BuildOptions &options, Feedback *feedback = nullptr,
                     const std::function<void(const BuildProgress &)> &progress = {});

// Loss of predictions on data rows: 1 - accuracy or RMSE.
double lossOf(const Dataset &data, const std::vector<std::size_t> &rows, const std::vector<double> &predictions);

} // namespace hplx::build
