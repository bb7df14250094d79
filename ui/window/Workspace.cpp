#include "window/Workspace.h"

#include "graph/NeighbourGraph.h"
#include "jobs/Feedback.h"
#include "jobs/JobRunner.h"
#include "model/SelectionHub.h"
#include "store/LandscapeDatabase.h"
#include "store/ResultCache.h"
#include "util/Error.h"

#include <optional>

namespace hplx {

namespace {

// Opens its own connection: a LandscapeDatabase is not shared between threads.
std::shared_ptr<const Landscape> loadOne(const std::string &path, qint64 id, Feedback &feedback)
{
    const LandscapeDatabase db(path);
    return std::make_shared<const Landscape>(db.loadLandscape(id, &feedback));
}

QString metricKey(const MetricOptions &o)
{
    return QStringLiteral("%1/%2/%3/%4/%5/%6")
        .arg(o.neutralityEps, 0, 'g', 17)
        .arg(o.neutralityRelative)
        .arg(o.walks)
        .arg(o.walkLength)
        .arg(o.seed)
        .arg(QString::fromStdString(o.assortativity + o.autocorrelation));
}

} // namespace

Workspace::Workspace(JobRunner *runner, QObject *parent)
    : QObject(parent),
      m_runner(runner),
      m_hub(new SelectionHub(0, this)),
      m_cachePath(QString::fromStdString(ResultCache::defaultPath()))
{
    // A cancelled job (from the jobs panel) calls neither callback.
    connect(m_runner, &JobRunner::jobCancelled, this, &Workspace::finishedOne);
}

Workspace::~Workspace() = default;

void Workspace::setDatabase(const QString &path, std::shared_ptr<const LandscapeDatabase> db)
{
    m_path = path;
    m_db = std::move(db);
    select(0, 0);
}

void Workspace::setSettings(const AnalysisSettings &settings)
{
    const bool metricsChanged = metricKey(settings.metrics) != metricKey(m_settings.metrics);
    const bool layoutChanged = settings.embeddingOptions().describe() != m_settings.embeddingOptions().describe();
    m_settings = settings;
    if (!m_set || (!metricsChanged && !layoutChanged))
        return;
    // Running jobs use the old options: drop them and start again with the
    // new ones (an unfinished improving graph is restarted by analyse()).
    ++m_generation;
    cancelPending();
    if (layoutChanged && m_embedding) {
        m_embedding.reset();
        Q_EMIT embeddingChanged();
    }
    analyse();
    if (m_embeddingRequested)
        requestEmbedding();
}

bool Workspace::select(qint64 primaryId, qint64 compareId)
{
    auto known = [this](qint64 id) {
        if (id == 0)
            return true;
        if (!m_db)
            return false;
        for (const auto &info : m_db->landscapes())
            if (info.id == id)
                return true;
        return false;
    };
    if (!known(primaryId) || !known(compareId))
        return false;
    if (primaryId == 0)
        compareId = 0;
    if (compareId == primaryId)
        compareId = 0;
    if (primaryId == m_primaryId && compareId == m_compareId && (m_set || !m_jobs.isEmpty()))
        return true;
    m_primaryId = primaryId;
    m_compareId = compareId;
    ++m_generation;
    cancelPending(); // their results would be dropped anyway
    m_set.reset();
    m_primaryMetrics.reset();
    m_compareMetrics.reset();
    m_improving.reset();
    m_embedding.reset();
    m_embeddingRequested = false;
    m_lon.reset();
    m_lonRequested = false;
    if (primaryId == 0) {
        m_hub->setSpaceSize(0);
        Q_EMIT landscapesChanged();
        Q_EMIT metricsChanged();
        Q_EMIT improvingChanged();
        Q_EMIT embeddingChanged();
        Q_EMIT lonChanged();
        Q_EMIT idle();
        return true;
    }
    load();
    return true;
}

void Workspace::finishedOne(JobId id)
{
    if (m_jobs.remove(id) && m_jobs.isEmpty())
        Q_EMIT idle();
}

void Workspace::cancelPending()
{
    const QSet<JobId> jobs = m_jobs;
    m_jobs.clear();
    for (const JobId id : jobs)
        m_runner->cancel(id);
}

void Workspace::load()
{
    const std::string path = m_db->path();
    const LandscapeInfo &primary = m_db->landscapeInfo(m_primaryId);
    std::vector<qint64> siblingIds;
    int primaryIndex = -1;
    for (const auto &info : m_db->landscapes()) {
        if (info.spaceId == primary.spaceId && info.key.model == primary.key.model
            && info.key.dataset == primary.key.dataset && info.key.lossName == primary.key.lossName) {
            if (info.id == m_primaryId)
                primaryIndex = static_cast<int>(siblingIds.size());
            siblingIds.push_back(info.id);
        }
    }
    const qint64 compareId = m_compareId;
    const QString title = tr("Loading %1").arg(QString::fromStdString(primary.key.describe()));
    const QString key = QStringLiteral("load:%1:%2:%3").arg(m_path).arg(m_primaryId).arg(compareId);
    runJob<LandscapeSet>(
        title, key,
        [path, siblingIds, primaryIndex, compareId](Feedback &feedback) {
            LandscapeSet set;
            const std::size_t total = siblingIds.size() + (compareId ? 1 : 0);
            for (std::size_t i = 0; i < siblingIds.size(); ++i) {
                FeedbackStage stage(&feedback, double(i) / double(total), double(i + 1) / double(total));
                const bool needed = static_cast<int>(i) == primaryIndex || siblingIds[i] == compareId;
                try {
                    if (static_cast<int>(i) == primaryIndex)
                        set.primary = static_cast<int>(set.siblings.size());
                    set.siblings.push_back(loadOne(path, siblingIds[i], feedback));
                } catch (const Error &error) {
                    if (needed || error.kind() == ErrorKind::Cancelled)
                        throw;
                    set.skipped.push_back(error.what());
                    continue;
                }
                if (siblingIds[i] == compareId)
                    set.compare = set.siblings.back();
            }
            if (compareId && !set.compare) {
                FeedbackStage stage(&feedback, double(total - 1) / double(total), 1.0);
                set.compare = loadOne(path, compareId, feedback);
            }
            return set;
        },
        [this](std::shared_ptr<const LandscapeSet> set) {
            m_set = std::move(set);
            m_hub->setSpaceSize(m_set->primaryLandscape()->space().size());
            Q_EMIT landscapesChanged();
            analyse();
            if (m_embeddingRequested)
                requestEmbedding();
            if (m_lonRequested)
                requestLon();
        });
}

void Workspace::requestEmbedding()
{
    m_embeddingRequested = true;
    if (!m_set || m_embedding)
        return; // runs once the landscapes are loaded, or is there already
    const auto primary = m_set->siblings[static_cast<std::size_t>(m_set->primary)];
    const EmbeddingOptions options = m_settings.embeddingOptions();
    const std::string cachePath = m_cachePath.toStdString();
    const QString title = tr("Embedding of %1").arg(QString::fromStdString(primary->info().key.describe()));
    const QString key = QStringLiteral("embedding:%1:%2:%3")
                            .arg(m_path)
                            .arg(primary->info().id)
                            .arg(QString::fromStdString(options.describe()));
    runJob<LandscapeEmbedding>(
        title, key,
        [primary, options, cachePath](Feedback &feedback) {
            // The cache is a convenience: without one (or if it is unusable) compute.
            std::unique_ptr<ResultCache> cache;
            try {
                if (!cachePath.empty())
                    cache = std::make_unique<ResultCache>(cachePath);
            } catch (const Error &) {
            }
            return embedLandscapeCached(*primary, options, cache.get(), &feedback);
        },
        [this](std::shared_ptr<const LandscapeEmbedding> embedding) {
            m_embedding = std::move(embedding);
            Q_EMIT embeddingChanged();
        });
}

void Workspace::requestLon()
{
    m_lonRequested = true;
    if (!m_set || m_lon)
        return;
    const auto primary = m_set->siblings[static_cast<std::size_t>(m_set->primary)];
    const unsigned threads = static_cast<unsigned>(m_settings.threads);
    const QString title = tr("Local optima network of %1").arg(QString::fromStdString(primary->info().key.describe()));
    // The improving graph of the local-optima job, when it is already there.
    const std::shared_ptr<const ImprovingGraph> known = m_improving;
    runJob<LocalOptimaNetwork>(
        title, QStringLiteral("lon:%1:%2").arg(m_path).arg(primary->info().id),
        [primary, threads, known](Feedback &feedback) {
            std::shared_ptr<const ImprovingGraph> improving = known;
            if (!improving) {
                std::optional<NeighbourGraph> graph;
                {
                    FeedbackStage stage(&feedback, 0.0, 0.1);
                    graph.emplace(NeighbourGraph::build(primary->space(), primary->losses(), &feedback));
                }
                FeedbackStage stage(&feedback, 0.1, 0.3);
                improving = std::make_shared<const ImprovingGraph>(
                    analyseImproving(*graph, primary->losses(), &feedback, threads));
            }
            // buildLocalOptimaNetwork takes no feedback: it is the short last step.
            feedback.throwIfCancelled();
            feedback.setProgress(0.3, "local optima network");
            return buildLocalOptimaNetwork(*primary, *improving);
        },
        [this](std::shared_ptr<const LocalOptimaNetwork> lon) {
            m_lon = std::move(lon);
            Q_EMIT lonChanged();
        });
}

void Workspace::analyse()
{
    if (!m_set)
        return;
    m_primaryMetrics.reset();
    m_compareMetrics.reset();
    Q_EMIT metricsChanged();
    const MetricOptions options = m_settings.metrics;
    const unsigned threads = static_cast<unsigned>(m_settings.threads);
    auto metricsJob = [this, options](std::shared_ptr<const Landscape> landscape, bool primary) {
        const QString title = tr("Metrics of %1").arg(QString::fromStdString(landscape->info().key.describe()));
        const QString key =
            QStringLiteral("metrics:%1:%2:%3").arg(m_path).arg(landscape->info().id).arg(metricKey(options));
        runJob<LandscapeMetrics>(
            title, key,
            [landscape, options](Feedback &feedback) { return computeMetrics(*landscape, options, &feedback); },
            [this, primary](std::shared_ptr<const LandscapeMetrics> metrics) {
                (primary ? m_primaryMetrics : m_compareMetrics) = std::move(metrics);
                Q_EMIT metricsChanged();
            });
    };
    const auto primary = m_set->siblings[static_cast<std::size_t>(m_set->primary)];
    metricsJob(primary, true);
    if (m_set->compare)
        metricsJob(m_set->compare, false);

    if (!m_improving) {
        const QString title = tr("Local optima of %1").arg(QString::fromStdString(primary->info().key.describe()));
        runJob<ImprovingGraph>(
            title, QStringLiteral("improving:%1:%2").arg(m_path).arg(primary->info().id),
            [primary, threads](Feedback &feedback) {
                std::optional<NeighbourGraph> graph;
                {
                    FeedbackStage stage(&feedback, 0.0, 0.5);
                    graph.emplace(NeighbourGraph::build(primary->space(), primary->losses(), &feedback));
                }
                FeedbackStage stage(&feedback, 0.5, 1.0);
                return analyseImproving(*graph, primary->losses(), &feedback, threads);
            },
            [this](std::shared_ptr<const ImprovingGraph> improving) {
                m_improving = std::move(improving);
                Q_EMIT improvingChanged();
            });
    }
}

} // namespace hplx
