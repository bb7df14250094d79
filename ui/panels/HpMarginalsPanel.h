// The HP marginals tab of the primary landscape: (left) the loss against each
// value of a chosen HP as box plots over every evaluated configuration, with
// the shared selection overlaid as points, and (right) the exact functional
// ANOVA (METRICS.md §4) as a sorted bar chart of variance shares. One combo
// chooses the loss scale (raw, log, rank) of both charts. Clicking a box
// selects every configuration with that HP value in the shared selection.
//
// Boxes: quartiles by linear interpolation (Hyndman & Fan type 7), whiskers
// at the most extreme values within 1.5 IQR, outliers as grey points
// (charts/BoxStatistics.h). The log scale shows log10(loss); fANOVA shares
// do not depend on the log base. Both computations run as Workspace jobs,
// only while the panel is visible.
#pragma once

#include "charts/BoxStatistics.h"
#include "metrics/Fanova.h"

#include "export/FigureExport.h"
#include <QString>

#include <QWidget>

#include <memory>
#include <vector>

class QBoxPlotSeries;
class QBoxSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QScatterSeries;
class QStackedWidget;

namespace hplx {

class Workspace;
struct MarginalBoxes;
struct FanovaOutcome;

class HpMarginalsPanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    explicit HpMarginalsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~HpMarginalsPanel() override;

    // FigureSource (File ▸ Export view…): box plot and fANOVA bars side by
    // side; figures narrower than 760 logical units are drawn at 760 and
    // scaled down (text included) so the axis labels fit.
    QString figureTitle() const override;
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    // The HP of the box plot (index into the primary's space); -1 without a landscape.
    int hpIndex() const;
    void setHpIndex(int hp);
    LossScale lossScale() const { return m_scale; }
    void setLossScale(LossScale scale);

    // Selects every configuration whose chosen HP has this value index in the
    // shared selection (what a click on that box does).
    void selectValue(int valueIndex);

    // The boxes shown, one per value of hpIndex() (empty while computing or on error).
    std::vector<BoxStatistics> boxes() const;
    // The bars shown, largest share first; share in [0, 1].
    struct FanovaBar
    {
        QString label; // "eta" or "eta × max_depth"
        double share = 0.0;
    };
    const std::vector<FanovaBar> &fanovaBars() const { return m_bars; }
    // The text under the bars (what is left out) or the error shown instead of the chart.
    QString fanovaText() const;
    bool fanovaFailed() const { return m_fanovaFailed; }

    QChartView *boxView() const { return m_boxView; }
    QChartView *fanovaView() const { return m_fanovaView; }

    // Most bars drawn; the rest are summed in the text.
    static constexpr int kMaxBars = 12;
    // Selected configurations drawn as points at most (the boxes always use all).
    static constexpr int kMaxSelectionPoints = 10000;

Q_SIGNALS:
    // The box plot was redrawn from a finished job (or shows a message).
    void boxesChanged();
    // The fANOVA chart (or its message) was redrawn from a finished job.
    void fanovaChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void landscapesChanged();
    void refresh();
    void requestBoxes();
    void requestFanova();
    void showBoxes(std::shared_ptr<const MarginalBoxes> boxes);
    void showFanova(std::shared_ptr<const FanovaOutcome> outcome);
    void showSelection(QObject *source);
    void drawSelection();
    void boxClicked(QBoxSet *set);
    QString lossTitle() const;
    // The figure's two charts in target (at least kMinWidth wide).
    void paintPanels(QPainter &painter, const QRectF &target, double fontScale);

    Workspace *m_workspace;
    LossScale m_scale = LossScale::Raw;
    bool m_dirty = true; // landscape or options changed while hidden
    QComboBox *m_hpCombo = nullptr;
    QComboBox *m_scaleCombo = nullptr;
    QLabel *m_status = nullptr;

    QStackedWidget *m_boxStack = nullptr;
    QLabel *m_boxMessage = nullptr;
    QChartView *m_boxView = nullptr;
    QChart *m_boxChart = nullptr;
    QBoxPlotSeries *m_boxSeries = nullptr;
    QScatterSeries *m_outlierSeries = nullptr;
    QScatterSeries *m_selectionSeries = nullptr;
    std::shared_ptr<const MarginalBoxes> m_boxes;
    int m_highlighted = -1; // value index whose box this panel selected, or -1

    QStackedWidget *m_fanovaStack = nullptr;
    QLabel *m_fanovaMessage = nullptr;
    QChartView *m_fanovaView = nullptr;
    QChart *m_fanovaChart = nullptr;
    QLabel *m_fanovaSummary = nullptr;
    std::vector<FanovaBar> m_bars;
    bool m_fanovaFailed = false;
};

} // namespace hplx
