// JobRunner: results come back on the GUI thread, equal keys coalesce, errors
// become messages, cancellation is prompt and discards results, queued jobs
// cancelled before they start never run, and a destroyed context or runner
// never gets a callback.
#include "jobs/JobRunner.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>

using namespace hplx;

namespace {

constexpr int kLongWaitMs = 10000; // generous bound for anything that is not a timing test

// Work that runs until cancelled, polling the feedback every few milliseconds.
// Gives up after 20 s so that a broken cancel fails the test instead of hanging it.
int pollUntilCancelled(Feedback &feedback, std::atomic<bool> *started = nullptr)
{
    if (started)
        started->store(true);
    for (int i = 0; i < 4000; ++i) {
        feedback.throwIfCancelled();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return -1;
}

// Blocks on a semaphore (at most 20 s), then returns value.
std::function<int(Feedback &)> blockedWork(QSemaphore *gate, int value, std::atomic<int> *runs = nullptr)
{
    return [gate, value, runs](Feedback &) {
        if (runs)
            runs->fetch_add(1);
        gate->tryAcquire(1, 20000);
        return value;
    };
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversResultOnGuiThread();
    void coalescesEqualKeys();
    void differentOrEmptyKeysDoNotCoalesce();
    void reportsErrors_data();
    void reportsErrors();
    void cancelsRunningJobWithin250ms();
    void cancelDiscardsResultOfWorkThatReturns();
    void errorOfKindCancelledCountsAsCancel();
    void queuedJobCancelledNeverRuns();
    void contextDestroyedBeforeCompletion();
    void contextDestroyedKeepsJobForOtherCallers();
    void destructorCancelsRunningJobs();
    void progressIsMarshalledAndThrottled();
    void latestProgressIsShownAfterThrottling();
    void statusReportsProgressAndEta();
    void estimatesEta_data();
    void estimatesEta();
};

void TestJobRunner::deliversResultOnGuiThread()
{
    JobRunner runner;
    QSignalSpy queued(&runner, &JobRunner::jobQueued);
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy active(&runner, &JobRunner::activeCountChanged);
    std::atomic<QThread *> workThread{nullptr};
    QThread *doneThread = nullptr;
    std::shared_ptr<const int> value;
    int calls = 0;

    const JobId id = runner.run<int>(
        QStringLiteral("answer"), {},
        [&workThread](Feedback &) {
            workThread.store(QThread::currentThread());
            return 42;
        },
        this,
        [&](std::shared_ptr<const int> result) {
            ++calls;
            doneThread = QThread::currentThread();
            value = std::move(result);
        });
    QVERIFY(id != 0);
    // The work is instant, but the result still arrives through the event loop.
    QCOMPARE(calls, 0);
    QVERIFY(runner.isRunning(id));
    QCOMPARE(queued.count(), 1);

    QVERIFY(finished.wait(kLongWaitMs));
    QCOMPARE(calls, 1);
    QVERIFY(value);
    QCOMPARE(*value, 42);
    QCOMPARE(doneThread, QCoreApplication::instance()->thread());
    QVERIFY(workThread.load() != nullptr);
    QVERIFY(workThread.load() != QCoreApplication::instance()->thread());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("answer"));
    QCOMPARE(finished.first().first().value<JobId>(), id);
    QVERIFY(!runner.isRunning(id));
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.last().first().toInt(), 0);
    QVERIFY(runner.runningJobs().isEmpty());
}

