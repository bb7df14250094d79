// The fidelity tab: the primary landscape's siblings along the fidelity axis
// (same model, dataset, split and loss; ascending fidelity value), with
// (top) the chosen landscape metrics across fidelities, (bottom) the rank
// agreement (spearman, gamma_set IoU, METRICS.md §3) of every fidelity with
// the highest one, and a stepper that makes another fidelity the primary
// landscape (Workspace::select), so every other view follows. The current
// fidelity is marked by a dashed vertical line in both charts.
//
// Metrics are computed per fidelity as Workspace jobs (only while the panel
// is visible) and kept per landscape id, so stepping costs nothing twice.
#pragma once

#include "metrics/LandscapeMetrics.h"

#include "export/FigureExport.h"
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <QWidget>

#include <memory>
#include <vector>

class QChart;
class QChartView;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolButton;

namespace hplx {

class Workspace;
struct FidelityAgreement;

class FidelityPanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    explicit FidelityPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~FidelityPanel() override;

    // FigureSource (File ▸ Export view…): the two charts, stacked when the
    // figure is upright (height >= 0.8 width), else side by side (drawn at
    // least 760 logical units wide and scaled down to fit).
    QString figureTitle() const override;
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    // One landscape along the fidelity axis.
    struct Step
    {
        qint64 landscapeId = 0;
        double fidelity = 0.0;
    };
    // Ascending fidelity; empty when the primary has no fidelity axis.
    const std::vector<Step> &steps() const { return m_steps; }
    QString fidelityName() const { return m_fidelityName; }
    // Index of the primary landscape in steps(), or -1.
    int currentStep() const;
    // Makes steps()[index] the primary landscape (keeping the comparison);
    // out-of-range indices are ignored.
    void stepTo(int index);
    void stepBy(int delta) { stepTo(currentStep() + delta); }

    // Metric keys (METRICS.md §2) drawn in the metrics chart.
    QStringList shownMetrics() const { return m_shown; }
    void setShownMetrics(const QStringList &keys);
    // The unitless metrics in [-1, 1]: l_ast, rho_a, nu, fdc.
    static QStringList defaultMetrics();

    // The points drawn (x = fidelity value): a metric key, or "spearman" /
    // "gamma_set" for the agreement chart. Undefined values are left out.
    QList<QPointF> metricPoints(const QString &key) const;
    QList<QPointF> agreementPoints(const QString &key) const;
    // The x of the current-fidelity marker; NaN when none.
    double markerPosition() const;

    QChartView *metricsView() const { return m_metricsView; }
    QChartView *agreementView() const { return m_agreementView; }

Q_SIGNALS:
    // The charts were redrawn (a result arrived, or the choice changed).
    void chartsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void landscapesChanged();
    void refresh();
    void redraw();
    void drawMetrics();
    void drawAgreement();
    void updateStepper();
    void chooseMetrics();
    QString metricOptionsKey() const;

    Workspace *m_workspace;
    bool m_dirty = true;
    std::vector<Step> m_steps;
    QString m_fidelityName;
    QStringList m_shown;
    QHash<qint64, std::shared_ptr<const LandscapeMetrics>> m_metrics;
    QString m_metricsFor; // database + options the cached metrics belong to
    std::shared_ptr<const FidelityAgreement> m_agreement;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_fidelityLabel = nullptr;
    QToolButton *m_metricButton = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_metricsView = nullptr;
    QChart *m_metricsChart = nullptr;
    QChartView *m_agreementView = nullptr;
    QChart *m_agreementChart = nullptr;
};

} // namespace hplx
