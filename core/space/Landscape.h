// A landscape: the loss of every configuration of one search space for one
// (model, dataset, fidelity, split, loss). Missing cells are NaN.
#pragma once

#include "space/SearchSpace.h"

#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hplx {

// What a landscape measures; together with the space it identifies a landscape.
struct LandscapeKey
{
    std::string model;
    std::string dataset;
    std::string fidelityName;            // empty when the data has no fidelity axis
    std::optional<double> fidelityValue; // set exactly when fidelityName is set
    std::string split;                   // "train", "valid", "test" or a user word
    std::string lossName;                // e.g. "1-accuracy", "valid_mse", "-dev_bleu"

    bool operator==(const LandscapeKey &other) const
    {
        return model == other.model && dataset == other.dataset && fidelityName == other.fidelityName
               && fidelityValue == other.fidelityValue && split == other.split && lossName == other.lossName;
    }
    // "xgboost / wine / fraction=0.25 / test / 1-accuracy"
    std::string describe() const;
};

// Catalogue entry of a stored landscape (what `info` lists, no losses).
struct LandscapeInfo
{
    std::int64_t id = 0;
    std::int64_t spaceId = 0;
    LandscapeKey key;
    std::string source;     // where the data came from (file, command, spec)
    std::string attributes; // JSON object with protocol, seeds, transforms
    std::uint64_t evaluated = 0;
};

class Landscape
{
public:
    // loss: one entry per configuration, NaN where not evaluated.
    Landscape(std::shared_ptr<const SearchSpace> space, LandscapeInfo info, std::vector<double> loss);

    const SearchSpace &space() const { return *m_space; }
    const std::shared_ptr<const SearchSpace> &spacePtr() const { return m_space; }
    const LandscapeInfo &info() const { return m_info; }
    const std::vector<double> &losses() const { return m_loss; }
    double loss(ConfigId id) const { return m_loss[id]; }
    bool isEvaluated(ConfigId id) const { return !std::isnan(m_loss[id]); }
    std::uint64_t evaluatedCount() const { return m_evaluated; }
    bool isComplete() const { return m_evaluated == m_space->size(); }

private:
    std::shared_ptr<const SearchSpace> m_space;
    LandscapeInfo m_info;
    std::vector<double> m_loss;
    std::uint64_t m_evaluated = 0;
};

} // namespace hplx
