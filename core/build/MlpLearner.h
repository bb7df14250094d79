// Multi-layer perceptrons through cv::ml::ANN_MLP (OpenCV 4.6), trained with
// online back-propagation. Features are z-scored on the training rows;
// classification uses one output per class (one-hot targets, argmax), regression
// one output on the target scaled to the output activation's range. ANN_MLP's weight initialisation and epoch
// shuffles come from a generator of its own with a fixed start, so the seed acts
// through the order of the training rows (a seeded shuffle).
#pragma once

#include "build/Learner.h"

namespace hplx::build {

class MlpLearner : public Learner
{
public:
    std::string name() const override { return "mlp"; }
    std::string library() const override;
    bool supports(Task task) const override;
    std::vector<HpDeclaration> hyperparameters() const override;
    std::unique_ptr<Model> fit(const Dataset &data, const std::vector<std::size_t> &rows, const Configuration &config,
                               std::uint64_t seed) const override;
};

} // namespace hplx::build
