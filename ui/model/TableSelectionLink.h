// Binds a QTableView that shows a ConfigurationTableModel (directly, not
// through a proxy) to a SelectionHub, both ways: rows selected in the view
// become the hub's selection, a selection set by any other source is shown in
// the view, and the row under the mouse becomes the hovered configuration.
// The view is the source the link names in the hub; echoes are ignored, so
// there is no feedback loop. Owned by the view unless another parent is given.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTableView>

namespace hplx {

class ConfigurationTableModel;
class SelectionHub;

class TableSelectionLink : public QObject
{
    Q_OBJECT

public:
    // view must already show its ConfigurationTableModel; hub must outlive the
    // link or be destroyed with it.
    TableSelectionLink(QTableView *view, SelectionHub *hub, QObject *parent = nullptr);

    QTableView *view() const { return m_view; }
    SelectionHub *hub() const { return m_hub; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void viewSelectionChanged();
    void hubSelectionChanged(QObject *source);
    // Shows the hub's selection in the view (rows that are filtered out are skipped).
    void showHubSelection();

    QPointer<QTableView> m_view;
    QPointer<SelectionHub> m_hub;
    QPointer<ConfigurationTableModel> m_model;
    bool m_updating = false;
};

} // namespace hplx
