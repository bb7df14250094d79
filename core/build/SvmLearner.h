// Support vector machines through LIBSVM: C-SVC for classification, epsilon-SVR
// for regression. Features are z-scored with the training rows' mean and
// standard deviation, and for regression so is the target (epsilon is in units
// of the target's standard deviation); predictions are mapped back. LIBSVM
// without probability estimates uses no randomness: the seed is not used.
#pragma once

#include "build/Learner.h"

namespace hplx::build {

class SvmLearner : public Learner
{
public:
    std::string name() const override { return "svm"; }
    std::string library() const override;
    bool supports(Task task) const override;
    std::vector<HpDeclaration> hyperparameters() const override;
    std::unique_ptr<Model> fit(const Dataset &data, const std::vector<std::size_t> &rows, const Configuration &config,
                               std::uint64_t seed) const override;
};

} // namespace hplx::build
