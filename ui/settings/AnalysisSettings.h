// The user's analysis preferences (Preferences dialog, saved with QSettings):
// what the metric and embedding jobs run with, the colour map of the views,
// the worker thread count and the interface language.
#pragma once

#include "embed/LandscapeEmbedding.h"
#include "metrics/LandscapeMetrics.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace hplx {

struct AnalysisSettings
{
    QString colourMap = QStringLiteral("viridis");
    MetricOptions metrics;  // neutrality ε, walks, walk length, seed
    int umapNeighbors = 15; // METRICS.md §5 defaults
    double umapMinDist = 1.0;
    int umapEpochs = 500;
    quint64 embeddingSeed = 0;
    int threads = 0;  // worker threads; 0 = one per core
    QString language; // empty: the system's; else "en", "de", "zh_CN"

    static QStringList colourMaps();
    static AnalysisSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    EmbeddingOptions embeddingOptions() const;
    bool operator==(const AnalysisSettings &other) const;
    bool operator!=(const AnalysisSettings &other) const { return !(*this == other); }
};

} // namespace hplx
