// What `hplx-cli build SPEC.json` trains: a learner, datasets, a hyperparameter
// grid, a fidelity axis and the evaluation protocol. Parsed and validated in
// full (datasets loaded) before any training starts. Format: docs/build.md.
#pragma once

#include "build/Dataset.h"
#include "build/Learner.h"
#include "space/SearchSpace.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hplx::build {

struct Protocol
{
    double testFraction = 0.2; // stratified hold-out share
    int folds = 5;             // k of the k-fold cross-validation on the training part
    int repeats = 1;           // CV and refit repeated with other seeds, losses averaged
    std::uint64_t seed = 0;
};

// The fidelity axis: the share of the training part used ("data_fraction"),
// or a learner hyperparameter such as "n_estimators" or "epochs".
struct FidelityAxis
{
    std::string name = "data_fraction";
    std::vector<double> values = {1.0};
    bool isDataFraction() const { return name == "data_fraction"; }
};

struct BuildSpec
{
    std::string path; // the spec file, for messages
    std::string text; // its content, canonicalised, for the journal's identity
    std::shared_ptr<const Learner> learner;
    Task task = Task::Classification;
    std::vector<Dataset> datasets;
    std::shared_ptr<const SearchSpace> space; // the grid: HPs in the order the spec lists them
    Configuration fixed;                      // HPs held at one value (spec "fixed" + learner defaults)
    FidelityAxis fidelity;
    Protocol protocol;
    std::string model; // landscape model name (default: the learner's name)

    std::string lossName() const { return task == Task::Classification ? "1-accuracy" : "rmse"; }
    // The configuration the learner gets for a grid id at a fidelity value.
    Configuration configuration(ConfigId id, double fidelityValue) const;
};

// Reads and validates the spec at path. Relative dataset paths are relative to
// the spec's folder. Throws Error naming the spec file and the JSON key (and
// for datasets the file, line and column) for an unknown learner or HP, a
// value out of the learner's range, a missing dataset or target column,
// non-numeric cells or an impossible protocol.
BuildSpec loadBuildSpec(const std::string &path);

} // namespace hplx::build
