// JobsPanel on the offscreen platform: one row per job whose progress bar
// tracks the job, a cancel button that cancels it, rows that go away when a
// job ends, and a placeholder when nothing runs.
#include "jobs/JobRunner.h"
#include "jobs/JobsPanel.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace hplx;

namespace {

constexpr int kLongWaitMs = 10000;

QString name(const char *prefix, JobId id)
{
    return QLatin1String(prefix) + QString::number(id);
}

} // namespace

class TestJobsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPlaceholderWhenEmpty();
    void rowTracksProgressAndCancelButtonCancels();
    void rowsDisappearWhenJobsEnd();
    void queuedJobCanBeCancelledFromPanel();
    void listsJobsQueuedBeforeThePanelExisted();
    void formatsEta_data();
    void formatsEta();
};

void TestJobsPanel::showsPlaceholderWhenEmpty()
{
    JobRunner runner;
    JobsPanel panel(&runner);
    auto *placeholder = panel.findChild<QLabel *>(QStringLiteral("noJobsLabel"));
    QVERIFY(placeholder);
    QCOMPARE(placeholder->text(), QStringLiteral("No running jobs"));
    QVERIFY(placeholder->isVisibleTo(&panel));
    QCOMPARE(panel.rowCount(), 0);
}

void TestJobsPanel::rowTracksProgressAndCancelButtonCancels()
{
    JobRunner runner;
    JobsPanel panel(&runner);
    panel.resize(400, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    std::atomic<int> step{0};
    const JobId id = runner.run<int>(QStringLiteral("Landscape metrics"), {},
                                     [&step](Feedback &feedback) {
                                         feedback.setProgress(0.25, "neighbours");
                                         for (int i = 0; i < 4000 && step.load() == 0; ++i) {
                                             feedback.throwIfCancelled();
                                             std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                         }
                                         feedback.setProgress(0.5, "basins");
                                         for (int i = 0; i < 4000; ++i) {
                                             feedback.throwIfCancelled();
                                             std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                         }
                                         return 0;
                                     },
                                     this, {});

    QCOMPARE(panel.rowCount(), 1);
    auto *placeholder = panel.findChild<QLabel *>(QStringLiteral("noJobsLabel"));
    QVERIFY(!placeholder->isVisible());
    auto *row = panel.findChild<QWidget *>(name("jobRow_", id));
    QVERIFY(row);
    QVERIFY(row->isVisible());
    auto *title = panel.findChild<QLabel *>(name("jobTitle_", id));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Landscape metrics"));
    // QPointer: a broken panel may delete the row while we poll it.
    QPointer<QProgressBar> bar = panel.findChild<QProgressBar *>(name("jobProgress_", id));
    QVERIFY(bar);
    auto *status = panel.findChild<QLabel *>(name("jobStatus_", id));
    QVERIFY(status);

    QTRY_COMPARE_WITH_TIMEOUT(bar ? bar->value() : -1, 250, kLongWaitMs);
    QCOMPARE(status->text(), QStringLiteral("neighbours"));
    step.store(1);
    QTRY_COMPARE_WITH_TIMEOUT(bar ? bar->value() : -1, 500, kLongWaitMs);
    QCOMPARE(status->text(), QStringLiteral("basins"));

    auto *cancel = panel.findChild<QToolButton *>(name("cancelJob_", id));
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    QVERIFY(cancel->isEnabled());
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(cancelled.wait(kLongWaitMs));
    QCOMPARE(cancelled.first().first().value<JobId>(), id);
    QCOMPARE(panel.rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QWidget *>(name("jobRow_", id)) == nullptr, kLongWaitMs);
    QVERIFY(placeholder->isVisible());
}

void TestJobsPanel::rowsDisappearWhenJobsEnd()
{
    JobRunner runner;
    JobsPanel panel(&runner);
    QSemaphore gate;
    auto blocked = [&gate](bool fail) {
        return [&gate, fail](Feedback &) -> int {
            gate.tryAcquire(1, 20000);
            if (fail)
                throw std::runtime_error("out of memory");
            return 1;
        };
    };
    const JobId ok = runner.run<int>(QStringLiteral("works"), {}, blocked(false), this, {});
    const JobId bad = runner.run<int>(QStringLiteral("fails"), {}, blocked(true), this, {});
    QCOMPARE(panel.rowCount(), 2);
    QVERIFY(panel.findChild<QWidget *>(name("jobRow_", ok)));
    QVERIFY(panel.findChild<QWidget *>(name("jobRow_", bad)));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("noJobsLabel"))->isVisibleTo(&panel));

    gate.release(2);
    QTRY_COMPARE_WITH_TIMEOUT(runner.activeCount(), 0, kLongWaitMs);
    QCOMPARE(panel.rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QWidget *>(name("jobRow_", ok)) == nullptr, kLongWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QWidget *>(name("jobRow_", bad)) == nullptr, kLongWaitMs);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noJobsLabel"))->isVisibleTo(&panel));
}

void TestJobsPanel::queuedJobCanBeCancelledFromPanel()
{
    JobRunner runner;
    runner.setMaxThreads(1);
    JobsPanel panel(&runner);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSemaphore gate;
    std::atomic<bool> ran{false};
    runner.run<int>(QStringLiteral("blocker"), {},
                    [&gate](Feedback &) {
                        gate.tryAcquire(1, 20000);
                        return 0;
                    },
                    this, {});
    QVERIFY(started.wait(kLongWaitMs));
    const JobId queued = runner.run<int>(QStringLiteral("waiting"), {},
                                         [&ran](Feedback &) {
                                             ran.store(true);
                                             return 0;
                                         },
                                         this, {});
    auto *status = panel.findChild<QLabel *>(name("jobStatus_", queued));
    QVERIFY(status);
    QVERIFY(status->text().startsWith(QStringLiteral("Waiting")));

    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    QTest::mouseClick(panel.findChild<QToolButton *>(name("cancelJob_", queued)), Qt::LeftButton);
    QVERIFY(cancelled.wait(kLongWaitMs));
    QCOMPARE(panel.rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QWidget *>(name("jobRow_", queued)) == nullptr, kLongWaitMs);
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(panel.rowCount(), 0, kLongWaitMs);
    QVERIFY(!ran.load());
}

void TestJobsPanel::listsJobsQueuedBeforeThePanelExisted()
{
    JobRunner runner;
    QSemaphore gate;
    const JobId id = runner.run<int>(QStringLiteral("early"), {},
                                     [&gate](Feedback &) {
                                         gate.tryAcquire(1, 20000);
                                         return 0;
                                     },
                                     this, {});
    {
        JobsPanel panel(&runner);
        QCOMPARE(panel.rowCount(), 1);
        QVERIFY(panel.findChild<QWidget *>(name("jobRow_", id)));
    }
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(runner.activeCount(), 0, kLongWaitMs);
}

void TestJobsPanel::formatsEta_data()
{
    QTest::addColumn<qint64>("etaMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << QString();
    QTest::newRow("under a second") << qint64(400) << QStringLiteral("almost done");
    QTest::newRow("seconds") << qint64(11200) << QStringLiteral("about 12 s left");
    QTest::newRow("minutes") << qint64(150000) << QStringLiteral("about 3 min left");
    QTest::newRow("hours") << qint64(2 * 3600 * 1000) << QStringLiteral("about 2 h left");
}

void TestJobsPanel::formatsEta()
{
    QFETCH(qint64, etaMs);
    QFETCH(QString, text);
    QCOMPARE(JobsPanel::formatEta(etaMs), text);
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
