// Logistic regression through cv::ml::LogisticRegression (OpenCV 4.6);
// one-vs-rest for more than two classes; classification only. Features are
// z-scored on the training rows. Gradient descent starts from zero weights and
// visits rows in order, so the seed is not used. OpenCV has no regularisation
// strength: with l1/l2 the penalty weight is fixed by the library.
#pragma once

#include "build/Learner.h"

namespace hplx::build {

class LogisticRegressionLearner : public Learner
{
public:
    std::string name() const override { return "logistic_regression"; }
    std::string library() const override;
    bool supports(Task task) const override;
    std::vector<HpDeclaration> hyperparameters() const override;
    std::unique_ptr<Model> fit(const Dataset &data, const std::vector<std::size_t> &rows, const Configuration &config,
                               std::uint64_t seed) const override;
};

} // namespace hplx::build
