// Shared plumbing of the learner implementations (not part of the public
// learner API): checking a configuration against the declared HPs, checking
// training and prediction rows, z-score standardisation and seed mixing.
// Implemented in Learner.cpp.
#pragma once

#include "build/Learner.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hplx::build::detail {

// Declaration builders, so that each learner's table reads as one line per HP.
HpDeclaration numericHp(std::string name, double min, double max, bool logScale, bool integer, std::string defaultValue,
                        std::vector<std::string> defaultGrid, std::string help);
HpDeclaration categoricalHp(std::string name, std::vector<std::string> choices, std::string defaultValue,
                            std::string help);

// A configuration checked against a learner's declarations: every declared HP
// present, no unknown HP, every value parseable and inside its range or
// choices. Throws Error(InvalidArgument) naming the learner, the HP and value.
class HpValues
{
public:
    HpValues(const std::string &learner, const std::vector<HpDeclaration> &declarations, const Configuration &config);

    double number(const std::string &name) const;
    int integer(const std::string &name) const;
    const std::string &choice(const std::string &name) const;

private:
    std::map<std::string, double> m_numbers;
    std::map<std::string, std::string> m_choices;
};

// Throws Error(InvalidArgument) for empty or out-of-range rows, a dataset whose
// arrays do not match its shape, an unsupported task, or class indices outside
// 0..classes-1.
void checkTrainingData(const std::string &learner, const Dataset &data, const std::vector<std::size_t> &rows,
                       bool taskSupported);
// Throws Error(InvalidArgument) for out-of-range rows or a feature count that
// differs from the one the model was trained with.
void checkPredictionData(const std::string &learner, const Dataset &data, const std::vector<std::size_t> &rows,
                         std::size_t trainedFeatures);

// Z-score of each feature over the training rows. A constant feature gets
// scale 1 so that it maps to 0 instead of dividing by zero.
struct Standardizer
{
    std::vector<double> mean;
    std::vector<double> scale; // standard deviation (population), 1 for constant features

    static Standardizer fit(const Dataset &data, const std::vector<std::size_t> &rows);
    double apply(std::size_t feature, float value) const { return (value - mean[feature]) / scale[feature]; }
    // rows.size() x features, row-major, standardised.
    std::vector<float> transform(const Dataset &data, const std::vector<std::size_t> &rows) const;
};

// Mean and standard deviation (population; 1 when constant) of y over rows.
struct TargetScale
{
    double mean = 0.0;
    double scale = 1.0;
    static TargetScale fit(const Dataset &data, const std::vector<std::size_t> &rows);
};

// rows in an order that depends only on seed (util/Random.h's Shuffler, the
// same on every standard library).
std::vector<std::size_t> shuffledRows(const std::vector<std::size_t> &rows, std::uint64_t seed);

// Index of the largest value; the first one on ties, 0 when all are NaN.
std::size_t argmax(const float *values, std::size_t count);

} // namespace hplx::build::detail
