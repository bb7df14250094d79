// A finite grid of hyperparameter configurations. Configurations are dense ids
// 0..size()-1 in mixed radix over the HPs' value indices, the last HP varying
// fastest (row-major), so id = sum(index[h] * stride[h]).
#pragma once

#include "space/Hyperparameter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hplx {

using ConfigId = std::uint32_t;

class SearchSpace
{
public:
    // Grids beyond this many configurations are refused: every result is a dense
    // array indexed by configuration id (8 bytes per configuration and metric).
    static constexpr std::uint64_t kMaxConfigurations = 100'000'000;

    // Throws Error for no HPs, duplicate HP names or a grid above the limit.
    explicit SearchSpace(std::vector<Hyperparameter> hps);

    std::size_t dimension() const { return m_hps.size(); }
    ConfigId size() const { return m_size; }
    const std::vector<Hyperparameter> &hyperparameters() const { return m_hps; }
    const Hyperparameter &hp(std::size_t h) const { return m_hps[h]; }
    std::uint32_t stride(std::size_t h) const { return m_strides[h]; }
    // Position of an HP by name, or -1.
    int indexOfHp(const std::string &name) const;

    // indices: one value index per HP, each below that HP's size (not checked).
    ConfigId encode(const std::uint32_t *indices) const
    {
        ConfigId id = 0;
        for (std::size_t h = 0; h < m_hps.size(); ++h)
            id += indices[h] * m_strides[h];
        return id;
    }
    ConfigId encode(const std::vector<std::uint32_t> &indices) const { return encode(indices.data()); }

    // Writes dimension() value indices for id (below size(), not checked).
    void decode(ConfigId id, std::uint32_t *indices) const
    {
        for (std::size_t h = m_hps.size(); h-- > 0;) {
            const std::uint32_t radix = m_hps[h].size();
            indices[h] = id % radix;
            id /= radix;
        }
    }
    std::vector<std::uint32_t> decode(ConfigId id) const
    {
        std::vector<std::uint32_t> indices(m_hps.size());
        decode(id, indices.data());
        return indices;
    }

    // Value index of HP h in configuration id, without decoding the others.
    std::uint32_t valueIndex(ConfigId id, std::size_t h) const { return (id / m_strides[h]) % m_hps[h].size(); }

    // "lr=0.1, depth=3" for messages and tooltips.
    std::string describe(ConfigId id) const;

    bool operator==(const SearchSpace &other) const { return m_hps == other.m_hps; }
    bool operator!=(const SearchSpace &other) const { return !(*this == other); }

private:
    std::vector<Hyperparameter> m_hps;
    std::vector<std::uint32_t> m_strides;
    ConfigId m_size = 0;
};

} // namespace hplx
