#include "space/Hyperparameter.h"

#include "util/Error.h"
#include "util/Format.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

namespace hplx {

std::string_view toString(HpKind kind)
{
    return kind == HpKind::Ordinal ? "ordinal" : "categorical";
}

std::optional<HpKind> hpKindFromString(std::string_view text)
{
    if (text == "ordinal")
        return HpKind::Ordinal;
    if (text == "categorical")
        return HpKind::Categorical;
    return std::nullopt;
}

Hyperparameter::Hyperparameter(std::string name, HpKind kind, std::vector<std::string> labels)
    : m_name(std::move(name)), m_kind(kind), m_labels(std::move(labels))
{
    if (m_name.empty())
        throw Error(ErrorKind::InvalidData, "a hyperparameter has an empty name");
    if (m_labels.empty())
        throw Error(ErrorKind::InvalidData, "hyperparameter '" + m_name + "' has no values");
    std::unordered_set<std::string> seen;
    m_numeric.reserve(m_labels.size());
    m_allNumeric = true;
    for (const auto &label : m_labels) {
        if (label.empty())
            throw Error(ErrorKind::InvalidData, "hyperparameter '" + m_name + "' has an empty value");
        if (!seen.insert(label).second)
            throw Error(ErrorKind::InvalidData,
                        "hyperparameter '" + m_name + "' lists the value '" + label + "' twice");
        const auto number = parseNumber(label);
        const bool finite = number && std::isfinite(*number);
        m_numeric.push_back(finite ? *number : std::nan(""));
        m_allNumeric = m_allNumeric && finite;
    }
}

Hyperparameter Hyperparameter::fromObserved(std::string name, HpKind kind, std::vector<std::string> labels)
{
    std::vector<double> values;
    bool allNumeric = kind == HpKind::Ordinal;
    for (const auto &label : labels) {
        if (!allNumeric)
            break;
        const auto number = parseNumber(label);
        allNumeric = number && std::isfinite(*number);
        if (allNumeric)
            values.push_back(*number);
    }
    if (!allNumeric)
        return Hyperparameter(std::move(name), kind, std::move(labels));

    // Sort by value; among labels of equal value keep the first one seen.
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<std::string> sorted;
    double previous = 0.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && values[order[k]] == previous)
            continue;
        previous = values[order[k]];
        sorted.push_back(labels[order[k]]);
    }
    return Hyperparameter(std::move(name), kind, std::move(sorted));
}

std::optional<std::uint32_t> Hyperparameter::indexOf(std::string_view label) const
{
    const auto exact = std::find(m_labels.begin(), m_labels.end(), label);
    if (exact != m_labels.end())
        return static_cast<std::uint32_t>(exact - m_labels.begin());
    if (!m_allNumeric)
        return std::nullopt;
    const auto number = parseNumber(label);
    if (!number)
        return std::nullopt;
    const auto byValue = std::find(m_numeric.begin(), m_numeric.end(), *number);
    if (byValue == m_numeric.end())
        return std::nullopt;
    return static_cast<std::uint32_t>(byValue - m_numeric.begin());
}

bool Hyperparameter::operator==(const Hyperparameter &other) const
{
    return m_name == other.m_name && m_kind == other.m_kind && m_labels == other.m_labels;
}

} // namespace hplx
