#include "model/SelectionHub.h"

#include <algorithm>

namespace hplx {

SelectionHub::SelectionHub(ConfigId spaceSize, QObject *parent)
    : QObject(parent), m_spaceSize(spaceSize), m_bits((static_cast<std::size_t>(spaceSize) + 63) / 64, 0)
{}

void SelectionHub::setSpaceSize(ConfigId size)
{
    if (size == m_spaceSize)
        return;
    clear(nullptr);
    m_spaceSize = size;
    m_bits.assign((static_cast<std::size_t>(size) + 63) / 64, 0);
}

void SelectionHub::setSelection(std::vector<ConfigId> ids, QObject *source)
{
    ids.erase(std::remove_if(ids.begin(), ids.end(), [this](ConfigId id) { return id >= m_spaceSize; }), ids.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids == m_selection)
        return;
    for (ConfigId id : m_selection)
        m_bits[id >> 6] &= ~(std::uint64_t{1} << (id & 63U));
    m_selection = std::move(ids);
    for (ConfigId id : m_selection)
        m_bits[id >> 6] |= std::uint64_t{1} << (id & 63U);
    Q_EMIT selectionChanged(source);
}

void SelectionHub::setHovered(std::optional<ConfigId> id, QObject *source)
{
    if (id && *id >= m_spaceSize)
        id.reset();
    if (id == m_hovered)
        return;
    m_hovered = id;
    Q_EMIT hoveredChanged(id ? static_cast<qint64>(*id) : qint64{-1}, source);
}

void SelectionHub::clear(QObject *source)
{
    setSelection({}, source);
    setHovered(std::nullopt, source);
}

} // namespace hplx
