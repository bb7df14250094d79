#include "settings/AnalysisSettings.h"

#include <QSettings>

namespace hplx {

QStringList AnalysisSettings::colourMaps()
{
    return {QStringLiteral("viridis"), QStringLiteral("cividis"), QStringLiteral("magma"), QStringLiteral("coolwarm"),
            QStringLiteral("greys")};
}

AnalysisSettings AnalysisSettings::load(const QSettings &s)
{
    AnalysisSettings a;
    const QString map = s.value(QStringLiteral("analysis/colourMap"), a.colourMap).toString();
    if (colourMaps().contains(map))
        a.colourMap = map;
    // Values out of range (an edited file) fall back to the defaults.
    const double eps = s.value(QStringLiteral("analysis/neutralityEps"), a.metrics.neutralityEps).toDouble();
    if (eps >= 0.0)
        a.metrics.neutralityEps = eps;
    a.metrics.neutralityRelative =
        s.value(QStringLiteral("analysis/neutralityRelative"), a.metrics.neutralityRelative).toBool();
    const int walks = s.value(QStringLiteral("analysis/walks"), a.metrics.walks).toInt();
    if (walks >= 1)
        a.metrics.walks = walks;
    const int length = s.value(QStringLiteral("analysis/walkLength"), a.metrics.walkLength).toInt();
    if (length >= 2)
        a.metrics.walkLength = length;
    a.metrics.seed = s.value(QStringLiteral("analysis/seed"), quint64(a.metrics.seed)).toULongLong();
    const int neighbours = s.value(QStringLiteral("embedding/neighbors"), a.umapNeighbors).toInt();
    if (neighbours >= 2)
        a.umapNeighbors = neighbours;
    const double minDist = s.value(QStringLiteral("embedding/minDist"), a.umapMinDist).toDouble();
    if (minDist >= 0.0)
        a.umapMinDist = minDist;
    const int epochs = s.value(QStringLiteral("embedding/epochs"), a.umapEpochs).toInt();
    if (epochs >= 1)
        a.umapEpochs = epochs;
    a.embeddingSeed = s.value(QStringLiteral("embedding/seed"), a.embeddingSeed).toULongLong();
    const int threads = s.value(QStringLiteral("jobs/threads"), a.threads).toInt();
    if (threads >= 0)
        a.threads = threads;
    a.language = s.value(QStringLiteral("ui/language"), a.language).toString();
    return a;
}

void AnalysisSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("analysis/colourMap"), colourMap);
    s.setValue(QStringLiteral("analysis/neutralityEps"), metrics.neutralityEps);
    s.setValue(QStringLiteral("analysis/neutralityRelative"), metrics.neutralityRelative);
    s.setValue(QStringLiteral("analysis/walks"), metrics.walks);
    s.setValue(QStringLiteral("analysis/walkLength"), metrics.walkLength);
    s.setValue(QStringLiteral("analysis/seed"), quint64(metrics.seed));
    s.setValue(QStringLiteral("embedding/neighbors"), umapNeighbors);
    s.setValue(QStringLiteral("embedding/minDist"), umapMinDist);
    s.setValue(QStringLiteral("embedding/epochs"), umapEpochs);
    s.setValue(QStringLiteral("embedding/seed"), embeddingSeed);
    s.setValue(QStringLiteral("jobs/threads"), threads);
    s.setValue(QStringLiteral("ui/language"), language);
}

EmbeddingOptions AnalysisSettings::embeddingOptions() const
{
    EmbeddingOptions options;
    options.setSeed(embeddingSeed);
    options.umap.nNeighbors = umapNeighbors;
    options.umap.minDist = umapMinDist;
    options.umap.nEpochs = umapEpochs;
    options.setThreads(static_cast<unsigned>(threads));
    return options;
}

bool AnalysisSettings::operator==(const AnalysisSettings &o) const
{
    return colourMap == o.colourMap && metrics.neutralityEps == o.metrics.neutralityEps
           && metrics.neutralityRelative == o.metrics.neutralityRelative && metrics.walks == o.metrics.walks
           && metrics.walkLength == o.metrics.walkLength && metrics.seed == o.metrics.seed
           && umapNeighbors == o.umapNeighbors && umapMinDist == o.umapMinDist && umapEpochs == o.umapEpochs
           && embeddingSeed == o.embeddingSeed && threads == o.threads && language == o.language;
}

} // namespace hplx