void TestJobRunner::coalescesEqualKeys()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy queued(&runner, &JobRunner::jobQueued);
    QSemaphore gate;
    std::atomic<int> runs{0};
    std::shared_ptr<const int> first;
    std::shared_ptr<const int> second;

    const JobId a =
        runner.run<int>(QStringLiteral("metrics"), QStringLiteral("metrics:1"), blockedWork(&gate, 7, &runs), this,
                        [&](std::shared_ptr<const int> r) { first = std::move(r); });
    const JobId b =
        runner.run<int>(QStringLiteral("metrics again"), QStringLiteral("metrics:1"), blockedWork(&gate, 8, &runs),
                        this, [&](std::shared_ptr<const int> r) { second = std::move(r); });
    QCOMPARE(b, a);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(runner.runningJobs().size(), 1);
    gate.release();

    QVERIFY(finished.wait(kLongWaitMs));
    QVERIFY(first && second);
    QCOMPARE(first.get(), second.get()); // the very same result object
    QCOMPARE(*first, 7);
    QCOMPARE(runs.load(), 1);
    QCOMPARE(finished.count(), 1);

    // Once the job has ended, the key starts a new job.
    gate.release();
    std::shared_ptr<const int> third;
    const JobId c =
        runner.run<int>(QStringLiteral("metrics"), QStringLiteral("metrics:1"), blockedWork(&gate, 9, &runs), this,
                        [&](std::shared_ptr<const int> r) { third = std::move(r); });
    QVERIFY(c != a);
    QTRY_VERIFY_WITH_TIMEOUT(third != nullptr, kLongWaitMs);
    QCOMPARE(*third, 9);
    QCOMPARE(runs.load(), 2);
}

void TestJobRunner::differentOrEmptyKeysDoNotCoalesce()
{
    JobRunner runner;
    QSemaphore gate;
    std::atomic<int> runs{0};
    int done = 0;
    auto onDone = [&done](std::shared_ptr<const int>) { ++done; };
    const JobId a = runner.run<int>(QStringLiteral("a"), {}, blockedWork(&gate, 1, &runs), this, onDone);
    const JobId b = runner.run<int>(QStringLiteral("b"), {}, blockedWork(&gate, 2, &runs), this, onDone);
    const JobId c =
        runner.run<int>(QStringLiteral("c"), QStringLiteral("k1"), blockedWork(&gate, 3, &runs), this, onDone);
    const JobId d =
        runner.run<int>(QStringLiteral("d"), QStringLiteral("k2"), blockedWork(&gate, 4, &runs), this, onDone);
    QCOMPARE(QSet<JobId>({a, b, c, d}).size(), 4);
    gate.release(4);
    QTRY_COMPARE_WITH_TIMEOUT(done, 4, kLongWaitMs);
    QCOMPARE(runs.load(), 4);
}

void TestJobRunner::reportsErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hplx::Error") << 0 << QStringLiteral("table losses, row 3: expected a number");
    QTest::newRow("std::exception") << 1 << QStringLiteral("vector too long");
    QTest::newRow("anything else") << 2 << QStringLiteral("Unknown error");
}

void TestJobRunner::reportsErrors()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    JobRunner runner;
    QSignalSpy failed(&runner, &JobRunner::jobFailed);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    bool doneCalled = false;
    QString message;
    QThread *errorThread = nullptr;

    const JobId id = runner.run<int>(
        QStringLiteral("failing"), {},
        [kind](Feedback &) -> int {
            if (kind == 0)
                throw Error(ErrorKind::InvalidData, "table losses, row 3: expected a number");
            if (kind == 1)
                throw std::length_error("vector too long");
            throw 42;
        },
        this, [&](std::shared_ptr<const int>) { doneCalled = true; },
        [&](const QString &m) {
            message = m;
            errorThread = QThread::currentThread();
        });

    QVERIFY(failed.wait(kLongWaitMs));
    QCOMPARE(message, expected);
    QCOMPARE(failed.first().at(0).value<JobId>(), id);
    QCOMPARE(failed.first().at(1).toString(), expected);
    QCOMPARE(errorThread, QCoreApplication::instance()->thread());
    QVERIFY(!doneCalled);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!runner.isRunning(id));
}

void TestJobRunner::cancelsRunningJobWithin250ms()
{
    JobRunner runner;
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    QSignalSpy failed(&runner, &JobRunner::jobFailed);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    bool called = false;
    const JobId id = runner.run<int>(
        QStringLiteral("endless"), {}, [](Feedback &feedback) { return pollUntilCancelled(feedback); }, this,
        [&called](std::shared_ptr<const int>) { called = true; }, [&called](const QString &) { called = true; });
    QVERIFY(started.wait(kLongWaitMs));

    QElapsedTimer timer;
    timer.start();
    runner.cancel(id);
    QVERIFY2(timer.elapsed() < 50, "cancel() must return immediately");
    QVERIFY(runner.status(id).cancelling);
    QVERIFY(cancelled.wait(kLongWaitMs));
    const qint64 latency = timer.elapsed();
    QVERIFY2(latency < 250, qPrintable(QStringLiteral("jobCancelled after %1 ms").arg(latency)));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first().first().value<JobId>(), id);
    QVERIFY(!called);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!runner.isRunning(id));

    runner.cancel(id); // an ended job: ignored
    QCOMPARE(cancelled.count(), 1);
}

