#include "space/Landscape.h"

#include "util/Error.h"
#include "util/Format.h"

namespace hplx {

std::string LandscapeKey::describe() const
{
    std::string text = model + " / " + dataset;
    if (!fidelityName.empty())
        text += " / " + fidelityName + '=' + (fidelityValue ? formatNumber(*fidelityValue) : std::string("?"));
    return text + " / " + split + " / " + lossName;
}

Landscape::Landscape(std::shared_ptr<const SearchSpace> space, LandscapeInfo info, std::vector<double> loss)
    : m_space(std::move(space)), m_info(std::move(info)), m_loss(std::move(loss))
{
    if (!m_space)
        throw Error(ErrorKind::InvalidArgument, "a landscape needs a search space");
    if (m_loss.size() != m_space->size())
        throw Error(ErrorKind::InvalidArgument, "landscape '" + m_info.key.describe() + "' has "
                                                    + std::to_string(m_loss.size()) + " loss entries for a space of "
                                                    + std::to_string(m_space->size()) + " configurations");
    for (ConfigId id = 0; id < m_loss.size(); ++id) {
        if (std::isinf(m_loss[id]))
            throw Error(ErrorKind::InvalidData, "landscape '" + m_info.key.describe() + "' has an infinite loss at "
                                                    + m_space->describe(id) + "; losses must be finite");
        m_evaluated += std::isnan(m_loss[id]) ? 0 : 1;
    }
    m_info.evaluated = m_evaluated;
}

} // namespace hplx
