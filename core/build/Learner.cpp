#include "build/Learner.h"

#include "build/LearnerSupport.h"
#include "build/LogisticRegressionLearner.h"
#include "build/MlpLearner.h"
#include "build/RandomForestLearner.h"
#include "build/SvmLearner.h"
#include "build/XgboostLearner.h"
#include "util/Error.h"
#include "util/Format.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hplx::build {

std::unique_ptr<Learner> makeLearner(const std::string &name)
{
    if (name == "xgboost")
        return std::make_unique<XgboostLearner>();
    if (name == "svm")
        return std::make_unique<SvmLearner>();
    if (name == "random_forest")
        return std::make_unique<RandomForestLearner>();
    if (name == "mlp")
        return std::make_unique<MlpLearner>();
    if (name == "logistic_regression")
        return std::make_unique<LogisticRegressionLearner>();
    return nullptr;
}

std::vector<std::string> learnerNames()
{
    return {"xgboost", "svm", "random_forest", "mlp", "logistic_regression"};
}

namespace detail {

HpDeclaration numericHp(std::string name, double min, double max, bool logScale, bool integer, std::string defaultValue,
                        std::vector<std::string> defaultGrid, std::string help)
{
    HpDeclaration hp;
    hp.name = std::move(name);
    hp.kind = HpKind::Ordinal;
    hp.logScale = logScale;
    hp.integer = integer;
    hp.min = min;
    hp.max = max;
    hp.defaultValue = std::move(defaultValue);
    hp.defaultGrid = std::move(defaultGrid);
    hp.help = std::move(help);
    return hp;
}

HpDeclaration categoricalHp(std::string name, std::vector<std::string> choices, std::string defaultValue,
                            std::string help)
{
    HpDeclaration hp;
    hp.name = std::move(name);
    hp.kind = HpKind::Categorical;
    hp.defaultGrid = choices;
    hp.choices = std::move(choices);
    hp.defaultValue = std::move(defaultValue);
    hp.help = std::move(help);
    return hp;
}

namespace {

std::string expectation(const HpDeclaration &hp)
{
    if (!hp.choices.empty())
        return "expected one of " + joinList(hp.choices);
    return std::string(hp.integer ? "expected a whole number" : "expected a number") + " in [" + formatNumber(hp.min)
           + ", " + formatNumber(hp.max) + "]";
}

[[noreturn]] void invalid(const std::string &message)
{
    throw Error(ErrorKind::InvalidArgument, message);
}

} // namespace

HpValues::HpValues(const std::string &learner, const std::vector<HpDeclaration> &declarations,
                   const Configuration &config)
{
    for (const auto &[name, value] : config) {
        const bool known = std::any_of(declarations.begin(), declarations.end(),
                                       [&name = name](const HpDeclaration &hp) { return hp.name == name; });
        if (!known) {
            std::vector<std::string> names;
            for (const auto &hp : declarations)
                names.push_back(hp.name);
            invalid(learner + ": unknown hyperparameter '" + name + "' (it has: " + joinList(names) + ")");
        }
    }
    for (const auto &hp : declarations) {
        const auto it = config.find(hp.name);
        if (it == config.end())
            invalid(learner + ": hyperparameter '" + hp.name + "' is missing from the configuration (" + expectation(hp)
                    + ")");
        const std::string &label = it->second;
        const std::string prefix = learner + ": hyperparameter '" + hp.name + "' = '" + label + "': ";
        if (!hp.choices.empty()) {
            if (std::find(hp.choices.begin(), hp.choices.end(), label) == hp.choices.end())
                invalid(prefix + expectation(hp));
            m_choices[hp.name] = label;
            continue;
        }
        const auto value = parseNumber(label);
        if (!value || !std::isfinite(*value) || *value < hp.min || *value > hp.max
            || (hp.integer && *value != std::floor(*value)))
            invalid(prefix + expectation(hp));
        m_numbers[hp.name] = *value;
    }
}

double HpValues::number(const std::string &name) const
{
    return m_numbers.at(name);
}

int HpValues::integer(const std::string &name) const
{
    // Declared ranges of integer HPs lie well inside int.
    return static_cast<int>(m_numbers.at(name));
}

const std::string &HpValues::choice(const std::string &name) const
{
    return m_choices.at(name);
}

namespace {

void checkShape(const std::string &learner, const Dataset &data)
{
    if (data.features == 0 || data.x.size() != data.rows * data.features || data.y.size() != data.rows)
        invalid(learner + ": dataset '" + data.name + "' has " + std::to_string(data.x.size()) + " feature values and "
                + std::to_string(data.y.size()) + " targets for " + std::to_string(data.rows) + " rows x "
                + std::to_string(data.features) + " features");
}

void checkRows(const std::string &learner, const Dataset &data, const std::vector<std::size_t> &rows)
{
    for (const std::size_t r : rows) {
        if (r >= data.rows)
            invalid(learner + ": row " + std::to_string(r) + " is outside dataset '" + data.name + "' ("
                    + std::to_string(data.rows) + " rows)");
    }
}

} // namespace

void checkTrainingData(const std::string &learner, const Dataset &data, const std::vector<std::size_t> &rows,
                       bool taskSupported)
{
    if (!taskSupported)
        invalid(learner + " does not support "
                + (data.task == Task::Classification ? std::string("classification") : std::string("regression")));
    checkShape(learner, data);
    if (rows.empty())
        invalid(learner + ": no training rows");
    checkRows(learner, data, rows);
    if (data.task == Task::Classification) {
        if (data.classes < 2)
            invalid(learner + ": dataset '" + data.name + "' declares " + std::to_string(data.classes)
                    + " classes; classification needs at least 2");
        for (const std::size_t r : rows) {
            const double y = data.y[r];
            if (!(y >= 0.0 && y < data.classes && y == std::floor(y)))
                invalid(learner + ": row " + std::to_string(r) + " of dataset '" + data.name + "' has target "
                        + formatNumber(y) + ", not a class index in 0.." + std::to_string(data.classes - 1));
        }
    } else {
        for (const std::size_t r : rows) {
            if (!std::isfinite(data.y[r]))
                invalid(learner + ": row " + std::to_string(r) + " of dataset '" + data.name
                        + "' has a non-finite target");
        }
    }
}

void checkPredictionData(const std::string &learner, const Dataset &data, const std::vector<std::size_t> &rows,
                         std::size_t trainedFeatures)
{
    checkShape(learner, data);
    if (data.features != trainedFeatures)
        invalid(learner + ": the model was trained on " + std::to_string(trainedFeatures) + " features, dataset '"
                + data.name + "' has " + std::to_string(data.features));
    checkRows(learner, data, rows);
}

Standardizer Standardizer::fit(const Dataset &data, const std::vector<std::size_t> &rows)
{
    const std::size_t f = data.features;
    Standardizer s;
    s.mean.assign(f, 0.0);
    s.scale.assign(f, 0.0);
    for (const std::size_t r : rows) {
        const float *x = data.row(r);
        for (std::size_t j = 0; j < f; ++j)
            s.mean[j] += x[j];
    }
    const double n = static_cast<double>(rows.size());
    for (double &m : s.mean)
        m /= n;
    // Two passes: the textbook one-pass formula loses digits for large offsets.
    for (const std::size_t r : rows) {
        const float *x = data.row(r);
        for (std::size_t j = 0; j < f; ++j) {
            const double d = x[j] - s.mean[j];
            s.scale[j] += d * d;
        }
    }
    for (double &v : s.scale) {
        v = std::sqrt(v / n);
        if (!(v > 0.0) || !std::isfinite(v))
            v = 1.0;
    }
    return s;
}

std::vector<float> Standardizer::transform(const Dataset &data, const std::vector<std::size_t> &rows) const
{
    const std::size_t f = data.features;
    std::vector<float> out(rows.size() * f);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const float *x = data.row(rows[i]);
        for (std::size_t j = 0; j < f; ++j)
            out[i * f + j] = static_cast<float>(apply(j, x[j]));
    }
    return out;
}

TargetScale TargetScale::fit(const Dataset &data, const std::vector<std::size_t> &rows)
{
    TargetScale t;
    for (const std::size_t r : rows)
        t.mean += data.y[r];
    const double n = static_cast<double>(rows.size());
    t.mean /= n;
    double ss = 0.0;
    for (const std::size_t r : rows)
        ss += (data.y[r] - t.mean) * (data.y[r] - t.mean);
    t.scale = std::sqrt(ss / n);
    if (!(t.scale > 0.0) || !std::isfinite(t.scale))
        t.scale = 1.0;
    return t;
}

std::vector<std::size_t> shuffledRows(const std::vector<std::size_t> &rows, std::uint64_t seed)
{
    std::vector<std::size_t> out = rows;
    Shuffler(seed).shuffle(out);
    return out;
}

std::size_t argmax(const float *values, std::size_t count)
{
    std::size_t best = 0;
    for (std::size_t k = 1; k < count; ++k) {
        if (values[k] > values[best] || (std::isnan(values[best]) && !std::isnan(values[k])))
            best = k;
    }
    return best;
}

} // namespace detail
} // namespace hplx::build
