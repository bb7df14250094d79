// One translatable sentence per metric key of METRICS.md (and the graph
// summary rows of the metric table), for tooltips and the help text.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hplx {

class MetricDescriptions
{
    Q_DECLARE_TR_FUNCTIONS(MetricDescriptions)

public:
    // Keys that have a description, in METRICS.md order: the landscape metrics
    // in LandscapeMetrics order, delta_l, the similarity keys, then the graph
    // summary keys "configurations", "evaluated", "edges", "local_optima",
    // "global_loss".
    static QStringList keys();
    // Short name ("performance assortativity"); the key itself when unknown.
    static QString name(const QString &key);
    // One sentence; empty for an unknown key.
    static QString description(const QString &key);
};

inline QString metricName(const QString &key)
{
    return MetricDescriptions::name(key);
}

inline QString metricDescription(const QString &key)
{
    return MetricDescriptions::description(key);
}

} // namespace hplx
