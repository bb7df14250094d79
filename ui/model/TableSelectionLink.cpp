#include "model/TableSelectionLink.h"

#include "model/ConfigurationTableModel.h"
#include "model/SelectionHub.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QTableView>

#include <algorithm>

namespace hplx {

TableSelectionLink::TableSelectionLink(QTableView *view, SelectionHub *hub, QObject *parent)
    : QObject(parent ? parent : view),
      m_view(view),
      m_hub(hub),
      m_model(qobject_cast<ConfigurationTableModel *>(view ? view->model() : nullptr))
{
    if (!m_view || !m_hub || !m_model) {
        qWarning("TableSelectionLink: the view must show a ConfigurationTableModel and a hub is needed");
        return;
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableSelectionLink::viewSelectionChanged);
    connect(m_hub, &SelectionHub::selectionChanged, this, &TableSelectionLink::hubSelectionChanged);
    // A filter change resets the model and with it the view's selection.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableSelectionLink::showHubSelection);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    showHubSelection();
}

void TableSelectionLink::viewSelectionChanged()
{
    if (m_updating || !m_hub || !m_model)
        return;
    std::vector<ConfigId> ids;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids.push_back(m_model->configAt(row));
    }
    m_hub->setSelection(std::move(ids), m_view);
}

void TableSelectionLink::hubSelectionChanged(QObject *source)
{
    if (source == m_view.data())
        return;
    showHubSelection();
}

void TableSelectionLink::showHubSelection()
{
    if (!m_view || !m_hub || !m_model)
        return;
    std::vector<int> rows;
    rows.reserve(m_hub->selection().size());
    for (ConfigId id : m_hub->selection()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    // Runs of consecutive rows become one range: a selection of 100,000 rows
    // sorted by an HP is a handful of ranges, not 100,000.
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(m_model->index(rows[i], 0), m_model->index(rows[j - 1], std::max(lastColumn, 0))));
        i = j;
    }
    m_updating = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_updating = false;
}

bool TableSelectionLink::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && m_hub && m_model && watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
            m_hub->setHovered(index.isValid() ? std::optional<ConfigId>(m_model->configAt(index.row())) : std::nullopt,
                              m_view);
        } else if (event->type() == QEvent::Leave) {
            m_hub->setHovered(std::nullopt, m_view);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hplx
