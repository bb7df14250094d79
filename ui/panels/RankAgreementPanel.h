// Rank agreement: the rank (1 = lowest loss, average ranks for ties) of every
// configuration in landscape A against its rank in landscape B, for any two
// landscapes of the primary's space (its siblings and the comparison
// landscape when it is on the same space). The chart states the similarity
// of METRICS.md §3 (Spearman, shake-up, gamma_set) and colours the top-γ
// sets; configurations missing in either landscape are left out.
#pragma once

#include "metrics/Similarity.h"
#include "space/Landscape.h"

#include "export/FigureExport.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;

namespace hplx {

class ScatterChart;
class Workspace;

class RankAgreementPanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    // Colour groups of the chart, in drawing order.
    enum Group { Other = 0, TopInAOnly = 1, TopInBOnly = 2, TopInBoth = 3 };

    explicit RankAgreementPanel(Workspace *workspace, QWidget *parent = nullptr);

    // FigureSource (File ▸ Export view…): the scatter chart with its statistics.
    QString figureTitle() const override;
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    ScatterChart *chart() const { return m_chart; }
    // What the combo boxes offer: the siblings in catalogue order, then the
    // comparison landscape when it is on the same space and not a sibling.
    const std::vector<std::shared_ptr<const Landscape>> &candidates() const { return m_candidates; }
    // Indices into candidates(); -1 while nothing is loaded.
    int landscapeA() const;
    int landscapeB() const;
    void setLandscapes(int a, int b);
    // The similarity of the shown pair; null until computed or when fewer than
    // two configurations are in common.
    const SimilarityResult *similarity() const;
    // Configurations evaluated in exactly one of the two (left out).
    std::uint64_t leftOut() const;

Q_SIGNALS:
    // The chart shows the result for the current pair.
    void updated();

private:
    struct Result;

    void rebuild();
    void recompute();
    void showResult(std::shared_ptr<const Result> result);

    Workspace *m_workspace;
    ScatterChart *m_chart = nullptr;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    std::vector<std::shared_ptr<const Landscape>> m_candidates;
    bool m_userChose = false;
    quint64 m_request = 0;
    std::shared_ptr<const Result> m_result;
};

} // namespace hplx
