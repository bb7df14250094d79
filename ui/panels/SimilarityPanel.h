// The similarity tab: how alike the landscapes of the primary's model, space
// and loss are (METRICS.md §3), as a matrix of every pair — the datasets at
// the primary's fidelity and split, or every (dataset, fidelity) at its split.
// One background job loads those landscapes and computes all measures of all
// pairs at once, so changing the measure is instant; the result is kept while
// the selection moves within the same set (e.g. after a cell was clicked).
// The primary/compare pair is outlined; a click on another cell asks for that
// pair side by side (openPair).
#pragma once

#include "export/FigureExport.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace hplx {

class HeatmapView;
class Workspace;
struct SimilarityMatrix;

class SimilarityPanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    enum class Mode {
        Datasets,          // datasets x datasets at the primary's fidelity and split
        DatasetsFidelities // every (dataset, fidelity) pair at the primary's split
    };
    // The order of the measure combo box.
    enum class Measure { Spearman, ShakeupAll, ShakeupTop, GammaIoU, GammaOverlap };

    explicit SimilarityPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~SimilarityPanel() override;

    // FigureSource (File ▸ Export view…): the matrix with its colour bar.
    QString figureTitle() const override;
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    HeatmapView *heatmap() const { return m_heatmap; }
    void setMode(Mode mode);
    Mode mode() const;
    void setMeasure(Measure measure);
    Measure measure() const;
    // Sequential map for [0, 1] measures and shake-up (spearman with a
    // negative value always uses "coolwarm" centred at 0).
    void setColourMap(const QString &name);

    // Landscape ids of the rows (= columns) of the matrix shown; empty while
    // none is shown.
    std::vector<qint64> landscapeIds() const;
    // The shown measure at (row, column), the row landscape being the
    // reference for the asymmetric ones; NaN when not comparable (fewer than
    // 2 common configurations) or outside the matrix.
    double value(int row, int column) const;
    // Computes the matrix now if it is missing (otherwise only when shown).
    void refresh();
    bool isComputing() const { return !m_pendingIds.empty(); }

Q_SIGNALS:
    // A click on an off-diagonal cell: show these two landscapes side by side.
    void openPair(qint64 rowLandscapeId, qint64 columnLandscapeId);
    // A matrix for the current selection and mode is shown.
    void matrixShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::vector<qint64> wantedIds() const;
    void reconsider(bool compute);
    void startJob(const std::vector<qint64> &ids);
    void redraw();

    Workspace *m_workspace;
    QComboBox *m_mode = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    HeatmapView *m_heatmap = nullptr;
    QString m_colourMap = QStringLiteral("viridis");
    std::shared_ptr<const SimilarityMatrix> m_matrix; // last computed (may be for another set)
    bool m_shown = false;                             // m_matrix is the wanted one and on screen
    std::vector<qint64> m_pendingIds;                 // ids of the running job; empty when none
    qint64 m_pendingPrimary = 0, m_pendingCompare = 0;
    std::vector<qint64> m_failedIds; // not retried automatically
};

} // namespace hplx
