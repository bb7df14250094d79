#include "jobs/JobRunner.h"

#include "util/Error.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace hplx {

namespace {

// jobProgress is emitted at most this often per job (~10 updates/s). The
// throttle lives here rather than in Feedback because Feedback drops reports
// that come too soon, and the last one before a long quiet step must still show.
constexpr qint64 kProgressIntervalMs = 100;

// A job's life as seen by both threads. Queued -> Running is taken by the pool
// thread, Queued -> Dropped by cancel(); whoever wins the exchange decides
// whether the work ever runs.
enum JobState : int { Queued, Running, Dropped };

} // namespace

struct JobRunner::Job
{
    struct Subscriber
    {
        QPointer<QObject> context;
        const QObject *rawContext = nullptr; // identifies the context in its destroyed() handler
        bool contextDestroyed = false;
        ErasedDone onDone;
        ErrorCallback onError;
        QMetaObject::Connection destroyedConnection;

        bool alive() const { return rawContext == nullptr || (!contextDestroyed && !context.isNull()); }
    };

    Job(JobRunner *owner, JobId jobId, std::type_index resultType)
        : runner(owner),
          id(jobId),
          type(resultType),
          feedback([this](double fraction, const std::string &text) { reportProgress(fraction, text); },
                   std::chrono::milliseconds(0))
    {}

    // Pool thread: keep only the latest report and keep at most one update
    // posted or scheduled, so the GUI thread never accumulates a backlog.
    void reportProgress(double fraction, const std::string &text)
    {
        {
            std::lock_guard<std::mutex> lock(progressMutex);
            pendingFraction = fraction;
            pendingStatus = text;
            if (progressPosted)
                return;
            progressPosted = true;
        }
        JobRunner *r = runner;
        const JobId jobId = id;
        QMetaObject::invokeMethod(
            r, [r, jobId] { r->onProgress(jobId); }, Qt::QueuedConnection);
    }

    JobRunner *const runner; // outlives the work: ~JobRunner waits for the pool
    const JobId id;
    const std::type_index type;
    QString title;
    QString key;
    ErasedWork work; // moved to the pool thread's stack when the job starts
    Feedback feedback;
    std::atomic<int> state{Queued};

    std::mutex progressMutex; // guards the three fields below
    double pendingFraction = 0.0;
    std::string pendingStatus;
    bool progressPosted = false; // an onProgress() is posted or scheduled

    // GUI thread only.
    qint64 lastProgressEmitMs = -kProgressIntervalMs;
    std::vector<Subscriber> subscribers;
    bool started = false;
    bool cancelRequested = false;
    qint64 startedAtMs = 0;
    qint64 progressAtMs = 0;
    double progress = 0.0;
    QString statusText;
};

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_pool.setObjectName(QStringLiteral("hplxJobPool"));
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    for (auto &[id, job] : m_jobs) {
        job->cancelRequested = true;
        job->feedback.cancel();
        int expected = Queued;
        job->state.compare_exchange_strong(expected, Dropped);
    }
    m_pool.clear();
    m_pool.waitForDone();
    // Deliveries still posted to this object are discarded by ~QObject.
    m_jobs.clear();
}

JobId JobRunner::submit(const QString &title, const QString &key, std::type_index type, ErasedWork work,
                        QObject *context, ErasedDone onDone, ErrorCallback onError)
{
    if (!key.isEmpty()) {
        const auto keyIt = m_keys.constFind(key);
        if (keyIt != m_keys.constEnd()) {
            const auto jobIt = m_jobs.find(keyIt.value());
            if (jobIt != m_jobs.end() && jobIt->second->type == type) {
                attach(jobIt->second, context, std::move(onDone), std::move(onError));
                return jobIt->first;
            }
            qWarning("JobRunner: key %s reused for a different result type; not coalescing", qPrintable(key));
        }
    }

    const JobId id = m_nextId++;
    auto job = std::make_shared<Job>(this, id, type);
    job->title = title;
    job->work = std::move(work);
    if (!key.isEmpty() && !m_keys.contains(key)) {
        job->key = key;
        m_keys.insert(key, id);
    }
    attach(job, context, std::move(onDone), std::move(onError));
    m_jobs.emplace(id, job);

    m_pool.start([this, job] { execute(job); });
    Q_EMIT jobQueued(id, title);
    Q_EMIT activeCountChanged(activeCount());
    return id;
}

