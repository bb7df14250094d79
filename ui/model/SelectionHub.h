// The shared selection of one search space: the selected configuration ids and
// the hovered one. Panels that show configurations of the same space observe
// one hub and never talk to each other; every change names its source so a
// panel can ignore the echo of its own change.
#pragma once

#include "space/SearchSpace.h"

#include <QObject>

#include <cstdint>
#include <optional>
#include <vector>

namespace hplx {

class SelectionHub : public QObject
{
    Q_OBJECT

public:
    // spaceSize: number of configurations of the space (ids 0..spaceSize-1).
    explicit SelectionHub(ConfigId spaceSize = 0, QObject *parent = nullptr);

    ConfigId spaceSize() const { return m_spaceSize; }
    // A different size clears the selection and the hover (with signals, source nullptr).
    void setSpaceSize(ConfigId size);

    // Replaces the selection; ids are sorted, duplicates dropped and ids outside
    // the space ignored. Emits selectionChanged(source) only when it changed.
    void setSelection(std::vector<ConfigId> ids, QObject *source = nullptr);
    // Sorted ascending, unique.
    const std::vector<ConfigId> &selection() const { return m_selection; }
    // O(1); false for ids outside the space.
    bool isSelected(ConfigId id) const { return id < m_spaceSize && (m_bits[id >> 6] >> (id & 63U)) & 1U; }

    // std::nullopt: nothing hovered. Ids outside the space count as none.
    void setHovered(std::optional<ConfigId> id, QObject *source = nullptr);
    std::optional<ConfigId> hovered() const { return m_hovered; }

    // Empties selection and hover (signals only for what changed).
    void clear(QObject *source = nullptr);

Q_SIGNALS:
    void selectionChanged(QObject *source);
    // id: the hovered configuration, or -1 for none.
    void hoveredChanged(qint64 id, QObject *source);

private:
    ConfigId m_spaceSize = 0;
    std::vector<ConfigId> m_selection;
    std::vector<std::uint64_t> m_bits; // one bit per configuration
    std::optional<ConfigId> m_hovered;
};

} // namespace hplx