void TestJobRunner::cancelDiscardsResultOfWorkThatReturns()
{
    JobRunner runner;
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    bool called = false;
    const JobId id = runner.run<int>(
        QStringLiteral("polite"), {},
        [](Feedback &feedback) {
            for (int i = 0; i < 4000 && !feedback.isCancelled(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return 1; // a partial result: must never be delivered
        },
        this, [&called](std::shared_ptr<const int>) { called = true; });
    QVERIFY(started.wait(kLongWaitMs));
    runner.cancel(id);
    QVERIFY(cancelled.wait(kLongWaitMs));
    QVERIFY(!called);
}

void TestJobRunner::errorOfKindCancelledCountsAsCancel()
{
    JobRunner runner;
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    QSignalSpy failed(&runner, &JobRunner::jobFailed);
    bool called = false;
    runner.run<int>(
        QStringLiteral("gives up"), {}, [](Feedback &) -> int { throw Error(ErrorKind::Cancelled, "interrupted"); },
        this, [&called](std::shared_ptr<const int>) { called = true; }, [&called](const QString &) { called = true; });
    QVERIFY(cancelled.wait(kLongWaitMs));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!called);
}

void TestJobRunner::queuedJobCancelledNeverRuns()
{
    JobRunner runner;
    runner.setMaxThreads(1);
    QCOMPARE(runner.maxThreads(), 1);
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSemaphore gate;
    std::atomic<bool> queuedRan{false};
    bool queuedCalled = false;

    const JobId blocker = runner.run<int>(QStringLiteral("blocker"), {}, blockedWork(&gate, 1), this, {});
    QVERIFY(started.wait(kLongWaitMs));
    const JobId queued = runner.run<int>(
        QStringLiteral("queued"), {},
        [&queuedRan](Feedback &) {
            queuedRan.store(true);
            return 2;
        },
        this, [&queuedCalled](std::shared_ptr<const int>) { queuedCalled = true; });
    QVERIFY(!runner.status(queued).started);
    QCOMPARE(runner.runningJobs().size(), 2);

    QElapsedTimer timer;
    timer.start();
    runner.cancel(queued);
    QVERIFY(cancelled.wait(kLongWaitMs));
    QVERIFY(timer.elapsed() < 250); // no worker needed to report it
    QCOMPARE(cancelled.first().first().value<JobId>(), queued);
    QVERIFY(!runner.isRunning(queued));
    QVERIFY(runner.isRunning(blocker));

    // Let the blocker finish, then run one more job: with a single thread it can
    // only start after the pool went past the cancelled one.
    gate.release();
    bool lastDone = false;
    runner.run<int>(
        QStringLiteral("last"), {}, [](Feedback &) { return 3; }, this,
        [&lastDone](std::shared_ptr<const int>) { lastDone = true; });
    QTRY_VERIFY_WITH_TIMEOUT(lastDone, kLongWaitMs);
    QVERIFY(!queuedRan.load());
    QVERIFY(!queuedCalled);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(cancelled.count(), 1);
    for (const QList<QVariant> &args : std::as_const(started))
        QVERIFY(args.first().value<JobId>() != queued);
}

void TestJobRunner::contextDestroyedBeforeCompletion()
{
    JobRunner runner;
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy ended(&runner, &JobRunner::activeCountChanged);
    auto *context = new QObject;
    bool called = false;
    const JobId id = runner.run<int>(
        QStringLiteral("orphan"), {}, [](Feedback &feedback) { return pollUntilCancelled(feedback); }, context,
        [&called](std::shared_ptr<const int>) { called = true; }, [&called](const QString &) { called = true; });
    QVERIFY(started.wait(kLongWaitMs));
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    delete context; // nobody wants the result any more: the job is cancelled
    QVERIFY(cancelled.wait(kLongWaitMs));
    QCOMPARE(cancelled.first().first().value<JobId>(), id);
    QVERIFY(!called);
    QVERIFY(!runner.isRunning(id));
}

void TestJobRunner::contextDestroyedKeepsJobForOtherCallers()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSemaphore gate;
    auto *gone = new QObject;
    QObject stays;
    bool goneCalled = false;
    std::shared_ptr<const int> result;
    const JobId a = runner.run<int>(QStringLiteral("shared"), QStringLiteral("k"), blockedWork(&gate, 5), gone,
                                    [&goneCalled](std::shared_ptr<const int>) { goneCalled = true; });
    const JobId b = runner.run<int>(QStringLiteral("shared"), QStringLiteral("k"), blockedWork(&gate, 6), &stays,
                                    [&result](std::shared_ptr<const int> r) { result = std::move(r); });
    QCOMPARE(a, b);
    delete gone;
    QVERIFY(runner.isRunning(a));
    QVERIFY(!runner.status(a).cancelling);
    gate.release();
    QVERIFY(finished.wait(kLongWaitMs));
    QVERIFY(result);
    QCOMPARE(*result, 5);
    QVERIFY(!goneCalled);
}

