// The detail panel: everything known about one configuration — its HP
// values, its loss in every landscape shown, its rank, whether it is a local
// optimum and which basin it drains into. Follows the shared selection: the
// hovered configuration, else the first selected one.
#pragma once

#include "graph/ImprovingGraph.h"
#include "space/Landscape.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QTreeWidget;

namespace hplx {

class SelectionHub;

class ConfigurationDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigurationDetails(QWidget *parent = nullptr);

    // landscapes: all on one space; primary: the one rank and basin refer to.
    void setLandscapes(std::vector<std::shared_ptr<const Landscape>> landscapes, int primary);
    // The improving structure of the primary landscape (nullptr: not known yet).
    void setImprovingGraph(std::shared_ptr<const ImprovingGraph> improving);
    void setSelectionHub(SelectionHub *hub);

    std::optional<ConfigId> shownConfiguration() const { return m_shown; }
    // The text of a row by its property label (for tests): "" when absent.
    QString valueOf(const QString &property) const;

private:
    void followHub();
    void display(std::optional<ConfigId> id);

    std::vector<std::shared_ptr<const Landscape>> m_landscapes;
    int m_primary = -1;
    std::vector<double> m_rank; // per configuration of the primary landscape, NaN where missing
    std::shared_ptr<const ImprovingGraph> m_improving;
    QPointer<SelectionHub> m_hub;
    std::optional<ConfigId> m_shown;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace hplx
