// A numeric dataset held in memory for training: features row-major as float
// (what XGBoost, LIBSVM and OpenCV take), targets as double.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace hplx::build {

enum class Task {
    Classification, // targets are class indices 0..classes-1; loss = 1 - accuracy
    Regression,     // loss = RMSE
};

struct Dataset
{
    std::string name;
    Task task = Task::Classification;
    std::size_t rows = 0;
    std::size_t features = 0;
    std::vector<float> x;  // rows x features, row-major
    std::vector<double> y; // rows; class index for classification
    int classes = 0;       // number of classes (0 for regression)
    std::vector<std::string> featureNames;
    std::string source; // file(s) read, for the landscape's attributes

    const float *row(std::size_t r) const { return x.data() + r * features; }
};

// Reads a CSV with a header line; every column but the target is a feature.
// For classification the target's distinct values (numbers or labels) become
// class indices in sorted order. Throws Error naming the file, line and column
// for a missing target column, an empty or non-numeric feature cell, a ragged
// row, or fewer than two classes.
Dataset loadCsvDataset(const std::string &path, const std::string &targetColumn, Task task,
                       const std::string &name = {});

// The toy datasets that scikit-learn ships (python3-sklearn installs them in
// .../sklearn/datasets/data): "iris", "wine", "breast_cancer", "digits"
// (classification) and "diabetes" (regression), read from dir in their own
// formats. Throws Error naming the file for anything missing or malformed.
Dataset loadSklearnDataset(const std::string &name, const std::string &dir);

// The folder python3-sklearn installs its data in, or "" when not found.
std::string findSklearnDataDir();

// Row subset of a dataset (same features), in the order given.
Dataset subset(const Dataset &data, const std::vector<std::size_t> &rows);

} // namespace hplx::build