void TestJobRunner::destructorCancelsRunningJobs()
{
    auto *runner = new JobRunner;
    runner->setMaxThreads(2);
    QSignalSpy started(runner, &JobRunner::jobStarted);
    std::atomic<bool> queuedRan{false};
    bool called = false;
    auto onDone = [&called](std::shared_ptr<const int>) { called = true; };
    auto onError = [&called](const QString &) { called = true; };
    for (int i = 0; i < 2; ++i) {
        runner->run<int>(
            QStringLiteral("endless"), {}, [](Feedback &feedback) { return pollUntilCancelled(feedback); }, this,
            onDone, onError);
    }
    runner->run<int>(
        QStringLiteral("queued"), {},
        [&queuedRan](Feedback &) {
            queuedRan.store(true);
            return 0;
        },
        this, onDone, onError);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, kLongWaitMs);

    QElapsedTimer timer;
    timer.start();
    delete runner;
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("~JobRunner took %1 ms").arg(timer.elapsed())));
    // Nothing that was posted before the destruction may reach us.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QVERIFY(!queuedRan.load());
}

void TestJobRunner::progressIsMarshalledAndThrottled()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    int reports = 0;
    bool onGuiThread = true;
    double last = -1.0;
    QString lastStatus;
    bool monotonic = true;
    connect(&runner, &JobRunner::jobProgress, this, [&](JobId, double fraction, const QString &status) {
        ++reports;
        onGuiThread = onGuiThread && QThread::currentThread() == QCoreApplication::instance()->thread();
        monotonic = monotonic && fraction >= last;
        last = fraction;
        lastStatus = status;
    });
    std::atomic<qint64> workMs{0};
    runner.run<int>(QStringLiteral("chatty"), {},
                    [&workMs](Feedback &feedback) {
                        QElapsedTimer timer;
                        timer.start();
                        constexpr int steps = 2000; // ~0.6 s at 0.3 ms a step
                        for (int i = 0; i <= steps; ++i) {
                            feedback.setProgress(double(i) / steps, "step " + std::to_string(i));
                            std::this_thread::sleep_for(std::chrono::microseconds(300));
                        }
                        workMs.store(timer.elapsed());
                        return 0;
                    },
                    this, {});
    QVERIFY(finished.wait(kLongWaitMs));
    QVERIFY(onGuiThread);
    QVERIFY(monotonic);
    QCOMPARE(last, 1.0);
    QCOMPARE(lastStatus, QStringLiteral("step 2000"));
    // At most one report per 100 ms plus the 0 and 1 edges (and one for rounding).
    const qint64 bound = workMs.load() / 100 + 3;
    QVERIFY2(reports >= 2 && reports <= bound,
             qPrintable(QStringLiteral("%1 reports in %2 ms").arg(reports).arg(workMs.load())));
}

