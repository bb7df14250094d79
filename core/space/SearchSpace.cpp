#include "space/SearchSpace.h"

#include "util/Error.h"

#include <unordered_set>

namespace hplx {

SearchSpace::SearchSpace(std::vector<Hyperparameter> hps) : m_hps(std::move(hps))
{
    if (m_hps.empty())
        throw Error(ErrorKind::InvalidData, "a search space needs at least one hyperparameter");
    std::unordered_set<std::string> names;
    for (const auto &hp : m_hps) {
        if (!names.insert(hp.name()).second)
            throw Error(ErrorKind::InvalidData, "the hyperparameter '" + hp.name() + "' appears twice");
    }
    m_strides.assign(m_hps.size(), 1);
    std::uint64_t size = 1;
    for (std::size_t h = m_hps.size(); h-- > 0;) {
        m_strides[h] = static_cast<std::uint32_t>(size);
        size *= m_hps[h].size();
        if (size > kMaxConfigurations)
            throw Error(ErrorKind::InvalidData,
                        "the search space has more than " + std::to_string(kMaxConfigurations)
                            + " configurations (the product of the hyperparameters' value counts); "
                              "HPLX holds every landscape as a dense array over the grid");
    }
    m_size = static_cast<ConfigId>(size);
}

int SearchSpace::indexOfHp(const std::string &name) const
{
    for (std::size_t h = 0; h < m_hps.size(); ++h) {
        if (m_hps[h].name() == name)
            return static_cast<int>(h);
    }
    return -1;
}

std::string SearchSpace::describe(ConfigId id) const
{
    std::string text;
    const auto indices = decode(id);
    for (std::size_t h = 0; h < m_hps.size(); ++h) {
        if (h)
            text += ", ";
        text += m_hps[h].name() + '=' + m_hps[h].label(indices[h]);
    }
    return text;
}

} // namespace hplx
