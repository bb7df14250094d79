// Random forests through cv::ml::RTrees (OpenCV 4.6), for classification and
// regression. RTrees draws its bootstrap samples and feature subsets from a
// generator of its own that always starts from the same state, so the seed
// acts through the order of the training rows (a seeded shuffle) instead.
#pragma once

#include "build/Learner.h"

namespace hplx::build {

class RandomForestLearner : public Learner
{
public:
    std::string name() const override { return "random_forest"; }
    std::string library() const override;
    bool supports(Task task) const override;
    std::vector<HpDeclaration> hyperparameters() const override;
    std::unique_ptr<Model> fit(const Dataset &data, const std::vector<std::size_t> &rows, const Configuration &config,
                               std::uint64_t seed) const override;
};

} // namespace hplx::build
