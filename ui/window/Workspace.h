// What the views of the main window look at: the open database, the chosen
// landscape (plus one to compare with) and everything computed from them.
// Loading and analysis run as JobRunner jobs; results arrive as immutable
// shared objects and replace the previous ones in one step, and results of
// a selection that has meanwhile changed are dropped.
#pragma once

#include "graph/ImprovingGraph.h"
#include "graph/LocalOptimaNetwork.h"
#include "jobs/JobRunner.h"
#include "metrics/LandscapeMetrics.h"
#include "settings/AnalysisSettings.h"
#include "space/Landscape.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace hplx {

class LandscapeDatabase;
class SelectionHub;

// The landscapes of one selection, loaded together.
struct LandscapeSet
{
    // Every landscape of the primary's space, model and dataset (all splits
    // and fidelities), in catalogue order: the configuration table's columns.
    std::vector<std::shared_ptr<const Landscape>> siblings;
    int primary = -1; // index into siblings
    // The landscape to compare with (may be one of the siblings, or on
    // another space); null when none.
    std::shared_ptr<const Landscape> compare;
    // Siblings that could not be read (e.g. a damaged row): left out of the
    // set, the message says why. The primary and compare must load.
    std::vector<std::string> skipped;

    const Landscape *primaryLandscape() const
    {
        return primary >= 0 ? siblings[static_cast<std::size_t>(primary)].get() : nullptr;
    }
};

class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(JobRunner *runner, QObject *parent = nullptr);
    ~Workspace() override;

    // A new database (null: none) clears the selection.
    void setDatabase(const QString &path, std::shared_ptr<const LandscapeDatabase> db);
    const std::shared_ptr<const LandscapeDatabase> &database() const { return m_db; }
    const QString &databasePath() const { return m_path; }

    // New settings re-run the analyses whose options changed.
    void setSettings(const AnalysisSettings &settings);
    const AnalysisSettings &settings() const { return m_settings; }

    // Selects landscapes by id (0: none). Loads them in the background;
    // landscapesChanged() follows. Returns false for an unknown id.
    bool select(qint64 primaryId, qint64 compareId = 0);
    qint64 primaryId() const { return m_primaryId; }
    qint64 compareId() const { return m_compareId; }

    // Null until loaded.
    const std::shared_ptr<const LandscapeSet> &landscapes() const { return m_set; }
    const std::shared_ptr<const LandscapeMetrics> &primaryMetrics() const { return m_primaryMetrics; }
    const std::shared_ptr<const LandscapeMetrics> &compareMetrics() const { return m_compareMetrics; }
    const std::shared_ptr<const ImprovingGraph> &improving() const { return m_improving; }
    // The 2-D layout of the primary landscape (HOPE + UMAP), computed on the
    // first request and cached on disk (ResultCache); null until ready.
    const std::shared_ptr<const LandscapeEmbedding> &embedding() const { return m_embedding; }
    void requestEmbedding();
    // The local optima network of the primary landscape, computed on the
    // first request (it needs the improving graph); null until ready.
    const std::shared_ptr<const LocalOptimaNetwork> &lon() const { return m_lon; }
    void requestLon();
    // Where embeddings are cached; empty disables the cache (tests).
    void setCachePath(const QString &path) { m_cachePath = path; }

    // The shared selection of the primary landscape's space.
    SelectionHub *selectionHub() const { return m_hub; }

    // True while something for the current selection is loading or computing.
    bool isBusy() const { return !m_jobs.isEmpty(); }

    // Runs work as a job of the current selection (panels use it for their
    // own analyses): it counts towards isBusy() and idle(), is cancelled when
    // the selection or settings change, and onDone/failed() are only called
    // while the selection is still the one the job was started for. Jobs with
    // the same key are coalesced by the JobRunner.
    template <class T>
    void runJob(const QString &title, const QString &key, std::function<T(Feedback &)> work,
                std::function<void(std::shared_ptr<const T>)> onDone);

Q_SIGNALS:
    void landscapesChanged();
    void metricsChanged();
    void improvingChanged();
    void embeddingChanged();
    void lonChanged();
    void failed(const QString &title, const QString &message);
    // Emitted whenever the last pending job of the current selection ended.
    void idle();

private:
    void load();
    void analyse();
    void finishedOne(JobId id);
    void cancelPending();

    JobRunner *m_runner;
    SelectionHub *m_hub;
    QString m_path;
    std::shared_ptr<const LandscapeDatabase> m_db;
    AnalysisSettings m_settings;
    qint64 m_primaryId = 0;
    qint64 m_compareId = 0;
    quint64 m_generation = 0; // bumped by every change that makes pending results stale
    QSet<JobId> m_jobs;       // running or queued jobs of the current generation
    std::shared_ptr<const LandscapeSet> m_set;
    std::shared_ptr<const LandscapeMetrics> m_primaryMetrics;
    std::shared_ptr<const LandscapeMetrics> m_compareMetrics;
    std::shared_ptr<const ImprovingGraph> m_improving;
    std::shared_ptr<const LandscapeEmbedding> m_embedding;
    bool m_embeddingRequested = false;
    std::shared_ptr<const LocalOptimaNetwork> m_lon;
    bool m_lonRequested = false;
    QString m_cachePath;
};

template <class T>
void Workspace::runJob(const QString &title, const QString &key, std::function<T(Feedback &)> work,
                       std::function<void(std::shared_ptr<const T>)> onDone)
{
    const quint64 generation = m_generation;
    auto stillCurrent = [this, generation] { return generation == m_generation; };
    auto id = std::make_shared<JobId>(0);
    *id = m_runner->run<T>(
        title, key, std::move(work), this,
        [this, stillCurrent, onDone, id](std::shared_ptr<const T> result) {
            if (!stillCurrent())
                return;
            onDone(std::move(result));
            finishedOne(*id);
        },
        [this, stillCurrent, title, id](const QString &message) {
            if (!stillCurrent())
                return;
            Q_EMIT failed(title, message);
            finishedOne(*id);
        });
    m_jobs.insert(*id);
}

} // namespace hplx