void TestJobRunner::latestProgressIsShownAfterThrottling()
{
    // Two reports in quick succession, then a long quiet step: the second one
    // must not be lost to the throttle.
    JobRunner runner;
    QSignalSpy progress(&runner, &JobRunner::jobProgress);
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    const JobId id = runner.run<int>(QStringLiteral("quick then quiet"), {},
                                     [](Feedback &feedback) {
                                         feedback.setProgress(0.25, "first");
                                         feedback.setProgress(0.5, "second");
                                         return pollUntilCancelled(feedback);
                                     },
                                     this, {});
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toDouble() == 0.5, kLongWaitMs);
    QCOMPARE(progress.last().at(2).toString(), QStringLiteral("second"));
    QVERIFY(progress.count() <= 2);
    QCOMPARE(runner.status(id).progress, 0.5);
    runner.cancel(id);
    QVERIFY(cancelled.wait(kLongWaitMs));
}

void TestJobRunner::statusReportsProgressAndEta()
{
    JobRunner runner;
    QSignalSpy progress(&runner, &JobRunner::jobProgress);
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    std::atomic<bool> advance{false};
    const JobId id = runner.run<int>(QStringLiteral("half way"), {},
                                     [&advance](Feedback &feedback) {
                                         feedback.setProgress(0.1, "tenth");
                                         for (int i = 0; i < 4000 && !advance.load(); ++i) {
                                             feedback.throwIfCancelled();
                                             std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                         }
                                         feedback.setProgress(0.5, "half");
                                         return pollUntilCancelled(feedback);
                                     },
                                     this, {});
    QVERIFY(progress.wait(kLongWaitMs));
    QCOMPARE(progress.first().at(1).toDouble(), 0.1);
    QCOMPARE(progress.first().at(2).toString(), QStringLiteral("tenth"));

    JobStatus status = runner.status(id);
    QCOMPARE(status.id, id);
    QCOMPARE(status.title, QStringLiteral("half way"));
    QCOMPARE(status.progress, 0.1);
    QCOMPARE(status.statusText, QStringLiteral("tenth"));
    QVERIFY(status.started);
    QVERIFY(!status.cancelling);
    QCOMPARE(status.etaMs, qint64(-1)); // reported at once: too early to tell
    QCOMPARE(runner.runningJobs().size(), 1);
    QCOMPARE(runner.runningJobs().first().id, id);

    // Elapsed time grows without new reports; the ETA stays unknown because the
    // only report came before 0.5 s had passed.
    QTRY_VERIFY_WITH_TIMEOUT(runner.status(id).elapsedMs >= 600, kLongWaitMs);
    QCOMPARE(runner.status(id).etaMs, qint64(-1));

    // A report after 0.6 s at 50 %: about as long again to go.
    advance.store(true);
    QTRY_COMPARE_WITH_TIMEOUT(runner.status(id).progress, 0.5, kLongWaitMs);
    status = runner.status(id);
    QCOMPARE(status.statusText, QStringLiteral("half"));
    QVERIFY2(status.etaMs >= 0 && status.etaMs <= status.elapsedMs,
             qPrintable(QStringLiteral("eta %1 ms after %2 ms").arg(status.etaMs).arg(status.elapsedMs)));

    runner.cancel(id);
    QVERIFY(cancelled.wait(kLongWaitMs));
    QCOMPARE(runner.status(id).id, JobId(0));
}

void TestJobRunner::estimatesEta_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<qint64>("eta");
    QTest::newRow("too early") << qint64(400) << 0.5 << qint64(-1);
    QTest::newRow("too little progress") << qint64(5000) << 0.01 << qint64(-1);
    QTest::newRow("no progress") << qint64(5000) << 0.0 << qint64(-1);
    QTest::newRow("half") << qint64(1000) << 0.5 << qint64(1000);
    QTest::newRow("quarter") << qint64(2000) << 0.25 << qint64(6000);
    QTest::newRow("done") << qint64(2000) << 1.0 << qint64(0);
}

void TestJobRunner::estimatesEta()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(double, fraction);
    QFETCH(qint64, eta);
    QCOMPARE(JobRunner::estimateEtaMs(elapsedMs, fraction), eta);
}

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
