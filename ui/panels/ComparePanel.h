// The side-by-side tab: the primary landscape and the workspace's compare
// landscape as two terrains on one common layout (the primary's 2-D
// embedding), so a configuration sits at the same place in both. Height and
// colour are the loss rank within each landscape on one shared scale; the
// cameras move together and the shared selection is highlighted in every
// view. An optional third view shows the rank difference (compare − primary)
// with a diverging map centred at 0.
//
// The embedding is requested from the workspace when the panel is shown.
// Configurations a landscape did not evaluate are left out of its view.
#pragma once

#include "export/FigureExport.h"

#include <QWidget>

#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class vtkObject;

namespace hplx {

class SurfaceView;
class Workspace;

class ComparePanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    enum View { Primary = 0, Compare = 1, Difference = 2 };

    explicit ComparePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ComparePanel() override;

    // FigureSource (File ▸ Export view…): the views side by side with their
    // titles (raster); each at least kMinVtkFigureWidth wide, a narrower
    // figure drawn that wide and scaled down.
    QString figureTitle() const override;
    bool isVectorFigure() const override { return false; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    SurfaceView *view(View which) const { return m_views[which]; }
    // The colour map of the two rank views (the difference view is always "coolwarm").
    void setColourMap(const QString &name);
    void setDifferenceVisible(bool visible);
    bool isDifferenceVisible() const;
    // Why no views are shown (no compare landscape, another space, ...);
    // empty while the views are shown.
    QString message() const;
    // Row of a configuration in a view's data, or -1 (not drawn there).
    int rowOf(View which, quint32 config) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void showSelection();
    void onCamera(vtkObject *caller, unsigned long eventId, void *callData);
    void setMessage(const QString &text);
    void refitLater();
    // One view of the figure with its title above, in column.
    void paintColumn(QPainter &painter, const QRectF &column, int view, double fontScale);

    Workspace *m_workspace;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_difference = nullptr;
    QLabel *m_status = nullptr;
    std::array<QWidget *, 3> m_controls{}; // view mode, difference, reset: off while a message shows
    std::array<SurfaceView *, 3> m_views{};
    std::array<QLabel *, 3> m_titles{};
    std::array<QWidget *, 3> m_columns{};
    std::array<std::vector<quint32>, 3> m_rows; // view row -> configuration id
    std::array<std::vector<int>, 3> m_rowOf;    // configuration id -> view row, -1 when absent
    std::vector<unsigned long> m_observers;     // camera observer tags, per view
    bool m_syncing = false;
    const void *m_builtSet = nullptr; // what the views show, to skip rebuilding on a tab switch
    const void *m_builtEmbedding = nullptr;
};

} // namespace hplx
