// One hyperparameter of a search space: a name, a kind and an ordered value list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hplx {

enum class HpKind {
    Ordinal,     // values have an order; neighbours are adjacent values
    Categorical, // unordered; every other value is a neighbour
};

std::string_view toString(HpKind kind);
std::optional<HpKind> hpKindFromString(std::string_view text);

// Value lists are fixed at construction. An ordinal HP whose labels are all
// numbers is sorted numerically; other orders come from the caller.
class Hyperparameter
{
public:
    // Labels must be unique and non-empty; numeric values are derived from the
    // labels (NaN where a label is not a number). Throws Error on violations.
    Hyperparameter(std::string name, HpKind kind, std::vector<std::string> labels);

    // Builds an HP from observed labels: an ordinal HP whose labels all parse as
    // numbers is sorted by value and labels of equal value ("1" and "1.0") are
    // merged; otherwise labels keep the given order.
    static Hyperparameter fromObserved(std::string name, HpKind kind, std::vector<std::string> labels);

    const std::string &name() const { return m_name; }
    HpKind kind() const { return m_kind; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_labels.size()); }
    const std::vector<std::string> &labels() const { return m_labels; }
    const std::string &label(std::uint32_t index) const { return m_labels[index]; }
    // NaN where the label is not a number.
    double numeric(std::uint32_t index) const { return m_numeric[index]; }
    bool isNumeric() const { return m_allNumeric; }

    // Index of a label; for a numeric HP also matches by value ("0.50" finds "0.5").
    std::optional<std::uint32_t> indexOf(std::string_view label) const;

    bool operator==(const Hyperparameter &other) const;
    bool operator!=(const Hyperparameter &other) const { return !(*this == other); }

private:
    std::string m_name;
    HpKind m_kind;
    std::vector<std::string> m_labels;
    std::vector<double> m_numeric;
    bool m_allNumeric = false;
};

} // namespace hplx