void JobRunner::attach(const std::shared_ptr<Job> &job, QObject *context, ErasedDone onDone, ErrorCallback onError)
{
    Job::Subscriber subscriber;
    subscriber.context = context;
    subscriber.rawContext = context;
    subscriber.onDone = std::move(onDone);
    subscriber.onError = std::move(onError);
    if (context && context != this) {
        subscriber.destroyedConnection =
            connect(context, &QObject::destroyed, this, [this](QObject *object) { onContextDestroyed(object); });
    } else {
        subscriber.rawContext = nullptr; // lives as long as the runner
    }
    job->subscribers.push_back(std::move(subscriber));
}

void JobRunner::execute(const std::shared_ptr<Job> &job)
{
    int expected = Queued;
    if (!job->state.compare_exchange_strong(expected, Running))
        return; // cancelled while queued: cancel() has already reported it

    const qint64 startedAtMs = m_clock.elapsed();
    QMetaObject::invokeMethod(
        this, [this, job, startedAtMs] { onStarted(job, startedAtMs); }, Qt::QueuedConnection);

    ErasedWork work = std::move(job->work);
    Outcome outcome = Outcome::Done;
    ErasedResult result;
    QString message;
    try {
        if (!work)
            throw std::invalid_argument("the job has no work to run");
        job->feedback.throwIfCancelled();
        result = work(job->feedback);
        if (job->feedback.isCancelled())
            outcome = Outcome::Cancelled; // finished anyway, but nobody wants a result any more
    } catch (const Error &error) {
        outcome = error.kind() == ErrorKind::Cancelled ? Outcome::Cancelled : Outcome::Failed;
        message = QString::fromStdString(error.what());
    } catch (const std::exception &error) {
        outcome = Outcome::Failed;
        message = QString::fromStdString(error.what());
    } catch (...) {
        outcome = Outcome::Failed;
        message = tr("Unknown error");
    }
    if (outcome == Outcome::Failed && message.isEmpty())
        message = tr("Unknown error");
    work = nullptr; // release the work's captures here, not on the GUI thread

    QMetaObject::invokeMethod(
        this, [this, job, outcome, result = std::move(result), message] { onEnded(job, outcome, result, message); },
        Qt::QueuedConnection);
}

void JobRunner::onStarted(const std::shared_ptr<Job> &job, qint64 startedAtMs)
{
    const auto it = m_jobs.find(job->id);
    if (it == m_jobs.end() || it->second != job)
        return;
    job->started = true;
    job->startedAtMs = startedAtMs;
    Q_EMIT jobStarted(job->id, job->title);
}

void JobRunner::onProgress(JobId id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const qint64 wait = it->second->lastProgressEmitMs + kProgressIntervalMs - m_clock.elapsed();
    if (wait > 0) {
        // Too soon after the last update: show the latest report once the
        // interval is over (progressPosted stays set, so the worker posts no more).
        QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, id] { flushProgress(id); });
        return;
    }
    flushProgress(id);
}

void JobRunner::flushProgress(JobId id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    std::string text;
    {
        std::lock_guard<std::mutex> lock(job.progressMutex);
        if (!job.progressPosted)
            return; // nothing new since the last update
        job.progress = job.pendingFraction;
        text = job.pendingStatus;
        job.progressPosted = false;
    }
    job.statusText = QString::fromStdString(text);
    job.progressAtMs = m_clock.elapsed();
    job.lastProgressEmitMs = job.progressAtMs;
    if (!job.cancelRequested)
        Q_EMIT jobProgress(id, job.progress, job.statusText);
}

void JobRunner::onEnded(const std::shared_ptr<Job> &job, Outcome outcome, const ErasedResult &result,
                        const QString &message)
{
    const auto it = m_jobs.find(job->id);
    if (it == m_jobs.end() || it->second != job)
        return;
    const JobId id = job->id;
    if (outcome == Outcome::Done && !job->cancelRequested)
        flushProgress(id); // a throttled last report (typically 100 %) comes before jobFinished
    m_jobs.erase(it);
    forgetKey(*job);
    // Callbacks may call run() or cancel(): the job is already out of the books.
    const std::vector<Job::Subscriber> subscribers = std::move(job->subscribers);
    job->subscribers.clear();
    for (const Job::Subscriber &subscriber : subscribers)
        disconnect(subscriber.destroyedConnection);

    if (job->cancelRequested || outcome == Outcome::Cancelled) {
        Q_EMIT jobCancelled(id);
    } else if (outcome == Outcome::Failed) {
        for (const Job::Subscriber &subscriber : subscribers) {
            if (subscriber.alive() && subscriber.onError)
                subscriber.onError(message);
        }
        Q_EMIT jobFailed(id, message);
    } else {
        for (const Job::Subscriber &subscriber : subscribers) {
            if (subscriber.alive() && subscriber.onDone)
                subscriber.onDone(result);
        }
        Q_EMIT jobFinished(id);
    }
    Q_EMIT activeCountChanged(activeCount());
}

