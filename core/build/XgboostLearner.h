// Gradient-boosted trees through the XGBoost 1.7 C API (hist tree method,
// one thread). Classification: binary:logistic for two classes, multi:softprob
// (argmax) for more; regression: reg:squarederror. Features are used as given.
#pragma once

#include "build/Learner.h"

namespace hplx::build {

class XgboostLearner : public Learner
{
public:
    std::string name() const override { return "xgboost"; }
    std::string library() const override;
    bool supports(Task task) const override;
    std::vector<HpDeclaration> hyperparameters() const override;
    std::unique_ptr<Model> fit(const Dataset &data, const std::vector<std::size_t> &rows, const Configuration &config,
                               std::uint64_t seed) const override;
};

} // namespace hplx::build
