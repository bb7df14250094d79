// Feedback: cancellation and throttled progress reporting.
#include "core/CoreTestHelpers.h"

#include "jobs/Feedback.h"

#include <QtTest>

#include <thread>

using namespace hplx;
using hplxtest::errorFrom;
using namespace std::chrono_literals;

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancel();
    void cancelFromAnotherThread();
    void progressWithoutCallback();
    void progressIsClamped_data();
    void progressIsClamped();
    void everyCallWithZeroInterval();
    void throttledWithLargeInterval();
    void throttleReleasesAfterInterval();
    void stagesMapIntoTheirRange();
    void nullFeedbackStageIsHarmless();
};

void TestFeedback::cancel()
{
    Feedback feedback;
    QVERIFY(!feedback.isCancelled());
    QVERIFY(!errorFrom([&] { feedback.throwIfCancelled(); }));
    feedback.cancel();
    QVERIFY(feedback.isCancelled());
    const auto error = errorFrom([&] { feedback.throwIfCancelled(); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Cancelled);
    // Cancelling twice is harmless and stays cancelled.
    feedback.cancel();
    QVERIFY(feedback.isCancelled());
}

void TestFeedback::cancelFromAnotherThread()
{
    Feedback feedback;
    std::thread canceller([&] { feedback.cancel(); });
    canceller.join();
    QVERIFY(feedback.isCancelled());
}

void TestFeedback::progressWithoutCallback()
{
    Feedback feedback;
    QCOMPARE(feedback.progress(), 0.0);
    feedback.setProgress(0.25, "quarter");
    QCOMPARE(feedback.progress(), 0.25);
}

void TestFeedback::progressIsClamped_data()
{
    QTest::addColumn<double>("given");
    QTest::addColumn<double>("stored");
    QTest::newRow("below") << -0.5 << 0.0;
    QTest::newRow("above") << 1.5 << 1.0;
    QTest::newRow("inside") << 0.75 << 0.75;
}

void TestFeedback::progressIsClamped()
{
    QFETCH(double, given);
    QFETCH(double, stored);
    std::vector<double> reported;
    Feedback feedback([&](double fraction, const std::string &) { reported.push_back(fraction); }, 0ms);
    feedback.setProgress(given);
    QCOMPARE(feedback.progress(), stored);
    QCOMPARE(reported, std::vector<double>{stored});
}

void TestFeedback::everyCallWithZeroInterval()
{
    std::vector<std::pair<double, std::string>> reported;
    Feedback feedback([&](double fraction, const std::string &status) { reported.emplace_back(fraction, status); },
                      0ms);
    for (int k = 0; k <= 10; ++k)
        feedback.setProgress(k / 10.0, "step " + std::to_string(k));
    QCOMPARE(reported.size(), std::size_t(11));
    QCOMPARE(reported.front().first, 0.0);
    QCOMPARE(reported.back().first, 1.0);
    QCOMPARE(reported[3].second, std::string("step 3"));
}

void TestFeedback::throttledWithLargeInterval()
{
    std::vector<double> reported;
    Feedback feedback([&](double fraction, const std::string &) { reported.push_back(fraction); }, 1h);
    feedback.setProgress(0.0);
    for (int k = 1; k < 10000; ++k)
        feedback.setProgress(k / 10000.0);
    feedback.setProgress(1.0);
    // 0 and 1 always arrive; in between at most one report per hour, and the
    // report of 0 started the interval, so nothing in between.
    QCOMPARE(reported.size(), std::size_t(2));
    QCOMPARE(reported.front(), 0.0);
    QCOMPARE(reported.back(), 1.0);
    // The edges are not throttled even right after each other.
    feedback.setProgress(0.0);
    feedback.setProgress(1.0);
    feedback.setProgress(1.0);
    QCOMPARE(reported.size(), std::size_t(5));
    QCOMPARE(feedback.progress(), 1.0);
}

void TestFeedback::throttleReleasesAfterInterval()
{
    int calls = 0;
    Feedback feedback([&](double, const std::string &) { ++calls; }, 20ms);
    feedback.setProgress(0.0);
    feedback.setProgress(0.1); // within 20 ms of the report of 0: dropped
    const int early = calls;
    std::this_thread::sleep_for(40ms);
    feedback.setProgress(0.2); // the interval has passed: delivered
    QVERIFY(early <= 2);
    QCOMPARE(calls, early + 1);
}

void TestFeedback::stagesMapIntoTheirRange()
{
    std::vector<double> reported;
    Feedback feedback([&](double fraction, const std::string &) { reported.push_back(fraction); }, 0ms);
    {
        FeedbackStage first(&feedback, 0.0, 0.5);
        feedback.setProgress(0.5); // half of [0, 0.5]
        QCOMPARE(feedback.progress(), 0.25);
    }
    {
        FeedbackStage second(&feedback, 0.5, 1.0);
        feedback.setProgress(0.0);
        QCOMPARE(feedback.progress(), 0.5);
        {
            // Nested: [0.5, 1] split again, the inner half is [0.75, 1].
            FeedbackStage inner(&feedback, 0.5, 1.0);
            feedback.setProgress(0.5);
            QCOMPARE(feedback.progress(), 0.875);
            feedback.setProgress(2.0); // clamped to the stage's end
            QCOMPARE(feedback.progress(), 1.0);
        }
        feedback.setProgress(0.5); // the outer stage is back
        QCOMPARE(feedback.progress(), 0.75);
    }
    feedback.setProgress(0.1); // no stage: the whole range
    QCOMPARE(feedback.progress(), 0.1);
    QCOMPARE(reported, (std::vector<double>{0.25, 0.5, 0.875, 1.0, 0.75, 0.1}));
}

void TestFeedback::nullFeedbackStageIsHarmless()
{
    FeedbackStage stage(nullptr, 0.2, 0.4);
    Q_UNUSED(stage);
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