void JobRunner::onContextDestroyed(QObject *context)
{
    std::vector<JobId> orphaned;
    for (auto &[id, job] : m_jobs) {
        bool touched = false;
        for (Job::Subscriber &subscriber : job->subscribers) {
            if (subscriber.rawContext == context) {
                subscriber.contextDestroyed = true;
                touched = true;
            }
        }
        const bool anyAlive = std::any_of(job->subscribers.cbegin(), job->subscribers.cend(),
                                          [](const Job::Subscriber &s) { return s.alive(); });
        if (touched && !anyAlive)
            orphaned.push_back(id);
    }
    for (JobId id : orphaned)
        cancel(id);
}

void JobRunner::forgetKey(const Job &job)
{
    if (job.key.isEmpty())
        return;
    const auto it = m_keys.find(job.key);
    if (it != m_keys.end() && it.value() == job.id)
        m_keys.erase(it);
}

void JobRunner::cancel(JobId id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->cancelRequested)
        return;
    const std::shared_ptr<Job> job = it->second;
    job->cancelRequested = true;
    forgetKey(*job); // a new run() with this key must not attach to a dying job
    job->feedback.cancel();
    int expected = Queued;
    if (job->state.compare_exchange_strong(expected, Dropped)) {
        // The work will never run. Report from the event loop so that cancel()
        // never re-enters its caller (e.g. a button whose row is removed).
        QMetaObject::invokeMethod(
            this, [this, job] { onEnded(job, Outcome::Cancelled, {}, {}); }, Qt::QueuedConnection);
    }
}

void JobRunner::cancelAll()
{
    std::vector<JobId> ids;
    ids.reserve(m_jobs.size());
    for (const auto &entry : m_jobs)
        ids.push_back(entry.first);
    for (JobId id : ids)
        cancel(id);
}

qint64 JobRunner::estimateEtaMs(qint64 elapsedMs, double fraction)
{
    if (!(fraction > 0.02) || elapsedMs < 500)
        return -1;
    if (fraction >= 1.0)
        return 0;
    return std::llround(static_cast<double>(elapsedMs) * (1.0 - fraction) / fraction);
}

JobStatus JobRunner::statusOf(const Job &job) const
{
    JobStatus status;
    status.id = job.id;
    status.title = job.title;
    status.progress = job.progress;
    status.statusText = job.statusText;
    status.started = job.started;
    status.cancelling = job.cancelRequested;
    if (job.started) {
        const qint64 now = m_clock.elapsed();
        status.elapsedMs = now - job.startedAtMs;
        if (job.progressAtMs >= job.startedAtMs) {
            // Extrapolate from the last report and count down the time since then.
            const qint64 eta = estimateEtaMs(job.progressAtMs - job.startedAtMs, job.progress);
            if (eta >= 0)
                status.etaMs = std::max<qint64>(0, eta - (now - job.progressAtMs));
        }
    }
    return status;
}

QList<JobStatus> JobRunner::runningJobs() const
{
    QList<JobStatus> list;
    list.reserve(static_cast<qsizetype>(m_jobs.size()));
    for (const auto &entry : m_jobs)
        list.append(statusOf(*entry.second));
    return list;
}

JobStatus JobRunner::status(JobId id) const
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? JobStatus{} : statusOf(*it->second);
}

bool JobRunner::isRunning(JobId id) const
{
    return m_jobs.find(id) != m_jobs.end();
}

void JobRunner::setMaxThreads(int n)
{
    m_pool.setMaxThreadCount(std::max(1, n));
}

int JobRunner::maxThreads() const
{
    return m_pool.maxThreadCount();
}

} // namespace hplx
