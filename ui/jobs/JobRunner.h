// The one task manager of the desktop UI: runs core work (plain callables
// taking a Feedback&) on its own thread pool, keeps the event loop free, and
// hands immutable results (std::shared_ptr<const T>) back on the GUI thread.
//
// Threading: a JobRunner lives on the GUI thread and all its public functions
// must be called there. The work runs on a pool thread; everything it reports
// (start, progress, result, error) is posted back as a queued invocation, so
// the job bookkeeping is only ever touched on the GUI thread and needs no lock.
// Ownership: the runner owns its jobs and the pool; destroying it cancels all
// jobs, waits for the pool and drops every pending delivery (no callback runs).
// Do not delete the runner from inside one of its callbacks or signals (use
// deleteLater()).
#pragma once

#include "jobs/Feedback.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <type_traits>
#include <typeindex>
#include <typeinfo>

namespace hplx {

using JobId = quint64;

// A snapshot of one job that has been submitted and has not ended yet.
struct JobStatus
{
    JobId id = 0;
    QString title;
    double progress = 0.0;   // last reported fraction in [0, 1]
    QString statusText;      // last reported status text
    qint64 elapsedMs = 0;    // since the work started on a thread; 0 while queued
    qint64 etaMs = -1;       // estimated time left; -1 while unknown
    bool started = false;    // false while the job waits for a free thread
    bool cancelling = false; // cancel() was called; waiting for the work to stop
};

class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    // Cancels all jobs and waits for the pool. Work that never polls its Feedback
    // delays this until it returns. A destroyed runner never calls back.
    ~JobRunner() override;

    // Runs work(feedback) on the pool and returns the job's id (never 0).
    //
    // `key` coalesces: while a job with the same non-empty key and result type is
    // queued or running (and not being cancelled), run() returns that job's id,
    // drops `work` and attaches onDone/onError to the existing job; every caller
    // gets the same result object.
    //
    // onDone/onError run on the GUI thread, only while `context` is alive (like
    // QObject::connect with a context object); a null context ties them to the
    // runner's lifetime. When the contexts of all callers of a job have been
    // destroyed, nobody wants its result any more and the job is cancelled.
    //
    // If work throws hplx::Error or std::exception, onError gets the exception's
    // message and jobFailed is emitted. Cancellation (cancel(), or the work throws
    // an Error of kind Cancelled) discards the result: neither onDone nor onError
    // is called and jobCancelled is emitted. Callbacks are always invoked from
    // the event loop, never from inside run(), even when the work is instant.
    template <class T>
    JobId run(const QString &title, const QString &key, std::function<T(Feedback &)> work, QObject *context,
              std::function<void(std::shared_ptr<const T>)> onDone, std::function<void(const QString &)> onError = {});

    // Requests cancellation and returns immediately. A queued job never starts;
    // a running job's Feedback is cancelled and jobCancelled is emitted once its
    // work has returned (at once for work that polls the Feedback). Unknown ids
    // (e.g. of ended jobs) are ignored.
    void cancel(JobId id);
    void cancelAll();

    // Queued and running jobs in submission order.
    QList<JobStatus> runningJobs() const;
    // The status of a queued or running job; id 0 when the job is unknown or ended.
    JobStatus status(JobId id) const;
    // True while the job is queued or running (also while a cancel is pending).
    bool isRunning(JobId id) const;
    int activeCount() const { return static_cast<int>(m_jobs.size()); }

    // Maximum number of jobs running at once (at least 1); defaults to
    // QThread::idealThreadCount().
    void setMaxThreads(int n);
    int maxThreads() const;

    // Time left for work that took elapsedMs to reach `fraction` at a constant
    // rate; -1 (unknown) until fraction > 2 % and 0.5 s have passed.
    static qint64 estimateEtaMs(qint64 elapsedMs, double fraction);

Q_SIGNALS:
    // A job was accepted by run() (not emitted for coalesced calls).
    void jobQueued(hplx::JobId id, const QString &title);
    // The job's work began on a pool thread.
    void jobStarted(hplx::JobId id, const QString &title);
    // Throttled to about 10 per second per job; the latest report is always
    // emitted eventually (before jobFinished for a job that succeeds).
    void jobProgress(hplx::JobId id, double fraction, const QString &status);
    void jobFinished(hplx::JobId id); // success; emitted after the onDone callbacks
    void jobFailed(hplx::JobId id, const QString &message);
    void jobCancelled(hplx::JobId id);
    // Number of queued plus running jobs changed.
    void activeCountChanged(int count);

private:
    using ErasedResult = std::shared_ptr<const void>;
    using ErasedWork = std::function<ErasedResult(Feedback &)>;
    using ErasedDone = std::function<void(const ErasedResult &)>;
    using ErrorCallback = std::function<void(const QString &)>;
    enum class Outcome { Done, Failed, Cancelled };
    struct Job;

    JobId submit(const QString &title, const QString &key, std::type_index type, ErasedWork work, QObject *context,
                 ErasedDone onDone, ErrorCallback onError);
    void attach(const std::shared_ptr<Job> &job, QObject *context, ErasedDone onDone, ErrorCallback onError);
    void execute(const std::shared_ptr<Job> &job); // pool thread
    void onStarted(const std::shared_ptr<Job> &job, qint64 startedAtMs);
    void onProgress(JobId id);
    void flushProgress(JobId id);
    void onEnded(const std::shared_ptr<Job> &job, Outcome outcome, const ErasedResult &result, const QString &message);
    void onContextDestroyed(QObject *context);
    void forgetKey(const Job &job);
    JobStatus statusOf(const Job &job) const;

    QThreadPool m_pool;
    QElapsedTimer m_clock;
    JobId m_nextId = 1;
    std::map<JobId, std::shared_ptr<Job>> m_jobs; // queued and running jobs; GUI thread only
    QHash<QString, JobId> m_keys;                 // coalescing key -> job; GUI thread only
};

template <class T>
JobId JobRunner::run(const QString &title, const QString &key, std::function<T(Feedback &)> work, QObject *context,
                     std::function<void(std::shared_ptr<const T>)> onDone, std::function<void(const QString &)> onError)
{
    static_assert(!std::is_void_v<T> && !std::is_reference_v<T>, "a job returns a result by value");
    ErasedWork erasedWork;
    if (work) {
        erasedWork = [w = std::move(work)](Feedback &feedback) -> ErasedResult {
            return std::make_shared<const T>(w(feedback));
        };
    }
    ErasedDone erasedDone;
    if (onDone) {
        erasedDone = [d = std::move(onDone)](const ErasedResult &result) {
            d(std::static_pointer_cast<const T>(result));
        };
    }
    return submit(title, key, std::type_index(typeid(T)), std::move(erasedWork), context, std::move(erasedDone),
                  std::move(onError));
}

} // namespace hplx
