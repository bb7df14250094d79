// A learning algorithm HPLX can train over a grid: it declares its
// hyperparameters (with the values a spec may use) and trains models from a
// configuration. Implementations wrap XGBoost, LIBSVM and OpenCV ml.
#pragma once

#include "build/Dataset.h"
#include "space/Hyperparameter.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hplx::build {

// One hyperparameter a learner understands.
struct HpDeclaration
{
    std::string name;
    HpKind kind = HpKind::Ordinal;
    bool logScale = false;                // values are usually spaced on a log scale
    bool integer = false;                 // ordinal numeric values must be whole numbers
    double min = 0.0, max = 0.0;          // allowed closed range for numeric HPs
    std::vector<std::string> choices;     // allowed labels for categorical HPs
    std::string defaultValue;             // used when a spec leaves the HP out of its grid
    std::vector<std::string> defaultGrid; // the grid used when a spec names the HP without values
    std::string help;                     // one sentence for docs and errors
};

// A configuration as the learner sees it: HP name -> label (numeric HPs parse it).
using Configuration = std::map<std::string, std::string>;

class Model
{
public:
    virtual ~Model() = default;
    // One prediction per row: a class index (classification) or a value.
    virtual std::vector<double> predict(const Dataset &data, const std::vector<std::size_t> &rows) const = 0;
};

class Learner
{
public:
    virtual ~Learner() = default;
    virtual std::string name() const = 0;    // "xgboost", "svm", "random_forest", "mlp", "logistic_regression"
    virtual std::string library() const = 0; // library and version, for the landscape's attributes
    virtual bool supports(Task task) const = 0;
    virtual std::vector<HpDeclaration> hyperparameters() const = 0;

    // Trains on data rows `rows` with one value for every declared HP (the
    // runner fills HPs a spec leaves out with their defaultValue).
    // Deterministic for a given seed; single-threaded (the runner parallelises
    // over evaluations). Throws Error for a configuration it cannot use.
    virtual std::unique_ptr<Model> fit(const Dataset &data, const std::vector<std::size_t> &rows,
                                       const Configuration &config, std::uint64_t seed) const = 0;
};

// The learners HPLX knows, by name; nullptr for an unknown name.
std::unique_ptr<Learner> makeLearner(const std::string &name);
std::vector<std::string> learnerNames();

} // namespace hplx::build
